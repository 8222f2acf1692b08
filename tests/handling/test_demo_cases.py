"""The demo-cases profile (applied by `make start` with demo content): a filled inbox, a
flagged building, a forwarded case and figures for the Steuerung on a fresh demo site."""

from datetime import datetime
from datetime import timedelta
from lxml import html
from plone import api
from weissenfels.portal.handling import journal
from weissenfels.portal.handling.figures import compute
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import re
import requests
import transaction


@pytest.fixture
def demo_cases_site(demo_functional_portal):
    demo_functional_portal.portal_setup.runAllImportStepsFromProfile("profile-weissenfels.portal:demo-cases")
    transaction.commit()
    return demo_functional_portal


def references(portal, unit_id):
    with api.env.adopt_roles(["Manager"]):
        return {
            case.reference: (api.content.get_state(case), case)
            for case in portal["vorgaenge"][unit_id].objectValues()
            if case.portal_type == "Vorgang"
        }


def inbox(portal, user, unit_id):
    """{reference: row text} of the inbox table, and the references listed as forwarded away."""
    response = requests.get(f"{portal.absolute_url()}/vorgaenge/{unit_id}", auth=(user, DEMO_PASSWORD), timeout=30)
    assert response.status_code == 200
    page = html.fromstring(response.text)
    rows = {
        row.get("data-reference"): row.text_content() for row in page.xpath("//table[@id='inbox']//tr[@data-reference]")
    }
    forwarded = {
        row.xpath("td[1]/text()")[0]: row.text_content() for row in page.xpath("//table[@id='inbox-forwarded']//tr")
    }
    return rows, forwarded


def test_cases_lie_with_their_teams_in_their_states(demo_cases_site):
    states = {
        unit: sorted(state for state, _ in references(demo_cases_site, unit).values())
        for unit in ("wohnraumkontrolle", "clearingstelle", "neustadtbuero", "schulteam", "sozialarbeit")
    }
    assert states == {
        "wohnraumkontrolle": ["eingegangen", "eingegangen", "erledigt", "in_bearbeitung"],
        "clearingstelle": ["eingegangen", "eingegangen", "erledigt"],
        "neustadtbuero": ["abgelehnt", "eingegangen"],
        "schulteam": ["in_bearbeitung"],
        "sozialarbeit": [],
    }


def test_handler_sees_own_cases_with_the_flagged_building(demo_cases_site):
    own = references(demo_cases_site, "wohnraumkontrolle")
    other = references(demo_cases_site, "clearingstelle")
    rows, _forwarded = inbox(demo_cases_site, "sb-wohnraumkontrolle", "wohnraumkontrolle")
    assert set(rows) == set(own) and not set(rows) & set(other)
    # Three residents, three spellings of Merseburger Straße 12 within 90 days.
    flagged = {reference for reference, text in rows.items() if "Begehung empfohlen" in text}
    assert flagged == {
        ref for ref, (_state, case) in own.items() if "merseburger" in str(case.submitted_values).lower()
    }
    assert len(flagged) == 3


def test_forwarded_case_is_with_the_clearingstelle_and_gone_from_the_first_team(demo_cases_site):
    clearing = references(demo_cases_site, "clearingstelle")
    (forwarded,) = [case for _state, case in clearing.values() if "Leipziger" in str(case.submitted_values)]
    history = forwarded.workflow_history["weissenfels_case_workflow"]
    assert [item.get("action") for item in history] == [None, "weiterleiten"]
    (entry,) = [e for e in journal.entries(forwarded) if e["kind"] == journal.FORWARDED]
    assert entry["time"] == history[-1]["time"].asdatetime().replace(tzinfo=None) < datetime.now() - timedelta(days=4)
    assert (entry["source_unit"], entry["target_unit"]) == ("wohnraumkontrolle", "clearingstelle")
    assert forwarded.reference in inbox(demo_cases_site, "sb-clearingstelle", "clearingstelle")[0]
    rows, forwarded_away = inbox(demo_cases_site, "sb-wohnraumkontrolle", "wohnraumkontrolle")
    assert forwarded.reference not in rows
    # The first team keeps a line: to whom, by whom (names, not ids), why.
    line = forwarded_away[forwarded.reference]
    assert "Clearingstelle" in line and "Sachbearbeitung Wohnraumkontrolle" in line and "sb-" not in line
    assert "kein Wohnraummangel" in line


def test_public_reply_and_history_are_dated_in_the_past(demo_cases_site):
    wohnraum = references(demo_cases_site, "wohnraumkontrolle")
    (closed,) = [case for state, case in wohnraum.values() if state == "erledigt"]
    history = closed.workflow_history["weissenfels_case_workflow"]
    times = [item["time"].asdatetime().replace(tzinfo=None) for item in history]
    assert times == sorted(times) and times[0] == closed.submitted
    assert closed.case_handler == "sb-wohnraumkontrolle"
    # The demo's handler replied two days and two hours after the submission (demo_cases.py):
    # after 22:00 that is three calendar days later.
    replied = closed.submitted + timedelta(days=2, hours=2)
    assert closed.public_reply.startswith(f"{replied:%d.%m.%Y}: Wir haben Ihre Meldung erhalten")


def test_figures_for_the_steuerung(demo_cases_site):
    figures = compute()
    assert figures["total"] == 10
    assert figures["unit"] == {
        "clearingstelle": 3,
        "neustadtbuero": 2,
        "schulteam": 1,
        "wohnraumkontrolle": 4,
        "sozialarbeit": 0,  # every unit appears, also with no case
    }
    assert figures["state"] == {"abgelehnt": 1, "eingegangen": 5, "erledigt": 2, "in_bearbeitung": 2}
    assert figures["overdue"] == {
        "clearingstelle": 1,
        "schulteam": 1,
        "wohnraumkontrolle": 1,
        "neustadtbuero": 0,
        "sozialarbeit": 0,
    }
    # A form and its translations are one form, under its German title.
    german = {
        unit: demo_cases_site["de"][unit][form].Title()
        for unit, form in (
            ("wohnraumkontrolle", "wohnraum-missstand-melden"),
            ("clearingstelle", "erstgespraech-anfragen"),
            ("neustadtbuero", "kontakt"),
            ("schulteam", "schulanmeldung-begleitung"),
        )
    }
    assert figures["form"] == {
        german["wohnraumkontrolle"]: 5,
        german["clearingstelle"]: 2,
        german["neustadtbuero"]: 2,
        german["schulteam"]: 1,
    }
    # First responses 26, 26, 26, 26 and 50 hours after the submission; closings 26, 290, 482.
    assert figures["median_first_response_hours"] == pytest.approx(26, abs=0.1)
    assert figures["median_closing_hours"] == pytest.approx(290, abs=0.1)


def test_controlling_page_names_forms_and_states_in_german(demo_cases_site):
    page = requests.get(
        f"{demo_cases_site.absolute_url()}/@@vorgaenge-kennzahlen",
        auth=("steuerung-stadt", DEMO_PASSWORD),
        headers={"Accept-Language": "de"},
        timeout=30,
    )
    assert page.status_code == 200
    tree = html.fromstring(page.text)
    text = tree.text_content()
    assert "Wohnraum-Missstand melden" in text and "Semnalați" not in text
    assert "In Bearbeitung" in text and "in_bearbeitung" not in text
    # No personal data on the page: no submitter, no reference.
    assert "Demo-Meldende" not in text and "WSF-" not in text


def test_handler_sees_the_photo_of_the_first_report(demo_cases_site):
    wohnraum = references(demo_cases_site, "wohnraumkontrolle")
    (closed,) = [case for state, case in wohnraum.values() if state == "erledigt"]
    page = requests.get(closed.absolute_url(), auth=("sb-wohnraumkontrolle", DEMO_PASSWORD), timeout=30)
    thumbnail = html.fromstring(page.text).xpath("//div[@id='case-thumbnails']//img")[0]
    assert thumbnail.get("alt") == "schimmel-schlafzimmer.jpg"
    image = requests.get(thumbnail.get("src"), auth=("sb-wohnraumkontrolle", DEMO_PASSWORD), timeout=30)
    assert image.status_code == 200 and image.headers["Content-Type"] == "image/jpeg"
    # Not for another team.
    refused = requests.get(thumbnail.get("src"), auth=("sb-schulteam", DEMO_PASSWORD), timeout=30)
    assert refused.url.endswith("/insufficient-privileges") and "image" not in refused.headers["Content-Type"]


def test_case_view_lists_the_other_cases_of_the_building_with_their_states(demo_cases_site):
    wohnraum = references(demo_cases_site, "wohnraumkontrolle")
    (closed,) = [case for state, case in wohnraum.values() if state == "erledigt"]
    page = requests.get(closed.absolute_url(), auth=("sb-wohnraumkontrolle", DEMO_PASSWORD), timeout=30)
    tree = html.fromstring(page.text)
    same = [li.text_content() for li in tree.xpath("//ul[@id='case-same-address']/li")]
    assert len(same) == 2
    assert any("In Bearbeitung" in text for text in same) and any("Eingegangen" in text for text in same)
    assert not any("in_bearbeitung" in text or "eingegangen," in text for text in same)
    # The public reply is shown once (in the handling panel), the empty note field not at all.
    assert page.text.count("Wir haben Ihre Meldung erhalten") == 1
    assert not tree.xpath("//*[@id='case-internal-note']")
    assert tree.xpath("//*[@id='case-language']")[0].text_content() == "Rumänisch, Română (ro)"


def test_form_filter_offers_each_form_once_and_finds_all_its_languages(demo_cases_site):
    url = f"{demo_cases_site.absolute_url()}/vorgaenge/wohnraumkontrolle"
    auth = ("sb-wohnraumkontrolle", DEMO_PASSWORD)
    page = html.fromstring(requests.get(url, auth=auth, timeout=30).text)
    options = {
        o.text_content(): o.get("value") for o in page.xpath("//select[@id='inbox-form']/option") if o.get("value")
    }
    housing = demo_cases_site["de"]["wohnraumkontrolle"]["wohnraum-missstand-melden"].Title()
    assert housing in options and not any("Semnalați" in title for title in options)
    filtered = html.fromstring(requests.get(url, params={"form": options[housing]}, auth=auth, timeout=30).text)
    languages = references(demo_cases_site, "wohnraumkontrolle")
    assert set(filtered.xpath("//table[@id='inbox']//tr/@data-reference")) == set(languages)  # de, ro, pl, bg
    # The form column, too, names the form in German.
    assert {td.text_content().strip() for td in filtered.xpath("//table[@id='inbox']//tr[@data-reference]/td[2]")} == {
        housing
    }


def test_case_view_shows_the_submission_time_in_german_conventions(demo_cases_site):
    wohnraum = references(demo_cases_site, "wohnraumkontrolle")
    (closed,) = [case for state, case in wohnraum.values() if state == "erledigt"]
    page = requests.get(closed.absolute_url(), auth=("sb-wohnraumkontrolle", DEMO_PASSWORD), timeout=30)
    shown = html.fromstring(page.text).xpath("//*[@id='case-submitted']")[0].text_content()
    assert shown == closed.submitted.strftime("%d.%m.%Y, %H:%M")
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4}, \d\d:\d\d", shown)
