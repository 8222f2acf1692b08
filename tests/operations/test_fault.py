"""A Zope process dies during a stream of submissions: nothing answered as stored is lost.

Two processes on RelStorage/PostgreSQL behind HAProxy; while residents keep submitting the
housing form with a photo, process 1 is killed (SIGKILL) and started again.
"""

from cluster import start_process
from cluster import wait_for
from load import open_the_gates
from load import photo
from load import stored_references
from load import submission_stream
from load import submit_housing_grievance
from processes import BIN
from processes import create_site
from processes import free_port
from processes import render_instance
from processes import run

import os
import pytest
import secrets
import signal
import threading


pytestmark = pytest.mark.slow

ADMIN = ("admin", "fault-admin-secret")


def posts_served(instance):
    """Submissions a Zope process has finished answering (its access log is written per request)."""
    return (instance / "var" / "log" / "access.log").read_text().count("POST ")


def test_killed_process_loses_no_answered_submission(tmp_path, postgresql):
    dsn = postgresql()
    first = render_instance("relstorage", tmp_path / "first", pg_dsn=dsn)
    create_site(first, ADMIN_PASSWORD=ADMIN[1], DEMO_PASSWORD=secrets.token_urlsafe(12))
    lb_port = free_port()
    cluster = tmp_path / "cluster"
    cluster_cmd = [str(BIN / "python"), "scripts/cluster.py"]
    run([*cluster_cmd, "start", "--processes", "2", "--lb-port", str(lb_port), "--dir", str(cluster), "--dsn", dsn])
    try:
        site = f"http://127.0.0.1:{lb_port}/weissenfels"
        open_the_gates(site, ADMIN)
        victim, survivor = cluster / "zope-1", cluster / "zope-2"
        ten_done = threading.Event()
        outage = {}

        def kill_and_restart():
            # The stream goes on while process 1 is dead and while it starts again.
            ten_done.wait()
            os.kill(int((victim / "var" / "zope.pid").read_text()), signal.SIGKILL)
            outage["served_by_survivor_at_kill"] = posts_served(survivor)
            start_process(victim)
            wait_for(f"http://127.0.0.1:{lb_port + 1}/weissenfels/@@ok")
            outage["served_by_survivor_at_restart"] = posts_served(survivor)

        killer = threading.Thread(target=kill_and_restart)
        killer.start()
        try:
            references, failures, _seconds = submission_stream(
                site, count=60, clients=4, on_done=lambda done: done == 10 and ten_done.set()
            )
        finally:
            ten_done.set()
            killer.join()

        assert set(outage) == {"served_by_survivor_at_kill", "served_by_survivor_at_restart"}
        # The other process kept serving while process 1 was down.
        served_in_outage = outage["served_by_survivor_at_restart"] - outage["served_by_survivor_at_kill"]
        assert served_in_outage >= 3, f"process 2 answered only {served_in_outage} submissions during the outage"
        # Only the submissions in flight on the killed process may fail.
        assert len(references) >= 50, f"only {len(references)} of 60 succeeded ({failures} failed)"
        # The restarted process takes submissions again.
        after_restart = [
            submit_housing_grievance(f"http://127.0.0.1:{lb_port + 1}/weissenfels", photo(), n) for n in (60, 61)
        ]
        assert None not in after_restart
        references += after_restart

        stored = stored_references(site, ADMIN)
        assert len(stored) == len(set(stored)), "a reference number was given twice"
        assert set(references) <= set(stored), "a submission answered as stored is missing"
        assert len(references) == len(set(references))
    finally:
        run([*cluster_cmd, "stop", "--dir", str(cluster)])
