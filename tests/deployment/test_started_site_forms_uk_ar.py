"""Issue 18 on the site `make start` makes (the shared `started_site`): a Ukrainian and an
Arabic resident report a housing problem on the form in their language; the team reads the
case in German, the receipt reaches the real SMTP sink in the resident's language, and the
Arabic form with errors is right to left."""

from case_forms import HOUSING_REQUIRED_ANSWERS
from case_forms import submit
from lxml import html
from test_started_site_mails import subject
from test_started_site_mails import text

import pytest
import requests


pytestmark = pytest.mark.slow

FORM = "wohnraumkontrolle/wohnraum-missstand-melden"
# The resident's words, the receipt's subject and a phrase of its body, in their language.
RESIDENTS = {
    "uk": ("Пліснява у ванній кімнаті", "Ваше повідомлення", "Ваш номер звернення"),
    "ar": ("عفن في الحمّام", "رسالتك", "رقمك المرجعي"),
}


@pytest.mark.parametrize("lang", sorted(RESIDENTS))
def test_report_in_ukrainian_or_arabic_on_the_started_site(started_site, lang):
    description, receipt_subject, receipt_phrase = RESIDENTS[lang]
    address = f"forms18-{lang}@example.org"
    values = dict(HOUSING_REQUIRED_ANSWERS, problems=["mould"], description=description, email=address)
    response = submit(f"{started_site.url}/{lang}/{FORM}", values, fill_seconds=5, timeout=60)
    assert response.status_code == 200
    page = html.fromstring(response.text)
    assert page.get("dir") == ("rtl" if lang == "ar" else "ltr")
    reference = page.xpath("string(//*[@id='case-reference'])").strip()
    assert reference.startswith("WSF-"), response.text[:2000]

    # The team reads German: the German form's labels and option titles, the resident's words as written.
    case = requests.get(
        f"{started_site.url}/vorgaenge/wohnraumkontrolle/{reference.lower()}",
        auth=("sb-wohnraumkontrolle", started_site.demo_password),
        timeout=60,
    )
    assert case.status_code == 200
    values_table = html.fromstring(case.text).xpath("string(//table[@id='case-values'])")
    assert "Welche Probleme gibt es?" in values_table and "Schimmel / Feuchtigkeit" in values_table
    assert description in values_table

    (receipt,) = started_site.sink.mails_to(address, count=1)
    assert subject(receipt).startswith(receipt_subject) and reference in subject(receipt)
    assert receipt_phrase in text(receipt)
    assert f"{started_site.url}/{lang}/@@vorgang-status" in text(receipt)


def test_arabic_form_with_errors_is_right_to_left_on_the_started_site(started_site):
    response = submit(f"{started_site.url}/ar/{FORM}", {"street": "Langendorfer Straße"}, fill_seconds=5, timeout=60)
    assert response.status_code == 200 and "WSF-" not in response.text
    page = html.fromstring(response.text)
    assert (page.get("lang"), page.get("dir")) == ("ar", "rtl")
    (form_part,) = page.find_class("wsf-form-language")
    assert (form_part.get("lang"), form_part.get("dir")) == ("ar", "rtl") and form_part.xpath(".//form")
    error = page.xpath("string(//*[@id='formfield-form-widgets-description']//*[@class='invalid-feedback'])")
    assert error == "هذا الحقل مطلوب."
