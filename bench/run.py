"""The benchmark suite: starts the portal and measures, in one run, ratios on this machine.

    .venv/bin/python bench/run.py [--seconds 8]

1. anonymous front page and unit page: requests/s of the portal (caching off), of the portal
   behind the caching proxy (profiles/proxy, plone.app.caching on), and of nginx serving the
   same bytes as a static file (the physical limit here);
2. housing-grievance submissions/s with one photo at 8 concurrent clients, one process on
   FileStorage, checking that the cases stored equal the successful answers;
3. the same against two Zope processes on RelStorage/PostgreSQL behind HAProxy, as a ratio;
4. the case inbox (first page, a filtered page) at 1,000 and 100,000 cases, both instances
   served at once and asked in turn (bench/inbox.py). Filling 100,000 cases takes most of an
   hour here: the filled instances are kept in bench/cases/ and reused by later runs;
5. storing a photo (a 12000 x 12000 pixel flood, an 8000 x 6000 photo) and a case view's thumbnail,
   before and after the limits of cases/uploads.py: time and peak memory (bench/images.py).
Results: a markdown table and a PNG chart in bench/results/ (latest.md, latest.png). Only
ratios measured in the same run are compared: these machines are noisy.
"""

from datetime import datetime
from pathlib import Path

import argparse
import os
import platform
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import urllib.parse


REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "tests"), str(REPO / "scripts")]

from processes import BIN  # noqa: E402
from processes import create_site  # noqa: E402
from processes import free_port  # noqa: E402
from processes import render_instance  # noqa: E402
from processes import Server  # noqa: E402

import proxy_conf  # noqa: E402
import requests  # noqa: E402


SUBMISSIONS = 80

RESULTS = REPO / "bench" / "results"
WORK = REPO / "bench" / "work"
ADMIN = ("admin", secrets.token_urlsafe(12))
CACHING = "plone.caching.interfaces.ICacheSettings.enabled"


def wrk(url, seconds, connections=8):
    """Requests/s of GET url at `connections` concurrent clients; errors fail the run."""
    out = subprocess.run(
        [shutil.which("wrk") or "/usr/bin/wrk", "-t2", f"-c{connections}", f"-d{seconds}s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise SystemExit(f"wrk saw errors on {url}:\n{out}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def set_caching(site, enabled):
    # With basic auth a write must come from the site's own origin (security/csrf.py).
    origin = "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(site))
    response = requests.patch(
        site + "/@registry",
        json={CACHING: enabled},
        auth=ADMIN,
        headers={"Accept": "application/json", "Origin": origin},
        timeout=30,
    )
    response.raise_for_status()


class Portal:
    """One Zope process on a fresh FileStorage instance with the demo content, and nginx."""

    def __init__(self, seconds):
        self.seconds = seconds
        shutil.rmtree(WORK, ignore_errors=True)
        self.zope_port, self.proxy_port, self.static_port = free_port(), free_port(), free_port()
        self.instance = render_instance("embedded", WORK / "instance", port=self.zope_port)
        create_site(self.instance, ADMIN_PASSWORD=ADMIN[1], DEMO_PASSWORD=secrets.token_urlsafe(12))
        self.site = f"http://127.0.0.1:{self.zope_port}/weissenfels"
        self.zope = Server([str(BIN / "runwsgi"), str(self.instance / "etc" / "zope.ini")], self.site)
        (WORK / "nginx" / "static").mkdir(parents=True)
        # The production proxy profile, its site at the root of http://localhost:<proxy port>, plus
        # a server for the same bytes as static files (the physical limit).
        static_root = WORK / "nginx" / "static"
        static = f"    server {{\n        listen 127.0.0.1:{self.static_port};\n        root {static_root};\n    }}\n"
        config = proxy_conf.render(
            f"http://localhost:{self.proxy_port}",
            f"127.0.0.1:{self.zope_port}",
            "weissenfels",
            WORK / "nginx",
            listen=f"127.0.0.1:{self.proxy_port}",
            cache_seconds=60,
            extra=static,
        )
        (WORK / "nginx" / "nginx.conf").write_text(config)
        self.nginx = subprocess.Popen(
            [
                shutil.which("nginx") or "/usr/sbin/nginx",
                "-p",
                str(WORK / "nginx"),
                "-c",
                str(WORK / "nginx" / "nginx.conf"),
            ]
        )

    def stop(self):
        self.nginx.terminate()
        self.zope.stop()


def page_throughput(portal, name, path):
    """Rows for one page: portal uncached, portal behind the caching proxy, nginx static."""
    direct = portal.site + path
    proxied = f"http://127.0.0.1:{portal.proxy_port}{path}"
    body = requests.get(direct, timeout=30)
    body.raise_for_status()
    static_name = name.replace(" ", "-") + ".html"
    (WORK / "nginx" / "static" / static_name).write_bytes(body.content)
    static = wrk(f"http://127.0.0.1:{portal.static_port}/{static_name}", portal.seconds)
    set_caching(portal.site, False)
    uncached = wrk(direct, portal.seconds)
    set_caching(portal.site, True)
    requests.get(proxied, timeout=30)  # fill the proxy cache
    cached = wrk(proxied, portal.seconds)
    return [
        (f"{name}: portal, uncached", uncached, f"{static / uncached:.0f}× slower than static"),
        (f"{name}: portal behind caching proxy", cached, f"{static / cached:.2f}× slower than static"),
        (f"{name}: nginx static file (limit)", static, "1×"),
    ]


def write_results(rows, notes):
    RESULTS.mkdir(parents=True, exist_ok=True)
    memory_gib = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30)
    system = f"{platform.system()} {platform.machine()}, Python {platform.python_version()}"
    machine = f"{os.cpu_count()} cores, {memory_gib} GiB, {system}"
    lines = [
        f"# Benchmark {datetime.now():%Y-%m-%d %H:%M}",
        "",
        f"Machine: {machine}. Measured in one run by `bench/run.py`; compare ratios, not absolute figures.",
        "",
        "| measurement | value | ratio |",
        "|---|---:|---|",
    ]
    lines += [f"| {name} | {value:,.1f} | {ratio} |" for name, value, ratio in rows]
    lines += ["", *notes]
    text = "\n".join(lines) + "\n"
    (RESULTS / "latest.md").write_text(text)
    chart(rows, RESULTS / "latest.png")
    print(text)


def chart(rows, path):
    """A horizontal bar chart (log scale) with Pillow: no plotting library needed."""
    from math import log10
    from PIL import Image
    from PIL import ImageDraw

    width, bar, left = 1000, 28, 430
    image = Image.new("RGB", (width, 40 + bar * len(rows) + 20), "white")
    draw = ImageDraw.Draw(image)
    draw.text((10, 10), "requests/s, submissions/s or milliseconds for the inbox (log scale)", fill="black")
    top = max(value for _, value, _ in rows)
    for i, (name, value, _) in enumerate(rows):
        y = 40 + i * bar
        length = (width - left - 120) * log10(max(value, 1)) / log10(max(top, 10))
        draw.text((10, y + 6), name[:60], fill="black")
        draw.rectangle((left, y + 4, left + length, y + bar - 4), fill=(11, 79, 138))
        draw.text((left + length + 6, y + 6), f"{value:,.1f}", fill="black")
    image.save(path)


def submission_throughput(site, label):
    """(row, submissions/s) for SUBMISSIONS housing grievances at 8 clients against site."""
    from load import open_the_gates
    from load import stored_references
    from load import submission_stream

    open_the_gates(site, ADMIN)
    before = len(stored_references(site, ADMIN))
    references, failures, seconds = submission_stream(site, SUBMISSIONS, clients=8)
    stored = len(stored_references(site, ADMIN)) - before
    rate = len(references) / seconds
    failed = f", {failures} without a success answer" if failures else ""
    # The invariant: every success stored, nothing else. A case stored for a request whose
    # answer never arrived (client timeout, proxy error) breaks it: reported, not hidden.
    relation = "=" if stored == len(references) else "≠ (INVARIANT BROKEN)"
    return (f"submissions/s: {label}", rate, f"{stored} stored {relation} {len(references)} answered{failed}"), rate


def submissions(portal):
    row, one_process = submission_throughput(portal.site, "1 process, FileStorage")
    rows = [row]
    rows += relstorage_submissions(one_process)
    return rows


def relstorage_submissions(one_process):
    """Two Zope processes on RelStorage/PostgreSQL behind HAProxy, compared with one on FileStorage."""
    import cluster

    pg_dir = Path(tempfile.mkdtemp(prefix="wsf-bench-pg-"))
    pg_port = free_port()
    dsn = subprocess.run(
        [str(REPO / "scripts" / "pg_local.sh"), "start", str(pg_dir), str(pg_port)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    lb_port = free_port()
    base = WORK / "cluster"
    try:
        cluster.render_cluster(base, 2, lb_port, dsn)
        create_site(base / "zope-1", ADMIN_PASSWORD=ADMIN[1], DEMO_PASSWORD=secrets.token_urlsafe(12))
        cluster.start(base, 2, lb_port, dsn)
        row, two_processes = submission_throughput(
            f"http://127.0.0.1:{lb_port}/weissenfels", "2 processes, RelStorage + HAProxy"
        )
        ratio = f"{two_processes / one_process:.2f}× one process on FileStorage ({row[2]})"
        return [(row[0], row[1], ratio)]
    finally:
        cluster.stop(base)
        subprocess.run([str(REPO / "scripts" / "pg_local.sh"), "stop", str(pg_dir)], check=False)
        shutil.rmtree(pg_dir, ignore_errors=True)


INBOX_SIZES = (1_000, 100_000)


def inbox(portal):
    """Inbox response times at INBOX_SIZES cases, the larger as a ratio to the smaller."""
    import inbox as inbox_bench

    ports = [free_port() for _ in INBOX_SIZES]
    servers = []
    try:
        for size, port in zip(INBOX_SIZES, ports, strict=True):
            target, password = inbox_bench.prepared_instance(size, port)
            servers.append(
                Server([str(BIN / "runwsgi"), str(target / "etc" / "zope.ini")], f"http://127.0.0.1:{port}/weissenfels")
            )
        times = inbox_bench.measure_side_by_side(ports, password)
    finally:
        for server in servers:
            server.stop()
    rows = []
    small, large = ports[0], ports[-1]
    for page in ("unit inbox, first page", "filtered page"):
        rows.append((f"case inbox ({page}), {INBOX_SIZES[0]:,} cases: ms", times[small][page], "1×"))
        rows.append(
            (
                f"case inbox ({page}), {INBOX_SIZES[-1]:,} cases: ms",
                times[large][page],
                f"{times[large][page] / times[small][page]:.2f}× the time at {INBOX_SIZES[0]:,} cases",
            )
        )
    return rows


def images(portal):
    """Part 5: storing a big photo and a pixel flood, before and after the limits (bench/images.py)."""
    sys.path.insert(0, str(REPO / "bench"))
    import images as image_bench

    return image_bench.measure()


MEASUREMENTS = [submissions, inbox, images]  # functions (portal) -> rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    args = parser.parse_args()
    portal = Portal(args.seconds)
    try:
        rows = []
        rows += page_throughput(portal, "front page", "/de")
        unit = "/de/wohnraumkontrolle"
        if requests.get(portal.site + unit, timeout=30).status_code == 200:
            rows += page_throughput(portal, "unit page", unit)
        for measurement in MEASUREMENTS:
            rows += measurement(portal)
        write_results(
            rows,
            [
                "Pages: wrk, 2 threads, 8 connections, anonymous GET.",
                f"Submissions: {SUBMISSIONS} housing grievances with one 800×600 JPEG, 8 concurrent clients, "
                "each fetching the form first.",
                "Case inbox: median of 20 requests per page as the Wohnraumkontrolle handler "
                "(milliseconds: lower is better), the two instances served at once and asked in turn.",
            ],
        )
    finally:
        portal.stop()


if __name__ == "__main__":
    main()
