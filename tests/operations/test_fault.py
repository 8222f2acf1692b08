"""A Zope process dies during a stream of submissions: nothing answered as stored is lost.

Two processes on RelStorage/PostgreSQL behind HAProxy; while residents keep submitting the
housing form with a photo, process 1 is killed (SIGKILL) and started again.
"""

from cluster import start_process
from cluster import wait_for
from load import open_the_gates
from load import stored_references
from load import submission_stream
from processes import BIN
from processes import create_site
from processes import free_port
from processes import render_instance
from processes import run

import os
import pytest
import signal
import threading


pytestmark = pytest.mark.slow

ADMIN = ("admin", "fault-admin-secret")


def test_killed_process_loses_no_answered_submission(tmp_path, postgresql):
    dsn = postgresql()
    first = render_instance("relstorage", tmp_path / "first", pg_dsn=dsn)
    create_site(first, ADMIN_PASSWORD=ADMIN[1], DEMO_PASSWORD="fault-demo-secret")
    lb_port = free_port()
    cluster = tmp_path / "cluster"
    cluster_cmd = [str(BIN / "python"), "scripts/cluster.py"]
    run([*cluster_cmd, "start", "--processes", "2", "--lb-port", str(lb_port), "--dir", str(cluster), "--dsn", dsn])
    try:
        site = f"http://127.0.0.1:{lb_port}/weissenfels"
        open_the_gates(site, ADMIN)
        victim = cluster / "zope-1"
        killed, restarted = threading.Event(), threading.Event()

        def kill_and_restart(n):
            if n == 10 and not killed.is_set():
                killed.set()
                os.kill(int((victim / "var" / "zope.pid").read_text()), signal.SIGKILL)
                start_process(victim)
                wait_for(f"http://127.0.0.1:{lb_port + 1}/weissenfels/@@ok")
                restarted.set()

        served_by_two_before = (cluster / "zope-2" / "var" / "log" / "access.log").read_text().count("POST ")
        references, failures, seconds = submission_stream(site, count=60, clients=4, on_progress=kill_and_restart)

        assert killed.is_set() and restarted.is_set()
        stored = stored_references(site, ADMIN)
        assert len(stored) == len(set(stored)), "a reference number was given twice"
        assert set(references) <= set(stored), "a submission answered as stored is missing"
        assert len(references) == len(set(references))
        # The other process kept serving: most submissions succeeded, many through process 2.
        assert len(references) >= 50, f"only {len(references)} of 60 succeeded ({failures} failed)"
        served_by_two = (cluster / "zope-2" / "var" / "log" / "access.log").read_text().count("POST ")
        assert served_by_two - served_by_two_before >= 20
    finally:
        run([*cluster_cmd, "stop", "--dir", str(cluster)])
