"""A site built by main before the units became content (7cfb8bd) upgrades to units as
content (upgrade 2026113008) without losing a case, a group member or a local role.

The old code builds the site with its demo content and demo cases (scripts/create_site.py,
as `make start`); a snapshot of every case, every group's members and the local roles on
/vorgaenge, its case folders and their cases is taken with the old code, the current code
upgrades the site, and the same snapshot taken with the current code must hold all of it.
Then the registry knows the five units by their old ids, and a handler opens an old case.
"""

from processes import BIN
from processes import code_of_commit
from processes import free_port
from processes import REPO
from processes import run
from processes import Server
from processes import zconsole

import json
import pytest
import requests
import secrets


pytestmark = pytest.mark.slow

# main before issue 15: the units were organisation.UNITS.
BEFORE_UNITS_AS_CONTENT = "7cfb8bd"
PASSWORD = secrets.token_urlsafe(12)
SEED = ["clearingstelle", "neustadtbuero", "schulteam", "sozialarbeit", "wohnraumkontrolle"]

SNAPSHOT = """
import json
from zope.component.hooks import setSite

site = app["weissenfels"]
setSite(site)
root = site["vorgaenge"]


def roles(obj):
    return {principal: sorted(granted) for principal, granted in obj.get_local_roles()}


out = {"cases": {}, "roles": {"vorgaenge": roles(root)}, "members": {}}
for folder in root.objectValues():
    out["roles"][folder.getId()] = roles(folder)
    for case in folder.objectValues():
        out["cases"][case.getId()] = folder.getId()
        out["roles"][folder.getId() + "/" + case.getId()] = roles(case)
groups = site.portal_groups
for group_id in groups.getGroupIds():
    out["members"][group_id] = sorted(groups.getGroupById(group_id).getGroupMemberIds())
try:
    from weissenfels.portal.units.registry import all_units
    from weissenfels.portal.units.registry import unit_of

    out["units"] = sorted(unit.key for unit in all_units())
    out["unit_of_folders"] = sorted(unit_of(folder).key for folder in root.objectValues())
except ImportError:
    pass
print("SNAPSHOT " + json.dumps(out))
"""


def snapshot(instance, script, env):
    output = zconsole(instance, script, env=env).stdout
    line = next(line for line in output.splitlines() if line.startswith("SNAPSHOT "))
    return json.loads(line[len("SNAPSHOT ") :])


def test_upgrade_keeps_every_case_member_and_local_role(tmp_path, servers):
    old = code_of_commit(BEFORE_UNITS_AS_CONTENT, tmp_path / "old")
    assert not (old / "weissenfels" / "portal" / "units" / "lifecycle.py").exists()  # the old code
    instance, port = tmp_path / "instance", free_port()
    run([str(BIN / "python"), "scripts/make_instance.py", "embedded", "--target", str(instance), "--port", str(port)])
    script = tmp_path / "snapshot.py"
    script.write_text(SNAPSHOT)
    old_env = {"PYTHONPATH": str(old), "ADMIN_PASSWORD": PASSWORD, "DEMO_PASSWORD": PASSWORD, "PORT": str(port)}
    assert (
        "Created Plone site 'weissenfels'"
        in zconsole(instance, tmp_path / "old" / "scripts" / "create_site.py", env=old_env).stdout
    )
    before = snapshot(instance, script, old_env)
    assert "units" not in before  # taken by the old code
    assert before["cases"]  # the demo cases
    assert set(before["roles"]) > {"vorgaenge", *SEED}

    new_env = {"ADMIN_PASSWORD": PASSWORD, "PORT": str(port)}
    upgraded = zconsole(instance, REPO / "scripts" / "create_site.py", env=new_env)
    assert "Upgraded" in upgraded.stdout
    after = snapshot(instance, script, new_env)

    assert after["cases"] == before["cases"]
    for group_id, members in before["members"].items():
        assert after["members"].get(group_id) == members, group_id
    for path, roles in before["roles"].items():
        assert after["roles"].get(path) == roles, path
    assert after["units"] == SEED
    assert after["unit_of_folders"] == SEED

    # A handler opens an old case of the upgraded site.
    site = f"http://localhost:{port}/weissenfels"
    servers.append(Server([str(BIN / "runwsgi"), str(instance / "etc" / "zope.ini")], site, env=new_env))
    case_id = next(case for case, folder in before["cases"].items() if folder == "wohnraumkontrolle")
    page = requests.get(
        f"{site}/vorgaenge/wohnraumkontrolle/{case_id}", auth=("sb-wohnraumkontrolle", PASSWORD), timeout=60
    )
    assert page.status_code == 200

    # The finder's situations became content (upgrade 2026113010): the Bulgarian Wegweiser
    # lists them in Bulgarian, and /ar still opens with the finder.
    finder = requests.get(f"{site}/bg/wer-hilft-mir", timeout=60)
    assert finder.status_code == 200
    assert "Имам проблем с жилището си" in finder.text
    assert "wer-hilft-mir?situation=housing" in requests.get(f"{site}/ar", timeout=60).text
