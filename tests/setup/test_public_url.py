"""The site's public URL: one registry record, links built from it whatever the request says."""

from plone import api
from weissenfels.portal.public_url import public_origin
from weissenfels.portal.public_url import RECORD
from weissenfels.portal.public_url import url_of


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
