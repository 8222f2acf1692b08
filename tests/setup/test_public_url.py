"""The site's public URL: one registry record, links built from it whatever the request says."""

from plone import api
from weissenfels.portal.public_url import public_origin
from weissenfels.portal.public_url import RECORD
from weissenfels.portal.public_url import url_of

import pytest


def test_links_are_built_from_the_record_not_the_request(portal):
    portal.REQUEST.environ["HTTP_HOST"] = "evil.example"
    api.portal.set_registry_record(RECORD, "https://portal.weissenfels.example/")
    unit_folder = portal["vorgaenge"]["wohnraumkontrolle"]
    assert url_of(unit_folder) == "https://portal.weissenfels.example/vorgaenge/wohnraumkontrolle"
    assert url_of(portal, "@@vorgang-status") == "https://portal.weissenfels.example/@@vorgang-status"
    assert public_origin() == "https://portal.weissenfels.example"


def test_record_survives_a_reimport_of_the_registry(portal, setup_tool):
    api.portal.set_registry_record(RECORD, "https://portal.weissenfels.example")
    setup_tool.runImportStepFromProfile("profile-weissenfels.portal:default", "plone.app.registry")
    assert api.portal.get_registry_record(RECORD) == "https://portal.weissenfels.example"


def create_site_functions():
    """scripts/create_site.py's definitions, without the top-level calls (they need zconsole's `app`)."""
    from processes import REPO

    import ast

    path = REPO / "scripts" / "create_site.py"
    tree = ast.parse(path.read_text())
    tree.body = [node for node in tree.body if not isinstance(node, ast.Expr | ast.If)]
    namespace = {}
    # the script's functions without its top-level run (zconsole runs it with `app`)
    exec(compile(tree, str(path), "exec"), namespace)  # noqa: S102
    return namespace


class TestMakeStartSetsTheRecord:
    """`make start` runs scripts/create_site.py: PUBLIC_URL becomes the record.
    (On the functional layer: the script commits; each test's commits are dropped after it.)"""

    @pytest.fixture
    def portal(self, functional):
        return functional["portal"]

    def test_public_url_from_the_environment(self, portal, monkeypatch):
        monkeypatch.setenv("PUBLIC_URL", "https://portal.weissenfels.example/")
        create_site_functions()["set_public_url"](portal)
        assert api.portal.get_registry_record(RECORD) == "https://portal.weissenfels.example"

    def test_without_it_a_configured_url_is_kept(self, portal, monkeypatch):
        api.portal.set_registry_record(RECORD, "https://portal.weissenfels.example")
        monkeypatch.delenv("PUBLIC_URL", raising=False)
        create_site_functions()["set_public_url"](portal)
        assert api.portal.get_registry_record(RECORD) == "https://portal.weissenfels.example"

    def test_without_any_the_local_url(self, portal, monkeypatch):
        api.portal.set_registry_record(RECORD, "")
        monkeypatch.delenv("PUBLIC_URL", raising=False)
        monkeypatch.setenv("PORT", "8099")
        functions = create_site_functions()
        functions["set_public_url"](portal)
        assert api.portal.get_registry_record(RECORD) == f"http://localhost:8099/{functions['SITE_ID']}"
