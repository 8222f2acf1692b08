"""Retention (DSGVO): exactly the cases past the period are anonymised, the figures stay;
a handler deletes a case's personal data on request, which the history records."""

from AccessControl import Unauthorized
from case_forms import make_case
from datetime import datetime
from datetime import timedelta
from handling_helpers import run
from plone import api
from plone.app.testing import login
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from plone.namedfile.file import NamedBlobFile
from weissenfels.portal.handling import journal
from weissenfels.portal.handling.figures import compute
from weissenfels.portal.handling.retention import anonymise
from weissenfels.portal.handling.retention import IRetentionSettings
from weissenfels.portal.handling.retention import run_retention

import pytest


NOW = datetime.now()
PERSONAL = [
    ("name", "Erika Mustermann"),
    ("email", "erika@example.org"),
    ("street", "Marktplatz"),
    ("house_number", "1"),
]


def closed_case(portal, state, days_ago):
    case = make_case(
        portal,
        "wohnraumkontrolle",
        "Schimmel in Wohnung 3",
        submitted=NOW - timedelta(days=days_ago + 5),
        extra=PERSONAL,
        attachments=[NamedBlobFile(data=b"%PDF-1.4 test", contentType="application/pdf", filename="a.pdf")],
        contact_email="erika@example.org",  # she agreed to mail (issue 17)
    )
    journal.add_note(case, "Vermieterin bekannt")
    journal.add_reply(case, "Danke, Frau Mustermann")
    transitions = {
        "erledigt": ("bearbeiten", "erledigen"),
        "abgelehnt": ("ablehnen",),
        "in_bearbeitung": ("bearbeiten",),
    }[state]
    when = NOW - timedelta(days=days_ago)
    run(case, *transitions, comment="Rückruf bei Erika", at=[when] * len(transitions))
    return case


@pytest.fixture
def cases(demo_portal):
    return {
        "old_done": closed_case(demo_portal, "erledigt", 200),
        "old_rejected": closed_case(demo_portal, "abgelehnt", 181),
        "recent_done": closed_case(demo_portal, "erledigt", 179),
        "old_open": closed_case(demo_portal, "in_bearbeitung", 300),
    }


def is_anonymised(case):
    texts = [row["value"] for row in case.submitted_values] + [
        e["text"] for e in journal.entries(case) if e["kind"] not in (journal.ANONYMISED, journal.ERASED)
    ]
    return (
        not any(texts)
        and case.attachments == []
        and case.public_reply == ""
        and not getattr(case, "contact_email", None)
        and not any(i.get("comments") for i in case.workflow_history["weissenfels_case_workflow"])
    )


def test_default_period_is_180_days(demo_portal):
    assert api.portal.get_registry_record("retention_days", interface=IRetentionSettings) == 180


def test_retention_anonymises_exactly_the_cases_past_the_period(demo_portal, cases):
    before = compute()
    done = run_retention()
    assert sorted(done) == sorted([cases["old_done"].reference, cases["old_rejected"].reference])
    for name, case in cases.items():
        assert is_anonymised(case) == (name in ("old_done", "old_rejected")), name
    old = cases["old_done"]
    assert old.reference and old.form_title and old.submitted  # what the figures need stays
    assert journal.entries(old)[-1]["kind"] == journal.ANONYMISED
    assert compute() == before
    catalog = api.portal.get_tool("portal_catalog")
    found = {b.case_reference for b in catalog.unrestrictedSearchResults(SearchableText="Mustermann")}
    assert found == {cases["recent_done"].reference, cases["old_open"].reference}
    brain = catalog.unrestrictedSearchResults(case_reference=old.reference)[0]
    assert brain.case_address_key is None
    assert run_retention() == []  # nothing twice


def test_the_period_is_configurable(demo_portal, cases):
    api.portal.set_registry_record("retention_days", 365, interface=IRetentionSettings)
    assert run_retention() == []
    api.portal.set_registry_record("retention_days", 10, interface=IRetentionSettings)
    assert len(run_retention()) == 3
    assert not is_anonymised(cases["old_open"])


def test_handler_erases_on_request_and_history_says_so(demo_portal, cases):
    case = cases["old_open"]
    login(demo_portal, "sb-wohnraumkontrolle")
    anonymise(case, kind=journal.ERASED, reason="Antrag per E-Mail vom 3. März")
    assert is_anonymised(case)
    last = journal.entries(case)[-1]
    assert (last["kind"], last["author"], last["text"]) == (
        journal.ERASED,
        "sb-wohnraumkontrolle",
        "Antrag per E-Mail vom 3. März",
    )
    history = case.restrictedTraverse("@@case-handling-panel").history()
    assert any(h["kind"] == journal.ERASED and "Antrag per E-Mail" in h["text"] for h in history)
    assert api.content.get_state(case) == "in_bearbeitung"


def test_control_panel_for_administrators_only(demo_portal):
    setRoles(demo_portal, TEST_USER_ID, ["Manager"])
    login(demo_portal, TEST_USER_NAME)
    page = demo_portal.restrictedTraverse("@@weissenfels-retention-settings")()
    assert "form.widgets.retention_days" in page
    login(demo_portal, "sb-wohnraumkontrolle")
    with pytest.raises(Unauthorized):
        demo_portal.restrictedTraverse("@@weissenfels-retention-settings")


def test_control_panel_is_listed(demo_portal):
    ids = [a.getId() for a in api.portal.get_tool("portal_controlpanel").listActions()]
    assert "weissenfels-retention-settings" in ids
