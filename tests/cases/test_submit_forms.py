"""Each demo form, submitted anonymously through the real form over HTTP, becomes a case."""

from case_forms import cases_in
from case_forms import HOUSING_ANSWERS
from case_forms import open_form
from case_forms import submit
from case_forms import without_translations
from example_content import forms
from plone import api
from weissenfels.portal.cases.status import status_code_matches

import pytest
import re
import requests


ANSWERS = {
    "wohnraum-missstand-melden": HOUSING_ANSWERS,
    "erstgespraech-anfragen": {
        "name": "Testperson",
        "country": "RO",
        "arrival_date": "2026-09-01",
        "languages": "Rumänisch, etwas Englisch",
        "interpreter": "yes",
        "preferred_times": "vormittags",
        "privacy_consent": True,
    },
    "kontakt": {"topic": "work", "message": "Ich suche Arbeit.", "privacy_consent": True},
    "schulanmeldung-begleitung": {
        "child_age": "7",
        "concern": "registration",
        "name": "Elternteil",
        "privacy_consent": True,
    },
}

EXPECTED = {
    "wohnraum-missstand-melden": {
        "problems": "Schimmel / Feuchtigkeit, Keine Heizung",
        "children": "Ja",
        "postcode": "06667",
        "people_count": "9",
    },
    "erstgespraech-anfragen": {"country": "Rumänien", "arrival_date": "01.09.2026", "interpreter": "Ja"},
    "kontakt": {"topic": "Arbeit", "message": "Ich suche Arbeit."},
    "schulanmeldung-begleitung": {"concern": "Schulanmeldung", "child_age": "7"},
}


@pytest.mark.parametrize("spec", forms(), ids=lambda s: s["id"])
def test_demo_form_becomes_case(case_site, spec):
    url = f"{case_site.absolute_url()}/de/{spec['unit']}/{spec['id']}"
    response = submit(url, ANSWERS[spec["id"]])
    assert response.status_code == 200
    reference = re.search(r'id="case-reference">(WSF-\d{4}-\d{6})<', response.text).group(1)
    code = re.search(r'id="case-status-code"><code>([^<]+)<', response.text).group(1)

    cases = cases_in(case_site, spec["unit"])
    assert [c.reference for c in cases] == [reference]
    case = cases[0]
    assert api.content.get_state(case) == "eingegangen"
    assert case.submission_language == "de"
    assert case.form_title == case_site["de"][spec["unit"]][spec["id"]].Title()
    assert status_code_matches(code, case.status_code_hash)
    assert code not in repr(case.__dict__)  # only the hash is stored
    values = {row["id"]: row["value"] for row in case.submitted_values}
    # every field of the form, in form order, with its German label
    assert [row["id"] for row in case.submitted_values] == [f["id"] for f in spec["fields"]]
    assert all(row["label"] for row in case.submitted_values)
    for field_id, text in EXPECTED[spec["id"]].items():
        assert values[field_id] == text
    assert values["privacy_consent"] == "Ja"


def test_submission_in_romanian_is_stored_with_language_and_labels(case_site):
    url = f"{case_site.absolute_url()}/ro/neustadtbuero/kontakt"
    response = submit(url, ANSWERS["kontakt"])
    assert "WSF-" in response.text
    (case,) = cases_in(case_site, "neustadtbuero")
    assert case.submission_language == "ro"
    rows = {row["id"]: row for row in case.submitted_values}
    # The team's view in German, the resident's as they saw it, the option by its token.
    assert (rows["topic"]["label"], rows["topic"]["value"]) == ("Thema", "Arbeit")
    assert (rows["topic"]["resident_label"], rows["topic"]["resident_value"]) == ("Subiect", "Muncă")
    assert rows["topic"]["tokens"] == ["work"]


NOTICE_AR = "لم تُترجم هذه الصفحة إلى لغتك بعد"


def test_visitor_sent_to_the_german_form_keeps_the_notice_after_sending(case_site):
    """A resident who asked for Arabic reads the German form with a notice in Arabic; the page
    that answers the sending (the form with errors, then the thank-you page) still has it."""
    without_translations(case_site, "ar")  # a form not translated into Arabic (yet)
    url = f"{case_site.absolute_url()}/de/wohnraumkontrolle/wohnraum-missstand-melden?untranslated=ar"
    incomplete = submit(url, {**HOUSING_ANSWERS, "description": ""})
    assert incomplete.status_code == 200
    assert "WSF-" not in incomplete.text and 'id="wsf-untranslated-notice"' in incomplete.text
    assert NOTICE_AR in incomplete.text
    assert cases_in(case_site, "wohnraumkontrolle") == []

    sent = submit(url, HOUSING_ANSWERS)
    assert re.search(r'id="case-reference">WSF-\d{4}-\d{6}<', sent.text)
    assert NOTICE_AR in sent.text
    # The answers are not copied into the page's links; only the language wish is.
    assert "Merseburger" not in sent.text.split('id="portal-languageselector"')[1].split("</ul>")[0]


def test_unknown_language_wish_is_not_carried_into_the_form_action(case_site):
    url = f"{case_site.absolute_url()}/de/wohnraumkontrolle/wohnraum-missstand-melden?untranslated=xx"
    action, _controls, page = open_form(requests.Session(), url)
    assert "untranslated" not in action and "wsf-untranslated-notice" not in page
