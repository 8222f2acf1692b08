"""A real PostgreSQL server for the RelStorage tests, started from Debian's package."""

from processes import free_port
from processes import REPO

import pytest
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
