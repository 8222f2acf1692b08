"""`make start`'s steps on a fresh instance: render profiles/embedded, create the site, serve it.

The same scripts the Makefile calls, in a temporary instance on a free port.
"""

from processes import BIN
from processes import free_port
from processes import run
from processes import Server
from site_client import origin_of

import pytest
import re
import requests
import secrets


pytestmark = pytest.mark.slow

# Passwords of this throw-away instance, new in every run (none is in the repository).
DEMO_PASSWORD = secrets.token_urlsafe(12)
NEW_ADMIN_PASSWORD = secrets.token_urlsafe(12)
JSON = {"Accept": "application/json", "Content-Type": "application/json"}


@pytest.fixture
def instance(tmp_path):
    port = free_port()
    run([str(BIN / "python"), "scripts/make_instance.py", "embedded", "--target", str(tmp_path), "--port", str(port)])
    return tmp_path, port


def create_site(instance_dir, **env):
    return run(
        [str(BIN / "zconsole"), "run", str(instance_dir / "etc" / "zope.conf"), "scripts/create_site.py"], env=env
    )


def test_first_and_second_start(instance, servers):
    instance_dir, port = instance
    zope_conf = (instance_dir / "etc" / "zope.conf").read_text()
    assert f"%define VAR {instance_dir / 'var'}" in zope_conf
    assert "path $VAR/filestorage/Data.fs" in zope_conf

    # First run without ADMIN_PASSWORD: a password is generated and printed once.
    first = create_site(instance_dir, ADMIN_PASSWORD="", DEMO_PASSWORD=DEMO_PASSWORD)
    admin_password = re.search(r"Generated password for 'admin' \(shown once\): (\S+)", first.stdout).group(1)
    assert "Created Plone site 'weissenfels'" in first.stdout

    site = f"http://localhost:{port}/weissenfels"
    server = Server([str(BIN / "runwsgi"), str(instance_dir / "etc" / "zope.ini")], site)
    servers.append(server)

    front = requests.get(site, timeout=30)
    assert front.status_code == 200 and front.url == site + "/de"
    assert "Der Weißenfelser Weg" in front.text
    assert requests.get(
        site + "/@users/sb-schulteam", auth=("sb-schulteam", DEMO_PASSWORD), headers=JSON, timeout=30
    ).ok
    created = requests.post(
        site + "/de",
        json={"@type": "Document", "id": "marker", "title": "Marker"},
        auth=("admin", admin_password),
        headers={**JSON, "Origin": origin_of(site)},
        timeout=30,
    )
    assert created.status_code == 201
    server.stop()
    servers.remove(server)

    # Second run: the site and its data are kept; ADMIN_PASSWORD, when set, becomes admin's password.
    second = create_site(instance_dir, ADMIN_PASSWORD=NEW_ADMIN_PASSWORD)
    assert "exists" in second.stdout
    assert "Generated password" not in second.stdout and "Demo users' password" not in second.stdout
    servers.append(Server([str(BIN / "runwsgi"), str(instance_dir / "etc" / "zope.ini")], site))
    marker = requests.get(site + "/de/marker", auth=("admin", NEW_ADMIN_PASSWORD), headers=JSON, timeout=30)
    assert marker.status_code == 200 and marker.json()["title"] == "Marker"
    controlpanels = site + "/@controlpanels"  # Manager only
    assert requests.get(controlpanels, auth=("admin", NEW_ADMIN_PASSWORD), headers=JSON, timeout=30).status_code == 200
    assert requests.get(controlpanels, auth=("admin", admin_password), headers=JSON, timeout=30).status_code == 401
