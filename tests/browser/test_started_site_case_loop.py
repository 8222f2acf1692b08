"""Issue 17's loop in Chromium on the site `make start` makes: a Bulgarian resident reports a
housing problem and asks to be contacted in Bulgarian; the Wohnraumkontrolle reads the report
in German, answers with a reply template after seeing the Bulgarian preview; the resident gets
the answer by mail in Bulgarian (real SMTP sink) and reads it through the personal status link.
"""

from browsing import login
from email.header import decode_header
from email.header import make_header
from smtp_sink import plain_text

import pytest
import re
import time


pytestmark = pytest.mark.slow

RESIDENT = "bg-resident-browser@example.org"  # its own: the mail tests share the site
TEMPLATE_TITLE = "Eingang bestätigt, Begehung geplant"


def body(message):
    return plain_text(message)  # the plain part of a resident's multipart mail


def test_bulgarian_report_answered_in_bulgarian(started_site, browser):
    base = started_site.url
    resident = browser.new_page()
    resident.goto(base + "/bg")
    # every page links to the status page, in the visitor's language
    assert resident.locator("a[href$='/bg/@@vorgang-status']").count() >= 1
    resident.goto(base + "/bg/wohnraumkontrolle/wohnraum-missstand-melden")
    opened = time.monotonic()
    resident.fill("#form-widgets-street", "Merseburger Straße")
    resident.fill("#form-widgets-house_number", "21")
    resident.check("#form-widgets-problems input[value='mould']")
    resident.fill("#form-widgets-description", "Мухъл в детската стая.")
    resident.fill("#form-widgets-email", RESIDENT)
    resident.check("#form-widgets-contact_by_email-0")
    resident.select_option("#form-widgets-preferred_language", "bg")
    resident.check("#form-widgets-privacy_consent-0")
    time.sleep(max(0, 5 - (time.monotonic() - opened)))  # the form's minimum fill time: a person
    resident.click("#form-buttons-submit")
    resident.wait_for_load_state("networkidle")
    reference = resident.locator("#case-reference").inner_text()
    assert re.fullmatch(r"WSF-\d{4}-\d{6}", reference)
    assert resident.locator("#case-status-code code").inner_text()

    (receipt,) = started_site.sink.mails_to(RESIDENT, 1)
    assert reference in body(receipt)
    assert re.search(r"https?://\S+\?t=\S+", body(receipt))  # a personal status link

    handler = browser.new_page()
    login(handler, base, "sb-wohnraumkontrolle", started_site.demo_password)
    handler.goto(base + "/vorgaenge/wohnraumkontrolle")
    handler.locator(f"#inbox a:text-is('{reference}')").click()
    handler.wait_for_load_state("networkidle")
    values = handler.locator("#case-values").inner_text()
    assert "Welche Probleme gibt es?" in values and "Schimmel / Feuchtigkeit" in values
    assert "Мухъл в детската стая." in values  # the resident's own words, as written
    assert "Мухъл / влага" not in values  # the option in German, not the resident's language
    handler.select_option("#case-reply-template", label=TEMPLATE_TITLE)
    handler.click("#case-reply-template-form button")
    handler.wait_for_load_state("networkidle")
    assert "Получихме Вашия сигнал" in handler.locator("#reply-preview-resident").inner_text()
    handler.click("#reply-send")
    handler.wait_for_load_state("networkidle")
    assert "Wir haben Ihre Meldung" in handler.locator("#case-replies").inner_text()

    _receipt, answered = started_site.sink.mails_to(RESIDENT, 2)
    assert str(make_header(decode_header(answered["Subject"]))).startswith("Отговор")
    assert f"Получихме Вашия сигнал {reference}" in body(answered)
    assert "Wir haben Ihre Meldung" not in body(answered)
    # the newest mail's personal link (each mail carries a fresh one)
    personal_link = re.search(r"https?://\S+\?t=\S+", body(answered)).group(0)

    browser.clear_cookies()
    resident.goto(personal_link)
    resident.wait_for_load_state("networkidle")
    assert f"Получихме Вашия сигнал {reference}" in resident.locator("#case-status-reply").inner_text()
