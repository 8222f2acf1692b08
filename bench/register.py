"""Benchmark of the building register (issue 20), in one process on an existing site
(instance stopped: FileStorage is locked; a throw-away site, it adds data):

    zconsole run <zope.conf> bench/register.py --fill 100,1000,1000 [--fill 2000,100000,20000 ...]
    zconsole run <zope.conf> bench/register.py --measure [--submission] [--rounds 20]
    zconsole run <zope.conf> bench/register.py --small 100,1000,1000 --large 2000,100000,20000

Sizes are buildings,cases,inspections. --fill adds buildings, linked housing cases and
inspections up to each stage in turn (committed every 1,000 objects and at each stage's end:
a stopped fill resumes, every finished stage is a consistent data set). --measure measures
the site as it is and prints one line `RESULT {json}`; bench/register_compare.py runs it on
a small and a large site in turn and writes the ratios. The old mode (--small/--large) fills
up to the small size, measures, fills up to the large size and measures again in one process.

Measured, as sb-wohnraumkontrolle, in-process (the views and the catalog, without HTTP):

- the register's list filtered by state and street  (/gebaeuderegister?state=...&street=...)
- a building page with its first batch of linked cases (the building with most cases)

and (--submission) the time of storing a housing case (`cases/action.store_case` and the
commit, which indexes it), with and without the linking subscriber
(register/linking.case_stored) in turn; the cases are deleted afterwards. Median of --rounds, in the process's
CPU time (--clock wall for wall time). The issue's aim: list and page within 1.5x, linking
adds at most 10 %. Not run in CI; say at which sizes a ratio was measured.
"""

import argparse
import os
import random
import statistics
import sys
import time


SITE = os.environ.get("WSF_SITE_ID", "weissenfels")
STREETS = ["Leipziger Straße", "Merseburger Straße", "Große Burgstraße", "Naumburger Straße", "Marienstraße"]
STATES = ["unauffaellig", "unter_beobachtung", "begehung_geplant", "maengel_festgestellt", "maengel_behoben"]
HOUSING_FORM = "de/wohnraumkontrolle/wohnraum-missstand-melden"


def fill(site, buildings, cases, inspections):
    """Add buildings, linked housing cases and inspections up to the given counts."""
    from DateTime import DateTime
    from datetime import datetime
    from datetime import timedelta
    from plone import api
    from plone.dexterity.utils import createContent
    from weissenfels.portal.content.vorgang import next_reference
    from weissenfels.portal.register.buildings import add_to_building
    from weissenfels.portal.register.buildings import create_building

    import transaction

    catalog = api.portal.get_tool("portal_catalog")
    search = catalog.unrestrictedSearchResults
    rng = random.Random(7)  # noqa: S311 (repeatable bench data)
    have = {b.getPath(): b for b in search(portal_type="Objekt")}
    for n in range(len(have), buildings):
        building = create_building(STREETS[n % len(STREETS)], str(n // len(STREETS) + 1), "06667", town="Weißenfels")
        # every (street, state) pair occurs: the filtered list is a 25th of the register
        state = STATES[(n // len(STREETS)) % len(STATES)]
        history = building.workflow_history["weissenfels_building_workflow"]
        building.workflow_history["weissenfels_building_workflow"] = (
            *history,
            {"action": None, "actor": "bench", "comments": "", "review_state": state, "time": DateTime()},
        )
        building.reindexObject()
        if (n + 1) % 1000 == 0:
            transaction.commit()
    transaction.commit()
    uids = [b.UID for b in search(portal_type="Objekt", sort_on="getId")]
    root = site["vorgaenge"]["wohnraumkontrolle"]
    have_cases = len(search(portal_type="Vorgang", case_building=uids))
    now = datetime.now()
    for n in range(have_cases, cases):
        reference = next_reference(site["vorgaenge"])
        case = createContent("Vorgang", id=reference.lower(), title=reference)
        case.reference = reference
        case.form_uid = "bench-housing"
        case.form_title = "Wohnraum"
        case.submission_language = "de"
        case.submitted = now - timedelta(minutes=rng.randint(0, 60 * 24 * 700))
        # a fifth of the cases on the first building: its page has a long list to batch
        case.building_uid = uids[0] if n % 5 == 0 else rng.choice(uids)
        case.submitted_values = [{"id": "description", "label": "Beschreibung", "value": "Schimmel"}]
        root._setObject(case.getId(), case)
        root[case.getId()].reindexObject()
        if (n + 1) % 1000 == 0:
            transaction.commit()
            print(f"{n + 1} cases", flush=True)
    transaction.commit()
    have_inspections = len(search(portal_type="Begehung"))
    for n in range(have_inspections, inspections):
        building = search(UID=uids[n % len(uids)])[0]._unrestrictedGetObject()
        add_to_building(building, "Begehung", start=now - timedelta(days=rng.randint(0, 700)))
        if (n + 1) % 1000 == 0:
            transaction.commit()
    transaction.commit()
    return uids


CLOCKS = {"cpu": time.process_time, "wall": time.perf_counter}
clock = CLOCKS["cpu"]  # this process's CPU time: steadier than wall time on a shared machine


def timed(function, rounds):
    function()  # once before: templates compiled, the objects it needs loaded
    times = []
    for _ in range(rounds):
        started = clock()
        function()
        times.append(clock() - started)
    return statistics.median(times)


def measure(site, uids, rounds):
    from AccessControl.SecurityManagement import newSecurityManager
    from weissenfels.portal.interfaces import IBrowserLayer
    from zope.interface import alsoProvides

    request = site.REQUEST
    alsoProvides(request, IBrowserLayer)
    user = site.acl_users.getUserById("sb-wohnraumkontrolle")
    newSecurityManager(request, user.__of__(site.acl_users))
    register = site["gebaeuderegister"]
    building = site.portal_catalog.unrestrictedSearchResults(UID=uids[0])[0]._unrestrictedGetObject()

    def register_list():
        request.form.clear()
        request.form.update({"state": "begehung_geplant", "street": "Merseburger Straße"})
        register.restrictedTraverse("@@view")()

    def building_page():
        request.form.clear()
        building.restrictedTraverse("@@view")()

    return {"list": timed(register_list, rounds), "building": timed(building_page, rounds)}


def submission(site, rounds):
    """Median time of a housing submission's storing with and without the linking subscriber,
    the two in turn: store_case and the commit (which indexes the case), as a submission's
    request ends. The cases stored here, and a flag they may have raised, are removed again."""
    from plone import api
    from weissenfels.portal.cases.action import store_case
    from weissenfels.portal.cases.events import ICaseStored
    from weissenfels.portal.content.vorgang import IVorgang
    from weissenfels.portal.register import linking
    from weissenfels.portal.register.structure import register_folder
    from zope.annotation.interfaces import IAnnotations
    from zope.component import getGlobalSiteManager

    import transaction

    form = site.unrestrictedTraverse(HOUSING_FORM)
    folder = site["vorgaenge"]["wohnraumkontrolle"]
    rows = [
        {"id": "street", "label": "Straße", "value": "Merseburger Straße"},
        {"id": "house_number", "label": "Hausnummer", "value": "3"},
        {"id": "postcode", "label": "Postleitzahl", "value": "06667"},
        {"id": "description", "label": "Beschreibung", "value": "Schimmel"},
    ]
    street_key = "merseburgerstr|3"
    flagged_before = linking.flagged_since(street_key)
    registry = getGlobalSiteManager()
    made, times = [], {True: [], False: []}

    def linking_on(on):
        if on:
            registry.registerHandler(linking.case_stored, (IVorgang, ICaseStored))
        else:
            registry.unregisterHandler(linking.case_stored, (IVorgang, ICaseStored))

    try:
        for n in range(2 * rounds + 2):
            on = n % 2 == 0
            linking_on(on)
            started = clock()
            case, _code = store_case(form, folder, rows, [], "de")
            transaction.commit()
            elapsed = clock() - started
            made.append(case.getId())
            if n >= 2:  # the first pair warms up
                times[on].append(elapsed)
    finally:
        linking_on(True)
        transaction.abort()
        with api.env.adopt_roles(["Manager"]):
            building = linking.buildings_for_keys(linking._search, f"06667|{street_key}", None)
            folder.manage_delObjects([i for i in made if i in folder])
            if flagged_before is None:
                IAnnotations(register_folder()).get(linking.FLAGS_KEY, {}).pop(street_key, None)
                for brain in building:
                    brain._unrestrictedGetObject().flagged_since = None
        transaction.commit()
    return statistics.median(times[True]), statistics.median(times[False])


def sizes(site):
    """(buildings, linked cases, inspections) as the catalog counts them."""
    search = site.portal_catalog.unrestrictedSearchResults
    uids = [b.UID for b in search(portal_type="Objekt")]
    return len(uids), len(search(portal_type="Vorgang", case_building=uids)), len(search(portal_type="Begehung"))


def busiest_building(site):
    """The UID of the building with most linked cases (from the index, no object)."""
    index = site.portal_catalog._catalog.indexes["case_building"]._index
    return max(index.keys(), key=lambda uid: 1 if isinstance(index[uid], int) else len(index[uid]))


def measure_only(site, rounds, with_submission):
    """One JSON line (RESULT {...}): the sizes and the medians, for register_compare.py."""
    from AccessControl.SecurityManagement import newSecurityManager
    from AccessControl.users import system as system_user

    import json

    newSecurityManager(None, system_user)
    buildings, cases, inspections = sizes(site)
    result = {"buildings": buildings, "cases": cases, "inspections": inspections}
    result.update(measure(site, [busiest_building(site)], rounds))
    if with_submission:
        newSecurityManager(None, system_user)
        result["submit_linking"], result["submit_without"] = submission(site, rounds)
    print("RESULT " + json.dumps(result), flush=True)
    return result


def main(app, argv):
    from AccessControl.SecurityManagement import newSecurityManager
    from AccessControl.users import system as system_user
    from Testing.makerequest import makerequest
    from zope.component.hooks import setSite

    parser = argparse.ArgumentParser()
    parser.add_argument("--small", default="100,1000,1000")
    parser.add_argument("--large", default="2000,100000,20000")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--clock", choices=sorted(CLOCKS), default="cpu")
    parser.add_argument("--fill", action="append", help="only fill, in stages: --fill 2000,25000,5000 --fill ...")
    parser.add_argument("--measure", action="store_true", help="only measure the site as it is (JSON line)")
    parser.add_argument("--submission", action="store_true", help="with --measure: also the submission")
    args = parser.parse_args(argv)
    global clock
    clock = CLOCKS[args.clock]
    app = makerequest(app)
    site = app[SITE]
    setSite(site)
    if args.fill or args.measure:
        for stage in args.fill or ():
            newSecurityManager(None, system_user)
            started = time.time()
            fill(site, *(int(x) for x in stage.split(",")))
            print(f"filled {stage} at {time.strftime('%H:%M:%S')} ({time.time() - started:.0f} s)", flush=True)
        if args.measure:
            measure_only(site, args.rounds, args.submission)
        return
    results = {}
    for label in ("small", "large"):
        buildings, cases, inspections = (int(x) for x in getattr(args, label).split(","))
        newSecurityManager(None, system_user)
        started = time.time()
        uids = fill(site, buildings, cases, inspections)
        print(
            f"{label}: filled {buildings} buildings, {cases} cases, {inspections} inspections "
            f"in {time.time() - started:.0f} s"
        )
        results[label] = measure(site, uids, args.rounds)
        print(f"{label}: " + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in results[label].items()), flush=True)
    for key in ("list", "building"):
        print(f"ratio {key} large/small: {results['large'][key] / results['small'][key]:.2f} (aim <= 1.5)")
    newSecurityManager(None, system_user)
    with_linking, without = submission(site, args.rounds)
    print(
        f"submission: {with_linking * 1000:.1f} ms with linking, {without * 1000:.1f} ms without, "
        f"+{(with_linking / without - 1) * 100:.1f} % (aim <= 10 %)"
    )


def script_arguments(argv):
    """The arguments after the script's name: zconsole leaves its own in sys.argv
    (`zconsole run <zope.conf> bench/register.py --small ...`)."""
    return argv[4:] if argv[1:2] == ["run"] else argv[1:]


if "app" in globals():  # under zconsole; imported (a dry run in the test layer) it only defines
    main(app, script_arguments(sys.argv))  # noqa: F821
