"""The public status page: reference + code show state and public reply, nothing else."""

from case_forms import make_case
from plone import api

import pytest
import requests
import transaction


@pytest.fixture
def case(case_site):
    case = make_case(
        case_site,
        "neustadtbuero",
        text="Persönliche Angabe: Telefon 0151 000000",
        code="richtiger-code",
        public_reply="Wir melden uns in der nächsten Woche.",
        language="ro",
    )
    with api.env.adopt_user(username="sb-neustadtbuero"):
        api.content.transition(case, "bearbeiten")
    transaction.commit()
    return case


@pytest.mark.parametrize(
    "lang,state",
    [("ro", "În lucru"), ("de", "In Bearbeitung"), ("hu", "Folyamatban"), ("ar", "قيد المعالجة"), ("uk", "В обробці")],
)
def test_right_code_shows_state_and_reply(case_site, case, lang, state):
    response = requests.post(
        f"{case_site.absolute_url()}/{lang}/@@vorgang-status",
        data={"reference": case.reference.lower(), "code": "richtiger-code"},
        timeout=60,
    )
    assert response.status_code == 200
    assert f'id="case-status-state">{state}<' in response.text
    assert "Wir melden uns in der nächsten Woche." in response.text
    assert "0151" not in response.text and "Persönliche" not in response.text
    assert "no-store" in response.headers["Cache-Control"]
    assert "richtiger-code" not in response.text  # not even in the language selector's links


@pytest.mark.parametrize("code", ["falscher-code", ""])
def test_wrong_code_shows_nothing_and_says_so(case_site, case, code):
    response = requests.post(
        f"{case_site.absolute_url()}/de/@@vorgang-status", data={"reference": case.reference, "code": code}, timeout=60
    )
    assert response.status_code == 200
    assert 'id="case-status-not-found"' in response.text
    assert "Zu diesem Aktenzeichen und Statuscode gibt es keine Nachricht" in response.text
    assert "Wir melden uns" not in response.text
    assert "case-status-state" not in response.text


def test_unknown_reference_answers_like_a_wrong_code(case_site, case):
    response = requests.post(
        f"{case_site.absolute_url()}/en/@@vorgang-status",
        data={"reference": "WSF-1999-000001", "code": "richtiger-code"},
        timeout=60,
    )
    assert "No message matches this reference number and status code" in response.text


TITLES = {
    "de": "Stand Ihrer Nachricht",
    "en": "Status of your message",
    "ro": "Stadiul mesajului dumneavoastră",
    "ar": "حالة رسالتك",
    "uk": "Стан вашого звернення",
}


def test_status_page_in_every_language_root(case_site):
    for lang in ("de", "en", "ro", "pl", "bg", "hu", "ar", "uk"):
        response = requests.get(f"{case_site.absolute_url()}/{lang}/@@vorgang-status", timeout=60)
        assert response.status_code == 200
        if lang in TITLES:
            assert TITLES[lang] in response.text, lang


@pytest.mark.parametrize("lang,words", [("de", "Zu viele falsche"), ("en", "Too many wrong"), ("ro", "Prea multe")])
def test_guessing_codes_is_limited_per_client(case_site, case, lang, words):
    """About 990 code checks a minute from one client were possible: after 10 failed checks
    in 10 minutes the client must wait, even with the right code; told in the page's language."""
    url = f"{case_site.absolute_url()}/{lang}/@@vorgang-status"
    for attempt in range(10):
        wrong = requests.post(url, data={"reference": case.reference, "code": f"falsch-{attempt}"}, timeout=60)
        assert wrong.status_code == 200
        assert 'id="case-status-not-found"' in wrong.text
    refused = requests.post(url, data={"reference": case.reference, "code": "richtiger-code"}, timeout=60)
    assert refused.status_code == 429
    assert "Retry-After" in refused.headers
    assert 'id="case-status-limited"' in refused.text and words in refused.text
    assert "Wir melden uns" not in refused.text
