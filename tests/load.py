"""Concurrent housing-grievance submissions over HTTP: the load of bench/run.py and the fault test.

Each submission fetches the form and sends it with one photo, as a phone does. The result
lists the references the portal answered with; every one of them must be stored.
"""

from case_forms import HOUSING_ANSWERS
from case_forms import submit
from concurrent.futures import as_completed
from concurrent.futures import ThreadPoolExecutor
from site_client import origin_of

import io
import re
import requests
import time


HOUSING_FORM = "/de/wohnraumkontrolle/wohnraum-missstand-melden"
REFERENCE = re.compile(r'id="case-reference">(WSF-\d{4}-\d{6})<')
CASE_SETTINGS = "weissenfels.portal.cases.settings.ICaseSettings"


def photo():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (120, 90, 60)).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def open_the_gates(site, admin):
    """No minimum fill time and no per-client rate limit: the load comes from one address."""
    response = requests.patch(
        site + "/@registry",
        json={f"{CASE_SETTINGS}.min_fill_seconds": 0, f"{CASE_SETTINGS}.rate_limit_count": 1_000_000},
        auth=admin,
        headers={"Accept": "application/json", "Origin": origin_of(site)},  # as a page of the site
        timeout=30,
    )
    response.raise_for_status()


def submit_housing_grievance(site, image, n):
    """One submission; returns its reference, or None when it failed (any error, any status)."""
    try:
        response = submit(
            site + HOUSING_FORM,
            {**HOUSING_ANSWERS, "description": f"Meldung {n}: Schimmel, keine Heizung."},
            files={"photo_1": ("wand.jpg", image, "image/jpeg")},
            timeout=60,
        )
    except (requests.RequestException, AssertionError):  # no answer, or the form did not open
        return None
    match = REFERENCE.search(response.text) if response.status_code == 200 else None
    return match.group(1) if match else None


def submission_stream(site, count, clients=8, on_done=None):
    """count submissions by `clients` concurrent clients; returns (references, failures, seconds).

    on_done(done) is called with the number of finished submissions each time one finishes.
    """
    image = photo()
    started = time.monotonic()
    results = []
    with ThreadPoolExecutor(max_workers=clients) as pool:
        futures = [pool.submit(submit_housing_grievance, site, image, n) for n in range(count)]
        for future in as_completed(futures):
            results.append(future.result())
            if on_done:
                on_done(len(results))
    seconds = time.monotonic() - started
    references = [r for r in results if r]
    return references, len(results) - len(references), seconds


def stored_references(site, admin):
    """References of every case in the portal, asked as admin through the REST API."""
    references, url = [], site + "/@search?portal_type=Vorgang&metadata_fields=case_reference&b_size=500"
    while url:
        page = requests.get(url, auth=admin, headers={"Accept": "application/json"}, timeout=60).json()
        references += [item["case_reference"] for item in page["items"]]
        url = page.get("batching", {}).get("next")
    return references
