"""Server time without any whole-page cache: the portal's unit page and housing form against
stock Plone 6.2's front page, as ratios measured in ONE run.

    .venv/bin/python bench/server_time.py [--rounds 5] [--seconds 8] [--before DIR] [--label latest]

One waitress process each (4 threads, as `make start`), plone.app.caching's RAM cache and
every proxy off: the portal (FileStorage, demo content, as `make start` makes it) and stock
Plone 6.2 Classic (plone.distribution "classic" with its example content, bench/stock_site.py).
`--before DIR` adds a third process: the same portal database served by the add-on's code in
DIR (e.g. `git archive <commit> src | tar -x -C DIR`), to show what a change bought.
Each round asks every target in turn for `--seconds` with wrk (2 threads, 8 connections,
anonymous GET on http://localhost: theming is off for 127.0.0.1), stock Plone before and after
the portal's pages; a page's ratio in a round is its requests/s over the mean of the two stock
runs around it, and the median of the rounds is reported. The machine is shared and noisy:
compare ratios, never absolute figures. Writes bench/results/server-time-<label>.md.
"""

from datetime import datetime
from pathlib import Path
from statistics import median

import argparse
import os
import re
import requests
import secrets
import shutil
import subprocess
import sys
import tempfile


BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RESULTS = BENCH / "results"
sys.path.insert(0, str(REPO / "tests"))

from processes import BIN  # noqa: E402
from processes import create_site  # noqa: E402
from processes import free_port  # noqa: E402
from processes import render_instance  # noqa: E402
from processes import Server  # noqa: E402
from processes import zconsole  # noqa: E402
from sites import stock_instance  # noqa: E402


PAGES = [
    ("unit page", "/weissenfels/de/wohnraumkontrolle"),
    ("housing form", "/weissenfels/de/wohnraumkontrolle/wohnraum-missstand-melden"),
]
STOCK = ("stock Plone front page", "/Plone")
AIMS = {"unit page": 1.0, "housing form": 0.8}
CACHING_OFF = BENCH / "caching_off.py"


def wrk(url, seconds):
    """(requests/s, requests) of GET url at 8 connections; errors fail the run."""
    out = subprocess.run(
        [shutil.which("wrk") or "/usr/bin/wrk", "-t2", "-c8", "--timeout", "60s", f"-d{seconds}s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise SystemExit(f"wrk saw errors on {url}:\n{out}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return rate, int(re.search(r"(\d+) requests in", out).group(1))


def cpu_seconds(pid):
    """User + system CPU time of a process so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run(target, seconds):
    """(requests/s, CPU milliseconds per request) of one wrk run against a served target."""
    url, pid = target
    before = cpu_seconds(pid)
    rate, requests_done = wrk(url, seconds)
    return rate, 1000 * (cpu_seconds(pid) - before) / max(requests_done, 1)


def serve(instance, port, path, env=None):
    ini = instance / "etc" / "zope.ini"
    return Server([str(BIN / "runwsgi"), str(ini)], f"http://localhost:{port}{path}", env=env)


def prepare(work):
    """The portal's and stock Plone's instances, caching off in both (before they serve)."""
    portal_port = free_port()
    portal = render_instance("embedded", work / "portal", port=portal_port)
    create_site(portal, ADMIN_PASSWORD=secrets.token_urlsafe(12), DEMO_PASSWORD=secrets.token_urlsafe(12))
    stock = work / "stock"
    stock_port = stock_instance(stock)
    for instance in (portal, stock):
        zconsole(instance, CACHING_OFF)
    return (portal, portal_port), (stock, stock_port)


def before_instance(work, portal, before):
    """A copy of the portal's instance on its own port, served with the add-on's code in DIR."""
    port = free_port()
    target = work / "before"
    shutil.copytree(portal, target, ignore=shutil.ignore_patterns("*.lock", "*.pid", "log"))
    (target / "var" / "log").mkdir(exist_ok=True)
    for name in ("zope.ini", "zope.conf"):
        path = target / "etc" / name
        path.write_text(path.read_text().replace(str(portal), str(target)))
    ini = target / "etc" / "zope.ini"
    ini.write_text(re.sub(r"(listen = [\w.]+):\d+", rf"\g<1>:{port}", ini.read_text()))
    source = str(Path(before).resolve() / "src" / "weissenfels.portal" / "src")
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")]))}
    return target, port, env


def measure(targets, stock, rounds, seconds):
    """Per page and round: requests/s and CPU ms per request, and both as ratios to stock."""
    results = {name: {"rate": [], "cpu": [], "rate_ratio": [], "cpu_ratio": []} for name, _ in targets}
    results[STOCK[0]] = {"rate": [], "cpu": [], "rate_ratio": [], "cpu_ratio": []}
    for url, _pid in [stock, *(target for _, target in targets)]:
        for _ in range(8):  # warm up: templates compiled, ZODB cache and fragments filled
            requests.get(url, timeout=120).raise_for_status()
    for number in range(rounds):
        first = run(stock, seconds)
        measured = [(name, run(target, seconds)) for name, target in targets]
        last = run(stock, seconds)
        stock_rate, stock_cpu = (first[0] + last[0]) / 2, (first[1] + last[1]) / 2
        results[STOCK[0]]["rate"] += [first[0], last[0]]
        results[STOCK[0]]["cpu"] += [first[1], last[1]]
        for name, (rate, cpu) in measured:
            row = results[name]
            row["rate"].append(rate)
            row["cpu"].append(cpu)
            row["rate_ratio"].append(rate / stock_rate)
            row["cpu_ratio"].append(stock_cpu / cpu)
        print(
            f"round {number + 1}/{rounds}: stock {stock_rate:.1f}/s {stock_cpu:.0f} ms, "
            + ", ".join(f"{n} {r:.1f}/s {c:.0f} ms" for n, (r, c) in measured),
            flush=True,
        )
    return results


def report(results, rounds, seconds, label):
    lines = [
        f"# Server time, {datetime.now():%Y-%m-%d %H:%M} (`{label}`)",
        "",
        f"`bench/server_time.py`: {rounds} rounds of {seconds} s per target; wrk 2 threads, 8 connections, "
        "anonymous GET; one waitress process (4 threads) each; plone.app.caching and proxies off; "
        f"{os.cpu_count()} cores shared with other work. Ratios to stock Plone 6.2's front page measured "
        "around each page in the same round, median of the rounds: requests/s over stock's, and stock's "
        "CPU time per request over the page's (the process's own user + system time: what requests/s "
        "would be on a core of its own, far less disturbed by other work on the machine).",
        "",
        "| page | requests/s | ratio (requests/s) | CPU ms per request | ratio (CPU time) | aim |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    stock = results[STOCK[0]]
    lines.append(f"| {STOCK[0]} | {median(stock['rate']):.1f} | 1.00 | {median(stock['cpu']):.0f} | 1.00 | |")
    for name, row in results.items():
        if name == STOCK[0]:
            continue
        aim = next((f"≥ {value:.1f}×" for key, value in AIMS.items() if name.startswith(key)), "")
        lines.append(
            f"| {name} | {median(row['rate']):.1f} | {median(row['rate_ratio']):.2f} | {median(row['cpu']):.0f} "
            f"| {median(row['cpu_ratio']):.2f} | {aim} |"
        )
    lines += ["", "Per round (ratio by requests/s / by CPU time):", ""]
    for name, row in results.items():
        if name != STOCK[0]:
            pairs = ", ".join(f"{a:.2f}/{b:.2f}" for a, b in zip(row["rate_ratio"], row["cpu_ratio"], strict=True))
            lines.append(f"- {name}: {pairs}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--before", help="a directory with the add-on's earlier sources (src/...)")
    parser.add_argument("--label", default="latest")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="wsf-server-time-"))
    servers = []
    try:
        (portal, portal_port), (stock, stock_port) = prepare(work)
        before = before_instance(work, portal, args.before) if args.before else None
        stock_server = serve(stock, stock_port, STOCK[1])
        portal_server = serve(portal, portal_port, "/weissenfels")
        servers += [stock_server, portal_server]
        targets = [(name, (f"http://localhost:{portal_port}{path}", portal_server.process.pid)) for name, path in PAGES]
        if before:
            target, port, env = before
            before_server = serve(target, port, "/weissenfels", env=env)
            servers.append(before_server)
            targets += [
                (f"{name} (before)", (f"http://localhost:{port}{path}", before_server.process.pid))
                for name, path in PAGES
            ]
        stock_target = (f"http://localhost:{stock_port}{STOCK[1]}", stock_server.process.pid)
        results = measure(targets, stock_target, args.rounds, args.seconds)
    finally:
        for server in reversed(servers):
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    text = report(results, args.rounds, args.seconds, args.label)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"server-time-{args.label}.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
