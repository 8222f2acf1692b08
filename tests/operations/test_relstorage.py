"""The relstorage profile: a FileStorage site migrated with zodbconvert, served by two processes."""

from processes import BIN
from processes import create_site
from processes import free_port
from processes import render_instance
from processes import REPO
from processes import run
from processes import zconsole
from site_client import origin_of

import pytest
import requests
import secrets


pytestmark = pytest.mark.slow

PROBE = REPO / "tests" / "operations" / "zscripts" / "probe_content.py"
JSON = {"Accept": "application/json", "Content-Type": "application/json"}


def test_migrate_filestorage_site_to_relstorage(tmp_path, postgresql):
    source = render_instance("embedded", tmp_path / "embedded")
    create_site(source, WSF_NO_DEMO="1", ADMIN_PASSWORD=secrets.token_urlsafe(12))
    zconsole(source, PROBE, "add")
    dsn = postgresql()

    run([str(BIN / "python"), "scripts/migrate_to_relstorage.py", "--instance", str(source), "--dsn", dsn])

    target = render_instance("relstorage", tmp_path / "relstorage", pg_dsn=dsn)
    assert "FOUND probe bytes in a blob" in zconsole(target, PROBE, "check").stdout
    assert "exists" in create_site(target).stdout


def test_two_processes_behind_haproxy_share_the_database(relstorage_cluster):
    one, two = relstorage_cluster.processes
    admin, cluster, first = relstorage_cluster.admin, relstorage_cluster.directory, relstorage_cluster.first
    created = requests.post(
        one + "/de",
        json={"@type": "Document", "id": "shared", "title": "Geteilt"},
        auth=admin,
        headers={**JSON, "Origin": origin_of(one)},
        timeout=30,
    )
    assert created.status_code == 201
    # The other process sees it at once: RelStorage invalidates its cache.
    seen = requests.get(two + "/de/shared", auth=admin, headers=JSON, timeout=30)
    assert seen.status_code == 200 and seen.json()["title"] == "Geteilt"
    # The load balancer answers, and spreads requests over both processes.
    balanced = [requests.get(relstorage_cluster.balanced + "/de", timeout=30) for _ in range(6)]
    assert all(response.status_code == 200 for response in balanced)
    logs = [(cluster / f"zope-{n}" / "var" / "log" / "access.log").read_text() for n in (1, 2)]
    assert all("GET /weissenfels/de " in log for log in logs)

    # Each process queues mail in its own maildir (its zope.conf), not in the directory of
    # the instance that created the site: the database is shared, the disks need not be.
    settings = {"plone.email_from_address": "portal@weissenfels.example", "plone.smtp_port": free_port()}
    assert (
        requests.patch(
            two + "/@registry", json=settings, auth=admin, headers={**JSON, "Origin": origin_of(two)}, timeout=30
        ).status_code
        == 204
    )
    mail = {
        "to": "team@weissenfels.example",
        "from": "admin@weissenfels.example",
        "subject": "Probe",
        "message": "Queued?",
    }
    assert (
        requests.post(
            two + "/@email-send", json=mail, auth=admin, headers={**JSON, "Origin": origin_of(two)}, timeout=30
        ).status_code
        == 204
    )
    queued = {
        name: queued_messages(path / "var" / "mailqueue")
        for name, path in (("first", first), ("zope-1", cluster / "zope-1"), ("zope-2", cluster / "zope-2"))
    }
    assert queued == {"first": 0, "zope-1": 0, "zope-2": 1}


def queued_messages(maildir):
    """Messages waiting in a maildir queue (no SMTP server listens: they stay there).

    While the queue thread tries to send one it holds a hard link `.sending-<name>` beside
    it: dot files are not messages.
    """
    return sum(
        1
        for sub in ("new", "cur")
        if (maildir / sub).is_dir()
        for path in (maildir / sub).iterdir()
        if not path.name.startswith(".")
    )
