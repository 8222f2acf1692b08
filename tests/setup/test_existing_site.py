"""A site built by the code before the add-on was arranged by concern (issue 14) keeps
working with the current code: its stored forms, cases and settings.

The old code is the package of BEFORE_MOVES, the last main commit before the move,
exported with `git archive` to a temporary directory and put first on PYTHONPATH, so
zconsole imports it instead of the editable install (checked: the package's __file__).
That code creates the site with its demo content and cases; then the current code applies
the pending upgrades (scripts/create_site.py) and serves it, and over HTTP a resident
sends a form, a handler opens a case made by the old code, and the administrator reads
the settings stored under their interfaces' names.
"""

from case_forms import HOUSING_ANSWERS
from case_forms import submit
from processes import BIN
from processes import code_of_commit
from processes import free_port
from processes import REPO
from processes import run
from processes import Server
from processes import zconsole
from weissenfels.portal.cases.settings import ICaseSettings
from weissenfels.portal.handling.retention import IRetentionSettings
from weissenfels.portal.security.settings import ISecuritySettings

import pytest
import requests
import secrets


pytestmark = pytest.mark.slow

# The last commit of main before the move by concern (its merge into the branch "concerns").
BEFORE_MOVES = "2929cd1f52e0d5f080d24cead39524e70c50fb16"
PASSWORD = secrets.token_urlsafe(12)  # of the throw-away site: new in every run
JSON = {"Accept": "application/json"}
FORM = "de/wohnraumkontrolle/wohnraum-missstand-melden"
HANDLER = ("sb-wohnraumkontrolle", PASSWORD)
ADMIN = ("admin", PASSWORD)
WHICH_CODE = "import weissenfels.portal\nprint('PORTAL AT', weissenfels.portal.__file__)\n"


def test_site_of_the_old_code_works_with_the_new(tmp_path, servers):
    old = code_of_commit(BEFORE_MOVES, tmp_path / "old")
    assert (old / "weissenfels" / "portal" / "browser" / "cases.py").exists()  # the old layout
    instance, port = tmp_path / "instance", free_port()
    run([str(BIN / "python"), "scripts/make_instance.py", "embedded", "--target", str(instance), "--port", str(port)])
    which = tmp_path / "which.py"
    which.write_text(WHICH_CODE)
    old_env = {"PYTHONPATH": str(old), "ADMIN_PASSWORD": PASSWORD, "DEMO_PASSWORD": PASSWORD, "PORT": str(port)}

    # The old code builds the site.
    assert f"PORTAL AT {old}/weissenfels/portal/__init__.py" in zconsole(instance, which, env=old_env).stdout
    created = zconsole(instance, tmp_path / "old" / "scripts" / "create_site.py", env=old_env)
    assert "Created Plone site 'weissenfels'" in created.stdout

    # The current code upgrades and serves it.
    new_env = {"ADMIN_PASSWORD": PASSWORD, "PORT": str(port)}
    assert f"PORTAL AT {REPO}/src/" in zconsole(instance, which, env=new_env).stdout
    upgraded = zconsole(instance, REPO / "scripts" / "create_site.py", env=new_env)
    assert "Upgraded" in upgraded.stdout or "nothing to upgrade" in upgraded.stdout
    site = f"http://localhost:{port}/weissenfels"
    servers.append(Server([str(BIN / "runwsgi"), str(instance / "etc" / "zope.ini")], site, env=new_env))

    # A case made by the old code opens for its handler (the search lists the old cases).
    found = requests.get(
        f"{site}/vorgaenge/wohnraumkontrolle/@search",
        params={"portal_type": "Vorgang"},
        auth=HANDLER,
        headers=JSON,
        timeout=60,
    )
    assert found.status_code == 200
    old_cases = {item["title"]: item["@id"] for item in found.json()["items"]}
    assert old_cases
    reference, url = sorted(old_cases.items())[0]
    page = requests.get(url, auth=HANDLER, timeout=60)
    assert page.status_code == 200
    assert reference in page.text
    assert "@@case-note" in page.text  # the handling panel: the handler may add a note

    # A resident sends the stored form (its actions model names the old action type).
    response = submit(f"{site}/{FORM}", HOUSING_ANSWERS, fill_seconds=5)
    assert response.status_code == 200
    assert "WSF-" in response.text
    found = requests.get(
        f"{site}/vorgaenge/wohnraumkontrolle/@search",
        params={"portal_type": "Vorgang"},
        auth=HANDLER,
        headers=JSON,
        timeout=60,
    )
    new_cases = {item["title"] for item in found.json()["items"]} - set(old_cases)
    assert len(new_cases) == 1
    assert new_cases.pop() in response.text

    # The form's actions model still holds the type the old code stored.
    form = requests.get(f"{site}/{FORM}", auth=ADMIN, headers=JSON, timeout=60).json()
    assert 'type="weissenfels.portal.easyform.actions.CreateCase"' in form["actions_model"]

    # The settings are read under their interfaces' dotted names, with their stored values.
    for interface, name in (
        (ISecuritySettings, "max_failed_logins"),
        (ICaseSettings, "min_fill_seconds"),
        (IRetentionSettings, "retention_days"),
    ):
        key = f"{interface.__identifier__}.{name}"
        answer = requests.get(f"{site}/@registry/{key}", auth=ADMIN, headers=JSON, timeout=60)
        assert answer.status_code == 200, key
        assert answer.json() == interface[name].default, key
