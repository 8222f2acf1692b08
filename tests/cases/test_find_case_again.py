"""Residents find their case again (issue 17): the status page from every language's pages,
the reference and code to save or print on the thank-you page."""

from case_forms import submit
from lxml import html
from urllib.parse import unquote

import pytest
import requests


STATUS_LABELS = {
    "de": "Status meiner Nachricht",
    "en": "Status of my message",
    "ro": "Stadiul mesajului meu",
    "pl": "Status mojej wiadomości",
    "bg": "Състояние на моето съобщение",
    "hu": "Üzenetem állapota",
    "ar": "حالة رسالتي",
    "uk": "Стан мого звернення",
}


PAGES = [(lang, "") for lang in sorted(STATUS_LABELS)] + [(lang, "/impressum") for lang in ("de",)]


@pytest.mark.parametrize("lang,page", PAGES)
def test_every_language_links_to_its_status_page(case_site, lang, page):
    url = f"{case_site.absolute_url()}/{lang}{page}"
    answer = requests.get(url, timeout=60)
    assert answer.status_code == 200
    links = html.fromstring(answer.text).xpath("//a[contains(@href, '@@vorgang-status')]")
    wanted = f"{case_site.absolute_url()}/{lang}/@@vorgang-status"
    assert [link.text_content().strip() for link in links if link.get("href") == wanted] == [STATUS_LABELS[lang]]


def test_thank_you_page_offers_the_codes_as_a_file(case_site):
    answers = {"name": "Ana Pop", "message": "Întrebare despre cursuri", "topic": "housing", "privacy_consent": True}
    response = submit(f"{case_site.absolute_url()}/ro/neustadtbuero/kontakt", answers)
    page = html.fromstring(response.text)
    reference = page.xpath("string(//*[@id='case-reference'])").strip()
    code = page.xpath("string(//*[@id='case-status-code'])").strip()
    assert reference.startswith("WSF-") and code
    (link,) = page.xpath("//a[@id='case-codes-file']")
    assert link.get("download") == f"{reference}.txt"
    href = link.get("href")
    assert href.startswith("data:text/plain;charset=utf-8,")
    saved = unquote(href.split(",", 1)[1])
    assert f"Număr de referință: {reference}" in saved
    assert f"Cod de stare: {code}" in saved
    assert f"{case_site.absolute_url()}/ro/@@vorgang-status" in saved


def test_privacy_notice_says_what_the_mails_contain(case_site):
    german = requests.get(f"{case_site.absolute_url()}/de/datenschutz", timeout=60).text
    assert "E-Mails an Sie" in german
    assert "nur einmal und höchstens 30 Tage" in german
    assert "nie mit internen Notizen des Teams" in german
    english = requests.get(f"{case_site.absolute_url()}/en/datenschutz", timeout=60).text
    assert "E-mails to you" in english and "never with the team's internal notes" in english
