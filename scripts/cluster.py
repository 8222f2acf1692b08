"""Several Zope processes on RelStorage/PostgreSQL behind HAProxy, all on 127.0.0.1.

    WSF_PG_DSN="dbname='weissenfels' user='postgres' host='127.0.0.1' port='5433'" \
        python scripts/cluster.py start --processes 2 [--lb-port 8080] [--dir cluster]
    python scripts/cluster.py stop [--dir cluster]

Each process is an instance rendered from profiles/relstorage (ports lb-port+1, +2, ...);
HAProxy balances them by least connections and checks /<site>/@@ok. The site must exist in
the database (scripts/create_site.py against one instance, or scripts/migrate_to_relstorage.py).
"""

from make_instance import render
from make_instance import REPO
from pathlib import Path
from string import Template

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request


BIN = Path(sys.executable).parent


def instance_dirs(base, processes):
    return [Path(base) / f"zope-{n}" for n in range(1, processes + 1)]


def render_cluster(base, processes, lb_port, dsn, site_id="weissenfels"):
    base = Path(base).resolve()
    servers = []
    for n, target in enumerate(instance_dirs(base, processes), start=1):
        render("relstorage", target, http_port=lb_port + n, pg_dsn=dsn, trusted_proxies="127.0.0.1")
        servers.append(f"    server zope{n} 127.0.0.1:{lb_port + n} check inter 2s fall 3 rise 1")
    template = Template((REPO / "profiles" / "relstorage" / "haproxy.cfg.tmpl").read_text())
    config = template.substitute(
        http_host="127.0.0.1", lb_port=lb_port, site_id=site_id, backend_servers="\n".join(servers)
    )
    (base / "haproxy.cfg").write_text(config)
    return base


def wait_for(url, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (the http URLs built here)
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"{url} did not answer in {timeout} s")


def start_process(target):
    # The process keeps its own copy of the log's file descriptor; ours closes after the start.
    with open(target / "var" / "log" / "console.log", "a") as log:
        process = subprocess.Popen(
            [str(BIN / "runwsgi"), str(target / "etc" / "zope.ini")], stdout=log, stderr=subprocess.STDOUT
        )
    (target / "var" / "zope.pid").write_text(str(process.pid))
    return process


def start(base, processes, lb_port, dsn, site_id="weissenfels"):
    base = render_cluster(base, processes, lb_port, dsn, site_id)
    for target in instance_dirs(base, processes):
        start_process(target)
    for n in range(1, processes + 1):
        wait_for(f"http://127.0.0.1:{lb_port + n}/{site_id}/@@ok")
    haproxy = shutil.which("haproxy") or "/usr/sbin/haproxy"
    subprocess.run([haproxy, "-D", "-f", str(base / "haproxy.cfg"), "-p", str(base / "haproxy.pid")], check=True)
    wait_for(f"http://127.0.0.1:{lb_port}/{site_id}/@@ok")
    print(f"{processes} Zope processes behind http://127.0.0.1:{lb_port}/{site_id}")


def stop(base):
    base = Path(base).resolve()
    for pidfile in [base / "haproxy.pid", *sorted(base.glob("zope-*/var/zope.pid"))]:
        if pidfile.exists():
            for pid in pidfile.read_text().split():
                with contextlib.suppress(ProcessLookupError):
                    os.kill(int(pid), signal.SIGTERM)
            pidfile.unlink()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop"])
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--lb-port", type=int, default=8080)
    parser.add_argument("--dir", default=str(REPO / "cluster"))
    parser.add_argument("--dsn", default=os.environ.get("WSF_PG_DSN"))
    args = parser.parse_args()
    if args.command == "start":
        if not args.dsn:
            parser.error("--dsn or WSF_PG_DSN is required")
        start(args.dir, args.processes, args.lb_port, args.dsn)
    else:
        stop(args.dir)


if __name__ == "__main__":
    main()
