"""Lighthouse (mobile preset) on the portal's public pages and on stock Plone 6.2 Classic, in ONE run.

    npm install --no-save --prefix bench lighthouse@12.2.3      # once; bench/node_modules is ignored
    CHROME_PATH=/usr/bin/chromium .venv/bin/python bench/lighthouse.py [--runs 5] [--label after]

Starts the portal exactly as `make start` does (tests/started_site.py: demo content) and, from
the same virtualenv, a second instance with a plain stock Plone 6.2 Classic site (plone.distribution
"classic" with its example content; its pipeline without the portal's gzip filter, as Plone ships).
Every page is measured N times (default 5), the portal's and stock Plone's runs alternating, and the
median kept. Lighthouse's `benchmarkIndex` (the machine's speed during the run) is recorded beside
each row: a noisy run shows as a low index. Writes bench/results/lighthouse-<label>.md, .json, .svg
and copies the table into bench/README.md (between the lighthouse markers).
"""

from pathlib import Path
from statistics import median

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile


BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RESULTS = BENCH / "results"
sys.path.insert(0, str(REPO / "tests"))

# The portal's pages (German paths; ro and ar are found through @translations).
PAGES = [
    ("front page", ""),
    ("unit page", "wohnraumkontrolle"),
    ("finder", "wer-hilft-mir"),
    ("housing form", "wohnraumkontrolle/wohnraum-missstand-melden"),
    ("status page", "@@vorgang-status"),
]
LANGUAGES = ["de", "ro", "ar"]
STOCK_PAGES = [("stock front page", ""), ("stock news", "news"), ("stock events", "events")]
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"


def lighthouse(url):
    """One Lighthouse run (default config = mobile preset: slow 4G, 4x CPU slowdown)."""
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--only-categories=performance,accessibility,seo",
                "--output=json",
                "--output-path=stdout",
                f"--chrome-flags=--headless=new --no-sandbox --user-data-dir={profile}",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse {url} failed: {result.stderr[-2000:]}")
    report = json.loads(result.stdout)
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    return {
        "benchmarkIndex": report["environment"]["benchmarkIndex"],
        "score": round((report["categories"]["performance"]["score"] or 0) * 100),
        "accessibility": round((report["categories"]["accessibility"]["score"] or 0) * 100),
        "seo": round((report["categories"]["seo"]["score"] or 0) * 100),
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "repeat_bytes": repeat_visit_bytes(requests, audits["uses-long-cache-ttl"]),
        "requests": len(requests),
    }


STATIC = ("Script", "Stylesheet", "Font", "Image", "Media")
DAY_MS = 24 * 3600 * 1000


def repeat_visit_bytes(requests, cache_audit):
    """What a visitor transfers again on the next day: the first visit's bytes except the static
    resources the browser may keep a day or longer. Lighthouse lists the static resources with a
    shorter lifetime in `uses-long-cache-ttl`; those count again, as do the page and its requests."""
    short = {
        item["url"]
        for item in (cache_audit.get("details") or {}).get("items", [])
        if item.get("cacheLifetimeMs", 0) < DAY_MS
    }
    return sum(
        item.get("transferSize", 0)
        for item in requests
        if item.get("resourceType") not in STATIC or item["url"] in short
    )


def translated(url, language):
    """The URL of the translation of a German page (plone.restapi @translations)."""
    import requests

    if language == "de":
        return url
    answer = requests.get(url + "/@translations", headers={"Accept": "application/json"}, timeout=30)
    answer.raise_for_status()
    for item in answer.json().get("items", []):
        if item.get("language") == language:
            return item["@id"]
    return None  # the demo content has no such translation (e.g. no Arabic unit pages)


def portal_targets(site_url):
    targets = []
    for language in LANGUAGES:
        root = f"{site_url}/{language}"
        for name, path in PAGES:
            if not path:
                url = root
            elif path.startswith("@@"):
                url = f"{root}/{path}"
            else:
                url = translated(f"{site_url}/de/{path}", language)
                if url is None:
                    print(f"skipped: {name} ({language}), no translation in the demo content", flush=True)
                    continue
            targets.append((f"{name} ({language})", url))
    return targets


def start_portal(work):
    from smtp_sink import start_sink
    from started_site import start_site

    _sink, controller = start_sink()
    url, _admin, _demo, server, *_ = start_site(work / "portal", controller.port)
    return url, server, controller


def start_stock(work):
    from processes import BIN
    from processes import Server
    from sites import stock_instance

    target = work / "stock"
    url = f"http://localhost:{stock_instance(target)}/Plone"
    return url, Server([str(BIN / "runwsgi"), str(target / "etc" / "zope.ini")], url)


def measure(targets, runs):
    """Median per page; the runs of all pages interleaved so that noise spreads evenly."""
    samples = {name: [] for name, _ in targets}
    for run in range(runs):
        for name, url in targets:
            samples[name].append(lighthouse(url))
            print(f"run {run + 1}/{runs} {name}: {samples[name][-1]}", flush=True)
    rows = []
    for name, url in targets:
        values = samples[name]
        rows.append({"page": name, "url": url, **{key: median(v[key] for v in values) for key in values[0]}})
    return rows


def table(rows, label, runs):
    lines = [
        f"Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4x CPU slowdown), median of {runs} "
        f"run(s), label `{label}`; portal and stock Plone 6.2 Classic in the same run.",
        "",
        "| page | score | LCP s | CLS | TBT ms | KB first visit | KB repeat visit | requests | accessibility | SEO "
        "| benchmarkIndex |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['page']} | {row['score']:.0f} | {row['lcp_ms'] / 1000:.1f} | {row['cls']:.3f} "
            f"| {row['tbt_ms']:.0f} | {row['bytes'] / 1024:.0f} | {row['repeat_bytes'] / 1024:.1f} "
            f"| {row['requests']:.0f} | {row['accessibility']:.0f} | {row['seo']:.0f} "
            f"| {row['benchmarkIndex']:.0f} |"
        )
    return "\n".join(lines) + "\n"


def svg_chart(rows, title):
    """Performance score per page as horizontal bars: an SVG written by hand (no plotting library)."""
    bar, left, width = 22, 230, 760
    height = 50 + bar * len(rows)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        'font-family="sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="10" y="20" font-size="14">{title}</text>',
    ]
    scale = (width - left - 60) / 100
    for i, row in enumerate(rows):
        y = 35 + i * bar
        score = row["score"]
        colour = "#0b7a3b" if score >= 90 else "#c77700" if score >= 50 else "#c8102e"
        parts.append(f'<text x="10" y="{y + 15}">{row["page"]}</text>')
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{score * scale:.0f}" height="{bar - 6}" fill="{colour}"/>')
        parts.append(f'<text x="{left + score * scale + 6:.0f}" y="{y + 15}">{score:.0f}</text>')
    parts.append(
        f'<line x1="{left + 90 * scale:.0f}" y1="30" x2="{left + 90 * scale:.0f}" y2="{height}" '
        'stroke="#666" stroke-dasharray="4"/>'
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def update_readme(text, label):
    readme = BENCH / "README.md"
    start, end = "<!-- lighthouse:start -->", "<!-- lighthouse:end -->"
    block = f"{start}\n{text}\n![Lighthouse scores](results/lighthouse-{label}.svg)\n{end}"
    current = readme.read_text()
    if start in current:
        current = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, current, flags=re.S)
    else:
        current += f"\n## Lighthouse (latest)\n\n{block}\n"
    readme.write_text(current)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--label", default="latest")
    parser.add_argument("--portal-only", action="store_true")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("npm install --no-save --prefix bench lighthouse@12.2.3 first")
    work = Path(tempfile.mkdtemp(prefix="lighthouse-"))
    servers = []
    try:
        portal_url, server, controller = start_portal(work)
        servers += [server, controller]
        targets = portal_targets(portal_url)
        if not args.portal_only:
            stock_url, stock_server = start_stock(work)
            servers.append(stock_server)
            stock = [(name, f"{stock_url}/{path}".rstrip("/")) for name, path in STOCK_PAGES]
            # interleave: the portal's front page next to stock Plone's
            targets = [targets[0], stock[0], *targets[1:], *stock[1:]]
        rows = measure(targets, args.runs)
    finally:
        for server in reversed(servers):
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    RESULTS.mkdir(exist_ok=True)
    text = table(rows, args.label, args.runs)
    (RESULTS / f"lighthouse-{args.label}.md").write_text(text)
    (RESULTS / f"lighthouse-{args.label}.json").write_text(json.dumps(rows, indent=1) + "\n")
    (RESULTS / f"lighthouse-{args.label}.svg").write_text(
        svg_chart(rows, f"Lighthouse mobile performance ({args.label})")
    )
    update_readme(text, args.label)
    print(text)


if __name__ == "__main__":
    main()
