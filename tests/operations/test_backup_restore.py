"""Backup and restore, as documented: back up, delete content, restore, find it again."""

from processes import BIN
from processes import create_site
from processes import render_instance
from processes import REPO
from processes import run
from processes import zconsole

import pytest
import secrets


pytestmark = pytest.mark.slow

PROBE = REPO / "tests" / "operations" / "zscripts" / "probe_content.py"
BACKUP = [str(BIN / "python"), str(REPO / "scripts" / "backup.py")]


def test_filestorage_backup_and_restore(tmp_path):
    instance = render_instance("embedded", tmp_path / "instance")
    create_site(instance, WSF_NO_DEMO="1", ADMIN_PASSWORD=secrets.token_urlsafe(12))
    zconsole(instance, PROBE, "add")
    backups = tmp_path / "backups"
    run([*BACKUP, "backup", "filestorage", "--instance", str(instance), "--to", str(backups)])

    zconsole(instance, PROBE, "delete")
    assert "MISSING" in zconsole(instance, PROBE, "check").stdout

    run([*BACKUP, "restore", "filestorage", "--instance", str(instance), "--from", str(backups)])
    assert "FOUND probe bytes in a blob" in zconsole(instance, PROBE, "check").stdout


def test_postgresql_backup_and_restore(tmp_path, postgresql):
    dsn = postgresql()
    instance = render_instance("relstorage", tmp_path / "instance", pg_dsn=dsn)
    create_site(instance, WSF_NO_DEMO="1", ADMIN_PASSWORD=secrets.token_urlsafe(12))
    zconsole(instance, PROBE, "add")
    backups = tmp_path / "backups"
    run([*BACKUP, "backup", "postgresql", "--dsn", dsn, "--to", str(backups)])

    zconsole(instance, PROBE, "delete")
    assert "MISSING" in zconsole(instance, PROBE, "check").stdout

    run([*BACKUP, "restore", "postgresql", "--dsn", dsn, "--from", str(backups)])
    # A fresh blob cache: the restored blobs must come from the database.
    for cached in (instance / "var" / "blobcache").glob("*"):
        run(["rm", "-rf", str(cached)])
    assert "FOUND probe bytes in a blob" in zconsole(instance, PROBE, "check").stdout
