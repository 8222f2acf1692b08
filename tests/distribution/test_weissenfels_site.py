"""The Weißenfels site that `make start` creates through the distribution is the site it
created before (expected_weissenfels.json: the fingerprint of a site made by create_site.py
before the distribution, with tests/distribution/site_fingerprint.py): units, pages and forms
in every language with their fields, actions and workflow states, translation links,
groups, demo users, the intranet and the ten demo cases with their journals. One difference
is intended: the forms belong to the Redaktion's demo user (they had no owner before)."""

from pathlib import Path

import json
import pytest


EXPECTED = json.loads((Path(__file__).parent / "expected_weissenfels.json").read_text())


@pytest.mark.slow
@pytest.mark.parametrize("part", sorted(EXPECTED))
def test_the_started_site_is_the_site_make_start_gave_before(started_site, part):
    assert started_site.fingerprint[part] == EXPECTED[part]


@pytest.mark.slow
def test_the_started_site_was_made_by_the_distribution(started_site):
    import requests

    sites = requests.get(
        started_site.url.rsplit("/", 1)[0] + "/@sites",
        auth=("admin", started_site.admin_password),
        headers={"Accept": "application/json"},
        timeout=30,
    ).json()
    assert {"id": "weissenfels", "distribution": "weissenfels"}.items() <= sites["sites"][0].items()


@pytest.mark.slow
def test_making_the_site_logs_no_error(started_site):
    """What `make start` prints while it makes the site: no tracebacks for the fields of the
    import's first pass that name content imported later (the second pass applies them, and
    the fingerprint above shows they are there)."""
    assert "ERROR" not in started_site.creation_log and "Traceback" not in started_site.creation_log
