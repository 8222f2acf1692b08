"""The case inbox: exactly the cases the user may see, filters, search, batching."""

from AccessControl import Unauthorized
from case_forms import make_case
from datetime import datetime
from datetime import timedelta
from handling_helpers import add_user
from plone import api
from plone.app.testing import login

import pytest


def inbox(context, **form):
    view = context.restrictedTraverse("@@vorgaenge-inbox")
    view.request.form.clear()
    view.request.form.update(form)
    html = view()
    return view, [row["reference"] for row in view.rows()], html


@pytest.fixture
def cases(demo_portal):
    now = datetime.now()
    wohnraum = [
        make_case(
            demo_portal,
            "wohnraumkontrolle",
            text="Schimmel im Bad",
            submitted=now - timedelta(days=20),
            form_uid="uid-wohnraum",
            form_title="Wohnraum-Missstand melden",
        ),
        make_case(
            demo_portal,
            "wohnraumkontrolle",
            text="Keine Heizung seit Oktober",
            submitted=now - timedelta(days=2),
            form_uid="uid-wohnraum",
            form_title="Wohnraum-Missstand melden",
        ),
    ]
    clearing = [
        make_case(
            demo_portal,
            "clearingstelle",
            text="Frage zur Anmeldung",
            submitted=now - timedelta(days=5),
            form_uid="uid-frage",
            form_title="Frage stellen",
        )
    ]
    add_user("sb-zwei-teams", ["team-wohnraumkontrolle", "team-clearingstelle"])
    return {"wohnraum": wohnraum, "clearing": clearing}


@pytest.mark.parametrize(
    "user,expected",
    [
        ("sb-wohnraumkontrolle", ["wohnraum"]),
        ("sb-clearingstelle", ["clearing"]),
        ("sb-zwei-teams", ["wohnraum", "clearing"]),
        ("sb-schulteam", []),
    ],
)
def test_inbox_across_units_shows_exactly_what_the_user_may_see(demo_portal, cases, user, expected):
    login(demo_portal, user)
    _view, refs, _html = inbox(demo_portal["vorgaenge"])
    wanted = [c for group in expected for c in cases[group]]
    # newest first
    assert refs == [c.reference for c in sorted(wanted, key=lambda c: c.submitted, reverse=True)]


def test_unit_inbox_shows_that_unit_only(demo_portal, cases):
    login(demo_portal, "sb-zwei-teams")
    _view, refs, html = inbox(demo_portal["vorgaenge"]["clearingstelle"])
    assert refs == [cases["clearing"][0].reference]
    assert "Frage zur Anmeldung" in html  # the excerpt
    assert "Schimmel" not in html


@pytest.mark.parametrize("user", ["sb-clearingstelle", "redakteurin", "steuerung-stadt"])
def test_other_teams_cannot_open_a_unit_inbox(demo_portal, cases, user):
    login(demo_portal, user)
    with pytest.raises(Unauthorized):
        demo_portal.restrictedTraverse("vorgaenge/wohnraumkontrolle/@@vorgaenge-inbox")


def test_filters(demo_portal, cases):
    old, new = cases["wohnraum"]
    login(demo_portal, "sb-zwei-teams")
    root = demo_portal["vorgaenge"]
    api.content.transition(old, "bearbeiten")
    from weissenfels.portal.handling import journal

    journal.assign(new, "sb-wohnraumkontrolle")
    assert inbox(root, state="in_bearbeitung")[1] == [old.reference]
    assert inbox(root, form="uid-frage")[1] == [cases["clearing"][0].reference]
    assert inbox(root, handler="sb-wohnraumkontrolle")[1] == [new.reference]
    assert inbox(root, handler="-")[1] == [cases["clearing"][0].reference, old.reference]
    today = datetime.now().date()
    assert inbox(root, date_from=(today - timedelta(days=3)).isoformat())[1] == [new.reference]
    assert inbox(root, date_to=(today - timedelta(days=10)).isoformat())[1] == [old.reference]
    assert inbox(
        root, date_from=(today - timedelta(days=6)).isoformat(), date_to=(today - timedelta(days=4)).isoformat()
    )[1] == [cases["clearing"][0].reference]
    assert inbox(root, text="Heizung")[1] == [new.reference]
    assert inbox(root, text="Heizung", state="eingegangen", form="uid-wohnraum")[1] == [new.reference]
    assert inbox(root, text="Heizung", state="in_bearbeitung")[1] == []


def test_bad_date_is_reported_not_fatal(demo_portal, cases):
    login(demo_portal, "sb-wohnraumkontrolle")
    view, refs, html = inbox(demo_portal["vorgaenge"], date_from="gestern")
    assert view.error is not None
    assert 'id="inbox-error"' in html
    assert len(refs) == 2


def test_batching(demo_portal):
    now = datetime.now()
    made = [
        make_case(demo_portal, "schulteam", text=f"Fall {i}", submitted=now - timedelta(hours=i)) for i in range(33)
    ]
    login(demo_portal, "sb-schulteam")
    folder = demo_portal["vorgaenge"]["schulteam"]
    view, first, html = inbox(folder)
    assert first == [c.reference for c in made[:30]]
    assert view.results.sequence_length == 33
    assert 'rel="next"' in html
    _view, second, html2 = inbox(folder, b_start="30")
    assert second == [c.reference for c in made[30:]]
    assert 'rel="prev"' in html2


def test_listing_reads_the_catalog_only(demo_portal, cases):
    """Every column of the listing comes from catalog metadata."""
    login(demo_portal, "sb-wohnraumkontrolle")
    view, _refs, _html = inbox(demo_portal["vorgaenge"])
    brain = view.results[0]
    for column in (
        "case_reference",
        "case_form_title",
        "review_state",
        "case_submitted",
        "case_handler",
        "case_excerpt",
        "case_address_key",
        "case_unit",
    ):
        assert column in brain.__record_schema__
    assert brain.case_excerpt == "Keine Heizung seit Oktober"
