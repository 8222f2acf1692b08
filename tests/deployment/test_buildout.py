"""buildout.cfg builds the same instance with plone.recipe.zope2instance, from the same lock."""

from processes import BIN
from processes import free_port
from processes import REPO
from processes import run
from processes import Server

import pytest
import requests
import shutil


pytestmark = [pytest.mark.slow, pytest.mark.buildout]


def test_buildout_builds_and_serves(tmp_path, servers):
    for name in ("buildout.cfg", "versions.cfg"):
        shutil.copy(REPO / name, tmp_path / name)
    shutil.copytree(REPO / "scripts", tmp_path / "scripts")
    shutil.copytree(
        REPO / "src" / "weissenfels.portal",
        tmp_path / "src" / "weissenfels.portal",
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.mo"),
    )
    port = free_port()
    run(
        [str(BIN / "buildout"), "-N", "instance:user=admin:buildout-secret", f"instance:http-address=127.0.0.1:{port}"],
        cwd=tmp_path,
        env={"PIP_CONSTRAINT": str(REPO / "constraints.txt")},
        timeout=900,
    )
    relstorage_conf = (tmp_path / "parts" / "instance-relstorage" / "etc" / "zope.conf").read_text()
    assert "%import relstorage" in relstorage_conf and "<postgresql>" in relstorage_conf
    instance = tmp_path / "bin" / "instance"
    created = run(
        [str(instance), "run", "scripts/create_site.py"], cwd=tmp_path, env={"DEMO_PASSWORD": "demo-buildout-test"}
    )
    assert "Created Plone site 'weissenfels'" in created.stdout

    site = f"http://localhost:{port}/weissenfels"
    servers.append(Server([str(instance), "fg"], site, cwd=tmp_path))
    front = requests.get(site, timeout=30)
    assert front.status_code == 200
    assert "Der Weißenfelser Weg" in front.text
    assert requests.get(site, auth=("admin", "buildout-secret"), headers={"Accept": "application/json"}, timeout=30).ok
