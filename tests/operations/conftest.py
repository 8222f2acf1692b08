"""A real PostgreSQL server for the RelStorage tests, started from Debian's package, and a
site on it served by two processes behind HAProxy."""

from processes import BIN
from processes import create_site
from processes import free_port
from processes import render_instance
from processes import REPO
from processes import run
from types import SimpleNamespace

import pytest
import secrets
import shutil
import subprocess
import tempfile


@pytest.fixture(scope="session")
def postgresql():
    """Start a throw-away PostgreSQL cluster; yield a function giving the DSN of a new database."""
    # Not under pytest's tmp dir: the cluster runs as the postgres user, which cannot enter it.
    data_dir = tempfile.mkdtemp(prefix="wsf-pg-")
    port = free_port()
    script = str(REPO / "scripts" / "pg_local.sh")
    subprocess.run([script, "start", data_dir, str(port)], check=True, capture_output=True)
    created = iter(range(1, 1000))

    def new_database():
        name = f"wsf_test_{next(created)}"
        subprocess.run(
            [
                shutil.which("createdb") or "/usr/bin/createdb",
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "postgres",
                name,
            ],
            check=True,
        )
        return f"dbname='{name}' user='postgres' host='127.0.0.1' port='{port}'"

    yield new_database
    subprocess.run([script, "stop", data_dir], check=False)
    shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture
def relstorage_cluster(tmp_path, postgresql):
    """A site (no demo content) on a new database, created by the instance `first` and served
    by two processes behind HAProxy (scripts/cluster.py): `processes` are their site URLs,
    `balanced` the load balancer's, `admin` the site owner's (login, password)."""
    dsn = postgresql()
    first = render_instance("relstorage", tmp_path / "first", pg_dsn=dsn)
    admin = ("admin", secrets.token_urlsafe(12))
    create_site(first, WSF_NO_DEMO="1", ADMIN_PASSWORD=admin[1])
    lb_port = free_port()
    directory = tmp_path / "cluster"
    command = [str(BIN / "python"), "scripts/cluster.py"]
    run([*command, "start", "--processes", "2", "--lb-port", str(lb_port), "--dir", str(directory), "--dsn", dsn])
    try:
        yield SimpleNamespace(
            first=first,
            directory=directory,
            admin=admin,
            balanced=f"http://localhost:{lb_port}/weissenfels",
            processes=[f"http://localhost:{lb_port + n}/weissenfels" for n in (1, 2)],
        )
    finally:
        run([*command, "stop", "--dir", str(directory)])
