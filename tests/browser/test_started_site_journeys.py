"""Issue 17's remaining journeys in Chromium on the site `make start` makes (tests/started_site.py),
grouped in three so the browser group stays short:

1. residents: the status link on every language root; a Romanian resident's required checkbox
   group refused with the error shown, then the report with a photo; a Ukrainian resident on the
   Ukrainian form the finder offers; the team answers both with a reply template; each reads it on
   the status page in their language (and gets it by mail, HTML in their language);
2. the team and privacy: an internal note, forwarding → the receiving team's mail, the note
   hidden from the new team; the administrator's data-subject export ZIP (JSON, photo, summary);
3. staff and the town: the footer contact form → mail; a Gruppenbericht submitted → the
   Steuerung's mail; a field-editor save keeps the options' order; the figures page at 1280 px
   with its charts beside, not under, the portlet column an administrator adds (screenshot,
   docs/screenshots/kennzahlen-started-site-1280.png, and element boxes).

Each journey has its own resident addresses: the started-site mail tests count mails per address.
"""

from browsing import login
from email.header import decode_header
from email.header import make_header
from io import BytesIO
from lxml import html
from pathlib import Path
from PIL import Image
from smtp_sink import html_text
from smtp_sink import plain_text
from started_site import MAIL_FROM

import example_content
import json
import pytest
import re
import time
import zipfile


pytestmark = pytest.mark.slow

LANGUAGES = ("de", "en", "ro", "pl", "bg", "hu", "ar", "uk")
HOUSING_FORM = "wohnraumkontrolle/wohnraum-missstand-melden"
PROBLEMS = [token for token, _titles in example_content.form_texts("wohnraum-missstand-melden")["problems"]["options"]]
CALL_US = "Bitte um Anruf für einen Termin"  # a demo reply template (setuphandlers/demo_reply_templates.py)
RO_RESIDENT = "ro-resident-journey@example.org"
UK_RESIDENT = "uk-resident-journey@example.org"
MIN_FILL_SECONDS = 5  # the forms' minimum fill time on the started site (cases/settings.py)
SCREENSHOT = Path(__file__).parents[2] / "docs" / "screenshots" / "kennzahlen-started-site-1280.png"


def subject(message):
    return str(make_header(decode_header(message["Subject"])))


def photo():
    buffer = BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 60)).save(buffer, "JPEG")
    return {"name": "mucegai.jpg", "mimeType": "image/jpeg", "buffer": buffer.getvalue()}


def fill_housing_form(page, description, email, contact_language):
    page.fill("#form-widgets-street", "Merseburger Straße")
    page.fill("#form-widgets-house_number", "40")
    page.fill("#form-widgets-description", description)
    page.fill("#form-widgets-email", email)
    page.check("#form-widgets-contact_by_email-0")
    page.select_option("#form-widgets-preferred_language", contact_language)
    page.check("#form-widgets-privacy_consent-0")


def send(page, opened):
    time.sleep(max(0, MIN_FILL_SECONDS - (time.monotonic() - opened)))  # a person takes a moment
    page.click("#form-buttons-submit")
    page.wait_for_load_state("networkidle")


def thanks(page):
    reference = page.locator("#case-reference").inner_text()
    assert re.fullmatch(r"WSF-\d{4}-\d{6}", reference)
    return reference, page.locator("#case-status-code code").inner_text()


def open_case(page, base, unit, reference):
    page.goto(f"{base}/vorgaenge/{unit}")
    page.locator(f"#inbox a:text-is('{reference}')").click()
    page.wait_for_load_state("networkidle")


def answer_with_template(page, title):
    page.select_option("#case-reply-template", label=title)
    page.click("#case-reply-template-form button")
    page.wait_for_load_state("networkidle")
    resident_version = page.locator("#reply-preview-resident").inner_text()
    page.click("#reply-send")
    page.wait_for_load_state("networkidle")
    return resident_version


def read_status(page, base, lang, reference, code):
    page.goto(f"{base}/{lang}/@@vorgang-status")
    page.fill("#case-reference", reference)
    page.fill("#case-code", code)
    page.click("form[action$='@@vorgang-status'] button[type=submit]")
    page.wait_for_load_state("networkidle")
    return page.locator("#case-status-reply").inner_text()


def test_romanian_and_ukrainian_residents_read_the_teams_template_reply(started_site, browser):
    base = started_site.url
    resident = browser.new_page()
    for lang in LANGUAGES:  # every language root links to its status page
        resident.goto(f"{base}/{lang}")
        assert resident.locator(f"a[href='{base}/{lang}/@@vorgang-status']").count() >= 1, lang

    # Romanian: the form's own language; nothing ticked in the required group is refused
    resident.goto(f"{base}/ro/{HOUSING_FORM}")
    opened = time.monotonic()
    fill_housing_form(resident, "Mucegai în camera copiilor.", RO_RESIDENT, "ro")
    resident.set_input_files("#form-widgets-photo_1-input", photo())
    send(resident, opened)
    assert resident.locator("#case-reference").count() == 0
    error = resident.locator("#formfield-form-widgets-problems .invalid-feedback")
    assert error.is_visible() and error.inner_text().strip() == "Acest câmp este obligatoriu."
    assert resident.locator("#form-widgets-street").input_value() == "Merseburger Straße"  # typed text kept
    resident.check("#form-widgets-problems input[value='mould']")
    resident.set_input_files("#form-widgets-photo_1-input", photo())  # uploads are asked for again
    send(resident, time.monotonic() - MIN_FILL_SECONDS)
    ro_reference, ro_code = thanks(resident)

    # Ukrainian: the finder offers the Ukrainian housing form
    resident.goto(f"{base}/uk/wer-hilft-mir")
    resident.locator(".wsf-finder a[href*='situation=housing']").first.click()
    resident.wait_for_load_state("networkidle")
    resident.click("#finder-answer a.wsf-finder-action")
    resident.wait_for_load_state("networkidle")
    assert f"/uk/{HOUSING_FORM}" in resident.url and "untranslated" not in resident.url
    opened = time.monotonic()
    fill_housing_form(resident, "Пліснява на кухні.", UK_RESIDENT, "uk")
    resident.check("#form-widgets-problems input[value='overcrowding']")
    send(resident, opened)
    uk_reference, uk_code = thanks(resident)

    handler = browser.new_page()
    login(handler, base, "sb-wohnraumkontrolle", started_site.demo_password)
    for reference, phrase in ((ro_reference, "Vă rugăm să ne sunați"), (uk_reference, "зателефонуйте нам")):
        open_case(handler, base, "wohnraumkontrolle", reference)
        assert phrase in answer_with_template(handler, CALL_US)  # the preview in the resident's language
        assert "Bitte rufen Sie uns an" in handler.locator("#case-replies").inner_text()  # German for the team

    browser.clear_cookies()
    romanian = read_status(resident, base, "ro", ro_reference, ro_code)
    assert "Vă rugăm să ne sunați" in romanian and ro_reference in romanian
    assert "Bitte rufen Sie uns an" not in romanian
    ukrainian = read_status(resident, base, "uk", uk_reference, uk_code)
    assert "зателефонуйте нам" in ukrainian and uk_reference in ukrainian
    assert "Bitte rufen Sie uns an" not in ukrainian

    for address, lang, phrase in ((RO_RESIDENT, "ro", "Vă rugăm să ne sunați"), (UK_RESIDENT, "uk", "зателефонуйте")):
        (reply,) = started_site.sink.mails_to(address, where=lambda m, p=phrase: p in plain_text(m))
        page = html.fromstring(html_text(reply))
        assert page.get("lang") == lang and page.get("dir") == "ltr" and phrase in page.text_content()


def test_forwarding_hides_the_note_and_the_export_zip_holds_the_case(started_site, browser):
    base = started_site.url
    resident_address = "ro-resident-export@example.org"
    resident = browser.new_page()
    resident.goto(f"{base}/ro/{HOUSING_FORM}")
    opened = time.monotonic()
    fill_housing_form(resident, "Igrasie în dormitor.", resident_address, "ro")
    resident.check("#form-widgets-problems input[value='mould']")
    resident.set_input_files("#form-widgets-photo_1-input", photo())
    send(resident, opened)
    reference, _code = thanks(resident)

    note = "Nur intern: Vermieter ist der Behörde bekannt"
    handler = browser.new_page()
    login(handler, base, "sb-wohnraumkontrolle", started_site.demo_password)
    open_case(handler, base, "wohnraumkontrolle", reference)
    handler.fill("#case-note-text", note)
    handler.click("form:has(#case-note-text) button[type=submit]")
    handler.wait_for_load_state("networkidle")
    assert note in handler.locator("#case-notes").inner_text()
    handler.goto(handler.url.split("?")[0].rstrip("/") + "/@@vorgang-weiterleiten")
    handler.select_option("#target_unit", "clearingstelle")
    handler.fill("#comment", "Beratung zur Wohnungssuche")
    handler.click("form[action*='vorgang-weiterleiten'] button[type=submit]")
    handler.wait_for_load_state("networkidle")
    (team_mail,) = started_site.sink.mails_to(
        "team-clearingstelle@weissenfels.example", where=lambda m: reference in subject(m)
    )
    assert f"/vorgaenge/clearingstelle/{reference.lower()}" in plain_text(team_mail)
    assert resident_address not in plain_text(team_mail) and "Igrasie" not in plain_text(team_mail)

    browser.clear_cookies()
    new_team = browser.new_page()
    login(new_team, base, "sb-clearingstelle", started_site.demo_password)
    open_case(new_team, base, "clearingstelle", reference)
    assert "Beratung zur Wohnungssuche" in new_team.locator("#content").inner_text()  # the reason travels
    assert note not in new_team.content()  # the previous team's note does not

    browser.clear_cookies()
    admin = browser.new_page()
    login(admin, base, "admin", started_site.admin_password)
    admin.goto(f"{base}/@@datenschutz-auskunft")
    admin.fill("#dsr-query", resident_address)
    admin.click("button[name='form.buttons.search']")
    admin.wait_for_load_state("networkidle")
    assert reference in admin.locator("#dsr-results").inner_text()
    with admin.expect_download() as download:
        admin.click("button[name='form.buttons.export']")
    archive = zipfile.ZipFile(download.value.path())
    raw = archive.read("auskunft.json").decode("utf-8")
    data = json.loads(raw)
    (case,) = data["cases"]
    assert case["reference"] == reference and case["unit"] == "clearingstelle"
    assert "Igrasie în dormitor." in raw  # UTF-8 as written, not escaped
    (attachment,) = case["attachments"]
    assert archive.read(attachment["file"])[:2] == b"\xff\xd8"  # the photo itself (a JPEG)
    assert [h["action"] for h in case["history"]][-1] == "weiterleiten" and all(h["time"] for h in case["history"])
    summary = html.fromstring(archive.read("zusammenfassung.html").decode("utf-8")).text_content()
    assert reference in summary and resident_address in summary
    assert sorted(archive.namelist()) == sorted(["auskunft.json", "zusammenfassung.html", attachment["file"]])


def test_contact_form_group_report_field_editor_and_figures(started_site, browser):
    base = started_site.url
    visitor = browser.new_page()
    visitor.goto(f"{base}/de")
    visitor.locator("a[href$='contact-info']").first.click()
    visitor.wait_for_load_state("networkidle")
    visitor.fill("#form-widgets-sender_fullname", "Bewohnerin")
    visitor.fill("#form-widgets-sender_from_address", "contact-journey@example.org")
    visitor.fill("#form-widgets-subject", "Frage aus dem Browser")
    visitor.fill("#form-widgets-message", "Wann hat das Neustadtbüro geöffnet?")
    visitor.click("#form-buttons-send")
    visitor.wait_for_load_state("networkidle")
    assert "no valid e-mail setup" not in visitor.content().lower()
    assert started_site.sink.mails_to(MAIL_FROM, where=lambda m: "Wann hat das Neustadtbüro" in plain_text(m))

    lead = browser.new_page()
    login(lead, base, "leitung-wohnraumkontrolle-stadt", started_site.demo_password)
    lead.goto(f"{base}/intranet/ag-wohnraumkontrolle/++add++Gruppenbericht")
    lead.fill("#form-widgets-IDublinCore-title", "Gruppenbericht Wohnraum Browser")
    lead.fill("#form-widgets-period_start", "2026-11-01")
    lead.fill("#form-widgets-period_end", "2026-11-30")
    lead.select_option("#form-widgets-status", "on_track")
    lead.click("#form-buttons-save")
    lead.wait_for_load_state("networkidle")
    for transition in ("Für die Arbeitsgruppe freigeben", "Bei der Steuerung einreichen"):
        lead.click("#plone-contentmenu-workflow > a")
        lead.click(f"#plone-contentmenu-workflow .dropdown-menu a:has-text('{transition}')")
        lead.wait_for_load_state("networkidle")
    assert "Eingereicht" in lead.locator("#plone-contentmenu-workflow > a").inner_text()
    (steering_mail,) = started_site.sink.mails_to(
        "steuerung-stadt@weissenfels.example", where=lambda m: "Wohnraum Browser" in subject(m)
    )
    assert "/intranet/ag-wohnraumkontrolle/" in plain_text(steering_mail)

    # A save in the field editor of the Romanian form keeps the order of its options.
    browser.clear_cookies()
    editor = browser.new_page()
    login(editor, base, "redakteurin", started_site.demo_password)
    form_url = f"{base}/ro/{HOUSING_FORM}"
    editor.goto(f"{form_url}/fields/problems")
    editor.click("#form-buttons-save")
    editor.wait_for_load_state("networkidle")
    browser.clear_cookies()
    visitor.goto(form_url)
    shown = visitor.locator("#form-widgets-problems input[type=checkbox]").evaluate_all(
        "inputs => inputs.map(i => i.value)"
    )
    assert shown == PROBLEMS and shown[-1] == "other"

    # An administrator puts a portlet in the right column of the site root, where the figures live
    # (the demo site has none; members see "Recent items").
    browser.clear_cookies()
    admin = browser.new_page()
    login(admin, base, "admin", started_site.admin_password)
    admin.goto(f"{base}/++contextportlets++plone.rightcolumn/+/portlets.Recent")
    admin.click("#form-buttons-add")
    admin.wait_for_load_state("networkidle")

    browser.clear_cookies()
    steering = browser.new_page()
    steering.set_viewport_size({"width": 1280, "height": 900})
    login(steering, base, "steuerung-stadt", started_site.demo_password)
    steering.goto(f"{base}/@@vorgaenge-kennzahlen")
    steering.wait_for_load_state("networkidle")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    steering.screenshot(path=str(SCREENSHOT), full_page=True)
    boxes = steering.evaluate(BOXES)
    assert boxes["columns"], "a portlet column is shown beside the figures"
    assert len(boxes["charts"]) == 5 and boxes["scrollWidth"] <= 1280
    for chart in boxes["charts"]:
        assert chart["width"] > 200 and chart["right"] <= boxes["content"]["right"] + 0.5
        for column in boxes["columns"]:
            beside = chart["right"] <= column["left"] or column["right"] <= chart["left"]
            apart = chart["bottom"] <= column["top"] or column["bottom"] <= chart["top"]
            assert beside or apart, (chart, column)

    # The administrator takes the portlet away again: the shared site stays as the others find it.
    browser.clear_cookies()
    login(admin, base, "admin", started_site.admin_password)
    admin.goto(f"{base}/@@manage-portlets")
    # (Plone's news and events portlets sit there too, shown only when there is news)
    remove = "form.portlet-action.delete[action*='plone.rightcolumn']:has(input[name='name'][value*='recent'])"
    assert admin.locator(remove).count() == 1
    with admin.expect_navigation():
        admin.locator(remove).evaluate("form => form.submit()")  # the form itself, without the pattern's script
    admin.goto(f"{base}/@@manage-portlets")
    assert admin.locator(remove).count() == 0


BOXES = """() => {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width};
  };
  return {
    charts: [...document.querySelectorAll('svg.case-chart')].map(box),
    content: box(document.querySelector('#portal-column-content')),
    columns: [...document.querySelectorAll('#portal-column-one, #portal-column-two')]
      .map(box).filter((b) => b.width > 0),
    scrollWidth: document.documentElement.scrollWidth,
  };
}"""
