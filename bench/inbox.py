"""Benchmark of the case inbox: response times at 1,000 and at a larger number of cases.

    .venv/bin/python bench/inbox.py --instance instance-handling --port 8095 --sizes 1000,10000,100000

needs a site made with `make site INSTANCE=... PORT=...` and DEMO_PASSWORD of its demo
users in the environment. For each size it stops nothing it did not start: it creates the
missing cases with `zconsole run` (the instance must not be running: FileStorage is locked),
starts the instance, measures over HTTP as sb-wohnraumkontrolle, stops the instance:

- first page of the unit inbox  /vorgaenge/wohnraumkontrolle/@@vorgaenge-inbox
- first page across units       /vorgaenge/@@vorgaenge-inbox
- a filtered page               state + full text + date range

and prints median times and the ratios to the first size. Run under zconsole with the
argument "create N", the same file creates cases until there are N (fast: objects made
directly, no form, committed in batches of 1,000; the catalog indexes them at commit).
"""

from pathlib import Path

import os
import random
import statistics
import subprocess
import sys
import time


SITE = os.environ.get("WSF_SITE_ID", "weissenfels")
STREETS = [
    "Leipziger Straße",
    "Merseburger Str.",
    "Große Burgstraße",
    "Naumburger Straße",
    "Marienstraße",
    "Promenade",
    "Friedrichstraße",
    "Zeitzer Straße",
    "Langendorfer Straße",
    "Kugelberg",
]
WORDS = [
    "Schimmel",
    "Heizung",
    "Feuchtigkeit",
    "Überbelegung",
    "Ungeziefer",
    "Mietwucher",
    "Strom",
    "Wasser",
    "Lärm",
    "Müll",
    "Fenster",
    "Treppenhaus",
    "Keller",
    "Dach",
    "Kinder",
    "Vermieter",
    "Nachbarn",
]
# The second page of in-progress cases since a date that mention a word, in one unit.
FILTERED = (
    "{base}/wohnraumkontrolle/@@vorgaenge-inbox?state=in_bearbeitung&text=Schimmel&date_from=2025-01-01&b_start=30"
)
UNITS = ["wohnraumkontrolle"] * 6 + ["clearingstelle", "sozialarbeit", "neustadtbuero", "schulteam"]


def create(app, target):
    """Runs inside zconsole: add cases until the site holds `target`."""
    from AccessControl.SecurityManagement import newSecurityManager
    from AccessControl.users import system as system_user
    from DateTime import DateTime
    from datetime import datetime
    from datetime import timedelta
    from plone import api
    from plone.dexterity.utils import createContent
    from Testing.makerequest import makerequest
    from weissenfels.portal.cases.status import hash_status_code
    from weissenfels.portal.content.vorgang import next_reference
    from zope.component.hooks import setSite

    import transaction

    app = makerequest(app)
    site = app[SITE]
    setSite(site)
    newSecurityManager(None, system_user)
    catalog = api.portal.get_tool("portal_catalog")
    wf = api.portal.get_tool("portal_workflow")
    root = site["vorgaenge"]
    have = len(catalog.unrestrictedSearchResults(portal_type="Vorgang"))
    rng = random.Random(have)  # noqa: S311 (repeatable test data, no secret)
    now = datetime.now()
    code_hash = hash_status_code("bench")
    started = time.time()
    for n in range(have, target):
        reference = next_reference(root)
        unit = rng.choice(UNITS)
        case = createContent("Vorgang", id=reference.lower(), title=reference)
        case.reference = reference
        case.form_uid = f"bench-form-{unit}"
        case.form_title = f"Benchmark {unit}"
        case.submission_language = "de"
        case.submitted = now - timedelta(minutes=rng.randint(0, 60 * 24 * 720))
        text = " ".join(rng.choice(WORDS) for _ in range(12))
        case.submitted_values = [
            {"id": "street", "label": "Straße", "value": rng.choice(STREETS)},
            {"id": "house_number", "label": "Hausnummer", "value": str(rng.randint(1, 120))},
            {"id": "description", "label": "Beschreibung", "value": text},
        ]
        case.status_code_hash = code_hash
        root[unit]._setObject(case.getId(), case)
        case = root[unit][case.getId()]
        if rng.random() < 0.4:  # a share in progress, as the workflow would have left it
            history = case.workflow_history["weissenfels_case_workflow"]
            case.workflow_history["weissenfels_case_workflow"] = (
                *history,
                {
                    "action": "bearbeiten",
                    "actor": f"sb-{unit}",
                    "comments": "",
                    "review_state": "in_bearbeitung",
                    "time": DateTime(),
                },
            )
            wf.getWorkflowById("weissenfels_case_workflow").updateRoleMappingsFor(case)
            case.reindexObject()
        if (n + 1) % 1000 == 0:
            transaction.commit()
            print(f"{n + 1} cases ({time.time() - started:.0f} s)", flush=True)
    transaction.commit()
    print(f"{target} cases in the site", flush=True)


def measure_side_by_side(ports, password, rounds=20):
    """Instances of different sizes served at once, their pages requested in turn: the
    machine's load (shared cores) then weighs on every size alike."""
    import requests

    sessions, pages = {}, {}
    for port in ports:
        base = f"http://localhost:{port}/{SITE}/vorgaenge"
        session = requests.Session()
        session.auth = ("sb-wohnraumkontrolle", password)
        sessions[port] = session
        pages[port] = {
            "unit inbox, first page": f"{base}/wohnraumkontrolle/@@vorgaenge-inbox",
            "all units, first page": f"{base}/@@vorgaenge-inbox",
            "filtered page": FILTERED.format(base=base),
        }
    times = {port: {name: [] for name in pages[port]} for port in ports}
    for warm in range(5 + rounds):
        for name in pages[ports[0]]:
            for port in ports:
                start = time.perf_counter()
                sessions[port].get(pages[port][name]).raise_for_status()
                if warm >= 5:
                    times[port][name].append(time.perf_counter() - start)
    return {port: {name: statistics.median(t) * 1000 for name, t in by_name.items()} for port, by_name in times.items()}


def timed(session, url, runs=20):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = session.get(url)
        times.append(time.perf_counter() - start)
        response.raise_for_status()
    return statistics.median(times) * 1000


def measure(port):
    import requests

    base = f"http://localhost:{port}/{SITE}/vorgaenge"
    session = requests.Session()
    session.auth = ("sb-wohnraumkontrolle", os.environ["DEMO_PASSWORD"])
    urls = [f"{base}/wohnraumkontrolle/@@vorgaenge-inbox", f"{base}/@@vorgaenge-inbox", FILTERED.format(base=base)]
    for _ in range(5):  # warm the ZODB cache and the catalog's query plan for every page first
        for url in urls:
            session.get(url).raise_for_status()
    return {
        "unit inbox, first page": timed(session, f"{base}/wohnraumkontrolle/@@vorgaenge-inbox"),
        "all units, first page": timed(session, f"{base}/@@vorgaenge-inbox"),
        "filtered page": timed(session, FILTERED.format(base=base)),
    }


def prepared_instance(size, port):
    """bench/cases/inbox-<size>: a site with the demo content and `size` cases, served on `port`.

    Filling 100,000 cases takes most of an hour on two cores, so a filled instance is kept and
    reused by later runs (delete bench/cases to start afresh); the demo users' password is
    kept beside it in bench/cases/demo-password."""
    import secrets

    cases = Path(__file__).resolve().parent / "cases"  # filled instances, kept between runs (not committed)
    repo = cases.parent.parent
    venv = Path(sys.executable).parent
    cases.mkdir(exist_ok=True)
    password_file = cases / "demo-password"
    if not password_file.exists():
        password_file.write_text(secrets.token_urlsafe(12))
    password = password_file.read_text().strip()
    target = cases / f"inbox-{size}"
    fresh = not (target / "var" / "filestorage" / "Data.fs").exists()
    subprocess.run(
        [
            str(venv / "python"),
            str(repo / "scripts" / "make_instance.py"),
            "embedded",
            "--target",
            str(target),
            "--port",
            str(port),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    conf = str(target / "etc" / "zope.conf")
    # Creates the site, or runs its pending upgrade steps: a kept instance follows the code.
    env = {**os.environ, "DEMO_PASSWORD": password}
    if fresh:
        env["ADMIN_PASSWORD"] = secrets.token_urlsafe(12)
    subprocess.run([str(venv / "zconsole"), "run", conf, str(repo / "scripts" / "create_site.py")], check=True, env=env)
    subprocess.run([str(venv / "zconsole"), "run", conf, __file__, "create", str(size)], check=True)
    return target, password


def wait_up(port, timeout=120):
    import requests

    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            requests.get(f"http://localhost:{port}/", timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.5)
    raise RuntimeError("instance did not start")


def main():
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--instance", default="instance")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument(
        "--side-by-side",
        help="instance:port,instance:port,... already filled (smallest first): serve all at once and "
        "measure them in turn instead of one after the other",
    )
    args = parser.parse_args()
    if args.side_by_side:
        return side_by_side(args.side_by_side)
    venv = os.path.dirname(sys.executable)
    results = {}
    for size in [int(s) for s in args.sizes.split(",")]:
        started = time.time()
        subprocess.run(
            [f"{venv}/zconsole", "run", f"{args.instance}/etc/zope.conf", __file__, "create", str(size)], check=True
        )
        created = time.time() - started
        server = subprocess.Popen(
            [f"{venv}/runwsgi", f"{args.instance}/etc/zope.ini"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            wait_up(args.port)
            results[size] = measure(args.port)
        finally:
            server.terminate()
            server.wait()
        print(f"\n{size} cases (creating took {created:.0f} s):")
        for name, ms in results[size].items():
            print(f"  {name:24s} {ms:8.1f} ms")
    first = min(results)
    for size in sorted(results):
        if size == first:
            continue
        print(f"\nratios {size}/{first}:")
        for name, ms in results[size].items():
            print(f"  {name:24s} {ms / results[first][name]:6.2f}")


def side_by_side(spec):
    import requests

    venv = os.path.dirname(sys.executable)
    instances = [item.rsplit(":", 1) for item in spec.split(",")]
    servers, sizes = [], {}
    try:
        for instance, _port in instances:
            servers.append(
                subprocess.Popen(
                    [f"{venv}/runwsgi", f"{instance}/etc/zope.ini"],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        for _instance, port in instances:
            wait_up(int(port))
            url = f"http://localhost:{port}/{SITE}/vorgaenge/@@vorgaenge-inbox"
            auth = ("sb-wohnraumkontrolle", os.environ["DEMO_PASSWORD"])
            count = requests.get(url, auth=auth, timeout=60).text.split('id="inbox-count"')[1]
            sizes[int(port)] = count
        results = measure_side_by_side([int(port) for _instance, port in instances], os.environ["DEMO_PASSWORD"])
    finally:
        for server in servers:
            server.terminate()
            server.wait()
    first = int(instances[0][1])
    for instance, port in instances:
        port = int(port)
        print(
            f"\n{instance} (inbox count of sb-wohnraumkontrolle across units: "
            f"{sizes[port].split('>')[1].split('<')[0].strip()}):"
        )
        for name, ms in results[port].items():
            print(f"  {name:24s} {ms:8.1f} ms   ratio to {instances[0][0]}: {ms / results[first][name]:5.2f}")


if __name__ == "__main__" and "app" not in globals():
    main()
elif "app" in globals() and len(sys.argv) >= 3 and sys.argv[-2] == "create":
    create(app, int(sys.argv[-1]))  # noqa: F821
