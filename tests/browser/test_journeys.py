"""Journeys in a real browser, as the people the portal is for take them."""

from case_forms import cases_in
from case_forms import set_case_settings
from PIL import Image
from playwright.sync_api import expect
from weissenfels.portal.cases import abuse

import io
import pytest
import transaction


@pytest.fixture
def site(demo_functional_portal):
    set_case_settings(min_fill_seconds=0)  # a fast robot is not refused
    transaction.commit()
    abuse.reset_rate_limit()
    yield demo_functional_portal
    abuse.reset_rate_limit()


def small_jpeg():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 60)).save(buffer, "JPEG")
    return {"name": "schimmel.jpg", "mimeType": "image/jpeg", "buffer": buffer.getvalue()}


def report_housing_problem(page, street, house_number, description):
    """Fill in the housing form open in page, with one photo, and send it: (reference, status code)."""
    page.fill("#form-widgets-street", street)
    page.fill("#form-widgets-house_number", house_number)
    page.check("#form-widgets-problems-0")
    page.fill("#form-widgets-description", description)
    page.set_input_files("#form-widgets-photo_1-input", small_jpeg())
    page.check("#form-widgets-privacy_consent-0")
    page.click("#form-buttons-submit")
    page.wait_for_load_state("networkidle")
    reference = page.locator("#case-reference").inner_text()
    code = page.locator("#case-status-code code").inner_text()
    assert reference.startswith("WSF-") and code
    return reference, code


def test_resident_on_a_phone_reports_a_housing_problem_in_romanian(site, page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site.absolute_url() + "/de")
    page.click("a:text-is('Română')")
    page.wait_for_load_state("networkidle")
    assert page.url.startswith(site.absolute_url() + "/ro")
    page.click(".navbar-toggler")
    page.locator("a[href$='/ro/wer-hilft-mir']").first.click()
    page.wait_for_load_state("networkidle")
    page.locator(".wsf-finder a:has-text('locuin')").first.click()
    page.wait_for_load_state("networkidle")
    page.click("#finder-answer a.wsf-finder-action")
    page.wait_for_load_state("networkidle")
    assert "/ro/wohnraumkontrolle/wohnraum-missstand-melden" in page.url
    reference, code = report_housing_problem(page, "Merseburger Straße", "12", "Mucegai în camera copiilor.")
    (case,) = cases_in(site, "wohnraumkontrolle")
    assert case.reference == reference and case.submission_language == "ro"

    page.goto(site.absolute_url() + "/ro/@@vorgang-status")
    page.fill("#case-reference", reference)
    page.fill("#case-code", code)
    page.click("form[action$='@@vorgang-status'] button[type=submit]")
    page.wait_for_load_state("networkidle")
    assert page.locator("#case-status-state").inner_text().strip()
    assert page.locator("#case-status-not-found").count() == 0


FOCUS_STYLE = """() => {
    const style = getComputedStyle(document.activeElement);
    return {id: document.activeElement.id, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
            shadow: style.boxShadow !== 'none'};
}"""


def tab_to(page, element_id, limit=120):
    """Presses Tab until the element has the focus; each focused stop must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_STYLE)
        if focus["id"] == element_id:
            assert focus["outline"] or focus["shadow"], f"no visible focus on #{element_id}"
            return
    raise AssertionError(f"#{element_id} not reached with the keyboard")


def test_housing_form_with_the_keyboard_alone(site, page):
    page.goto(site.absolute_url() + "/de/wohnraumkontrolle/wohnraum-missstand-melden")
    tab_to(page, "form-widgets-street")
    page.keyboard.type("Merseburger Straße")
    tab_to(page, "form-widgets-house_number")
    page.keyboard.type("12")
    tab_to(page, "form-widgets-problems-0")
    page.keyboard.press("Space")
    tab_to(page, "form-widgets-description")
    page.keyboard.type("Schimmel im Kinderzimmer.")
    tab_to(page, "form-widgets-privacy_consent-0")
    page.keyboard.press("Space")
    tab_to(page, "form-buttons-submit")
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    assert page.locator("#case-reference").inner_text().startswith("WSF-")
    (case,) = cases_in(site, "wohnraumkontrolle")
    assert {row["id"]: row["value"] for row in case.submitted_values}["street"] == "Merseburger Straße"


def test_handler_forwards_a_case_to_the_clearingstelle(site, browser):
    from browsing import login
    from case_forms import make_case
    from weissenfels.portal.testing import DEMO_PASSWORD

    reference = make_case(site, "wohnraumkontrolle", text="Gehört eigentlich zur Clearingstelle.").reference
    transaction.commit()
    base = site.absolute_url()
    first = browser.new_page()
    login(first, base, "sb-wohnraumkontrolle", DEMO_PASSWORD)
    first.goto(base + "/vorgaenge/wohnraumkontrolle")
    first.click(f"a:has-text('{reference}')")
    first.wait_for_load_state("networkidle")
    first.goto(first.url.split("?")[0].rstrip("/") + "/@@vorgang-weiterleiten")
    first.select_option("#target_unit", "clearingstelle")
    first.fill("#comment", "Erstkontakt, bitte übernehmen.")
    first.click("form[action*='vorgang-weiterleiten'] button[type=submit]")
    first.wait_for_load_state("networkidle")
    first.goto(base + "/vorgaenge/wohnraumkontrolle")
    assert first.locator(f"#content a:has-text('{reference}')").count() == 0
    browser.clear_cookies()
    second = browser.new_page()
    login(second, base, "sb-clearingstelle", DEMO_PASSWORD)
    second.goto(base + "/vorgaenge/clearingstelle")
    assert second.locator(f"a:has-text('{reference}')").count() >= 1


def test_handler_answers_a_housing_report_with_a_photo(site, browser):
    from browsing import login
    from plone import api
    from weissenfels.portal.testing import DEMO_PASSWORD

    base = site.absolute_url()
    resident = browser.new_page()
    resident.goto(base + "/de/wohnraumkontrolle/wohnraum-missstand-melden")
    reference, code = report_housing_problem(
        resident, "Naumburger Straße", "7", "Schimmel an der Außenwand im Schlafzimmer."
    )
    status_url = resident.locator("#case-thanks a[href*='@@vorgang-status']").get_attribute("href")

    handler = browser.new_page()
    login(handler, base, "sb-wohnraumkontrolle", DEMO_PASSWORD)
    handler.goto(base + "/vorgaenge/@@vorgaenge-inbox")
    row = handler.locator(f"#inbox tr[data-reference='{reference}']")
    assert "Schimmel an der Außenwand" in row.locator(".excerpt").inner_text()
    assert row.locator("td").nth(2).inner_text() == "Eingegangen"
    row.locator(f"a:text-is('{reference}')").click()
    handler.wait_for_load_state("networkidle")
    assert handler.locator("h1.documentFirstHeading").inner_text() == reference
    assert "Naumburger Straße" in handler.locator("#case-values").inner_text()
    thumbnail = handler.locator("#case-thumbnails img")
    assert thumbnail.get_attribute("alt") == "schimmel.jpg"
    assert thumbnail.evaluate("img => img.complete && img.naturalWidth") > 0

    handler.click("#case-actions button:text-is('Mir zuweisen')")
    handler.wait_for_load_state("networkidle")
    handler_name = api.user.get(userid="sb-wohnraumkontrolle").getProperty("fullname")
    assert handler.locator("#case-handler").inner_text() == handler_name
    handler.fill("#case-reply-text", "Wir kommen am Dienstag zur Besichtigung.")
    handler.click("button:text-is('Antwort veröffentlichen')")
    handler.wait_for_load_state("networkidle")
    assert "Wir kommen am Dienstag zur Besichtigung." in handler.locator("#case-replies").inner_text()
    handler.click("#case-transition-form button:text-is('In Bearbeitung nehmen')")
    handler.wait_for_load_state("networkidle")
    assert handler.locator("#case-state").inner_text() == "In Bearbeitung"
    handler.goto(base + "/vorgaenge/@@vorgaenge-inbox")
    row = handler.locator(f"#inbox tr[data-reference='{reference}']")
    assert row.locator("td").nth(2).inner_text() == "In Bearbeitung"
    assert row.locator(".handler").inner_text() == handler_name

    browser.clear_cookies()
    resident.goto(status_url)
    resident.fill("#case-reference", reference)
    resident.fill("#case-code", code)
    resident.click("form[action$='@@vorgang-status'] button[type=submit]")
    resident.wait_for_load_state("networkidle")
    assert resident.locator("#case-status-state").inner_text() == "In Bearbeitung"
    assert "Wir kommen am Dienstag zur Besichtigung." in resident.locator("#case-status-reply").inner_text()


def do_transition(page, title):
    """Chooses a workflow transition in the toolbar's state menu, as an author does."""
    page.click("#plone-contentmenu-workflow > a")
    page.click(f"#plone-contentmenu-workflow .dropdown-menu a:has-text('{title}')")
    page.wait_for_load_state("networkidle")


def test_working_group_minutes_and_report_to_the_steuerung(site, browser):
    from browsing import login
    from weissenfels.portal.testing import DEMO_PASSWORD

    import datetime

    base = site.absolute_url()
    workspace = base + "/intranet/ag-wohnraumkontrolle"
    today = datetime.date.today()
    member = browser.new_page()
    login(member, base, "mitglied-wohnraumkontrolle", DEMO_PASSWORD)
    member.goto(workspace + "/++add++Protokoll")
    member.fill("#form-widgets-IDublinCore-title", "Sitzung zur Begehungsliste")
    member.fill("#form-widgets-meeting_start", f"{today:%Y-%m-%d}T09:00")
    member.fill("#form-widgets-place", "Rathaus, Raum 112")
    member.fill("#form-widgets-action_items-AA-widgets-what", "Begehungsliste Neustadt abstimmen")
    member.fill("#form-widgets-action_items-AA-widgets-due", f"{today + datetime.timedelta(days=7):%Y-%m-%d}")
    member.click("#form-buttons-save")
    member.wait_for_load_state("networkidle")
    protokoll_url = member.url.split("?")[0].rstrip("/")
    assert "Begehungsliste Neustadt abstimmen" in member.locator("#content").inner_text()
    do_transition(member, "Für die Arbeitsgruppe freigeben")
    assert "Intern" in member.locator("#plone-contentmenu-workflow > a").inner_text()
    member.goto(workspace)
    row = member.locator("table.listing tr:has-text('Sitzung zur Begehungsliste')")
    assert "Intern" in row.inner_text()

    browser.clear_cookies()
    other = browser.new_page()
    login(other, base, "mitglied-schulteam", DEMO_PASSWORD)
    other.goto(protokoll_url)
    assert other.locator("h1").first.inner_text() == "Unzureichende Berechtigungen"
    for text in ("Sitzung zur Begehungsliste", "Begehungsliste Neustadt abstimmen", "Rathaus, Raum 112"):
        assert text not in other.content()

    browser.clear_cookies()
    lead = browser.new_page()
    login(lead, base, "leitung-wohnraumkontrolle-stadt", DEMO_PASSWORD)
    lead.goto(workspace + "/++add++Gruppenbericht")
    lead.fill("#form-widgets-IDublinCore-title", "Gruppenbericht Wohnraumkontrolle November")
    lead.fill("#form-widgets-period_start", f"{today - datetime.timedelta(days=30):%Y-%m-%d}")
    lead.fill("#form-widgets-period_end", f"{today:%Y-%m-%d}")
    lead.select_option("#form-widgets-status", "at_risk")
    lead.click("#form-buttons-save")
    lead.wait_for_load_state("networkidle")
    report_url = lead.url.split("?")[0].rstrip("/")
    do_transition(lead, "Für die Arbeitsgruppe freigeben")
    do_transition(lead, "Bei der Steuerung einreichen")
    assert "Eingereicht" in lead.locator("#plone-contentmenu-workflow > a").inner_text()

    browser.clear_cookies()
    steering = browser.new_page()
    login(steering, base, "steuerung-landkreis", DEMO_PASSWORD)
    steering.goto(report_url)
    do_transition(steering, "Annehmen")
    assert "Angenommen" in steering.locator("#plone-contentmenu-workflow > a").inner_text()
    steering.goto(base + "/intranet/@@steuerung-overview")
    group = steering.locator("section.wsf-group:has(h2:has-text('Wohnraumkontrolle'))")
    report = group.locator(".wsf-report")
    assert "Gruppenbericht Wohnraumkontrolle November" in report.inner_text()
    assert report.locator(".wsf-state").inner_text() == "Angenommen"
    assert report.locator(".wsf-status").inner_text() == "gefährdet"


def test_editor_adds_a_field_and_the_next_case_shows_it(site, browser):
    from browsing import login
    from weissenfels.portal.testing import DEMO_PASSWORD

    base = site.absolute_url()
    form_url = base + "/de/wohnraumkontrolle/wohnraum-missstand-melden"
    editor = browser.new_page()
    login(editor, base, "redakteurin", DEMO_PASSWORD)
    editor.goto(form_url + "/@@fields")
    editor.click("#add-field")
    modal = editor.locator(".modal:visible, .plone-modal:visible").first
    modal.locator("#form-widgets-title").fill("Hausverwaltung")
    modal.locator("#form-widgets-title").press("Tab")
    expect(modal.locator("#form-widgets-__name__")).to_have_value("hausverwaltung")  # made from the title
    modal.locator("#form-widgets-factory").select_option(label="Text-Zeile (Zeichenfolge)")
    modal.locator(".modal-footer button, .plone-modal-footer button").filter(has_text="Hinzufügen").click()
    # the editor reloads its listing with the new field at the end
    editor.get_by_text("hausverwaltung", exact=True).wait_for()

    browser.clear_cookies()
    resident = browser.new_page()
    resident.goto(form_url)
    resident.fill("#form-widgets-street", "Leipziger Straße")
    resident.fill("#form-widgets-house_number", "3")
    resident.check("#form-widgets-problems-0")
    resident.fill("#form-widgets-description", "Zwölf Personen in zwei Zimmern.")
    assert resident.locator("label[for='form-widgets-hausverwaltung']").inner_text().strip() == "Hausverwaltung"
    resident.fill("#form-widgets-hausverwaltung", "Neustadt Wohnbau GmbH")
    resident.check("#form-widgets-privacy_consent-0")
    resident.click("#form-buttons-submit")
    resident.wait_for_load_state("networkidle")
    reference = resident.locator("#case-reference").inner_text()
    assert reference.startswith("WSF-")

    handler = browser.new_page()
    login(handler, base, "sb-wohnraumkontrolle", DEMO_PASSWORD)
    handler.goto(base + "/vorgaenge/wohnraumkontrolle/@@vorgaenge-inbox")
    handler.click(f"#inbox a:text-is('{reference}')")
    handler.wait_for_load_state("networkidle")
    row = handler.locator("#case-values tr:has(th:text-is('Hausverwaltung'))")
    assert row.locator("td").inner_text() == "Neustadt Wohnbau GmbH"
