"""The building register's tools in Chromium (issue 20), on the demo site with its example
buildings: an administrator imports a building list (a dry run lists the new, changed and bad
rows with their lines and stores nothing, then the good rows are imported; a file Excel saved
in its Windows code page changes nothing); the handler records findings per flat in the
inspection's data grid; the handler's calendar link works for a calendar app without a login
until it is revoked; the Steuerung's figures page shows counts, no address, owner or name."""

from browsing import login
from plone import api
from weissenfels.portal.register.structure import REGISTER_ID
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import secrets
import transaction


ADMIN = "register-browser-admin"
ADMIN_PASSWORD = secrets.token_urlsafe(12)
CSV = (
    "Straße;Hausnummer;PLZ;Ort;Eigentümer/Verwaltung\r\n"
    "Weinbergstraße;4;06667;Weißenfels;Wohnbau Weinberg GmbH\r\n"
    "Schusterhof;2;06667;Weißenfels;Neue Verwaltung Altstadt GmbH\r\n"  # an example building, new owner
    "Weinbergstraße;;06667;Weißenfels;\r\n"  # line 4: no house number
    "Am Saalebogen;14;6667;Weißenfels;\r\n"  # line 5: postcode of four digits
)
TUCHMACHERGASSE = "tuchmachergasse-7-06667-weissenfels"


@pytest.fixture
def site(demo_functional_portal):
    return demo_functional_portal


def register_ids(portal):
    transaction.begin()
    return sorted(portal[REGISTER_ID].objectIds())


def csv_file(text, encoding="utf-8-sig"):
    return {"name": "gebaeudeliste.csv", "mimeType": "text/csv", "buffer": text.encode(encoding)}


def rows(page):
    return [
        [" ".join(cell.split()) for cell in row.locator("td").all_inner_texts()]
        for row in page.locator("#import-rows tbody tr").all()
    ]


def test_import_dry_run_then_apply_and_a_bad_file_changes_nothing(site, browser):
    api.user.create(email="rba@weissenfels.example", username=ADMIN, password=ADMIN_PASSWORD)
    api.user.grant_roles(username=ADMIN, roles=["Site Administrator"])
    transaction.commit()
    base = site.absolute_url()
    before = register_ids(site)
    admin = browser.new_page()
    login(admin, base, ADMIN, ADMIN_PASSWORD)
    admin.goto(f"{base}/{REGISTER_ID}")
    admin.click("#register-import")
    admin.wait_for_load_state("networkidle")
    admin.set_input_files("#import-file", csv_file(CSV))
    admin.click("button[name='dry_run']")
    admin.wait_for_load_state("networkidle")
    shown = rows(admin)
    assert [row[1].split(",")[0] for row in shown] == [
        "Weinbergstraße 4",
        "Schusterhof 2",
        "Weinbergstraße",
        "Am Saalebogen 14",
    ]
    assert [[row[0], *row[2:]] for row in shown] == [
        ["2", "neu", ""],
        ["3", "geändert", "Eigentümer/Verwaltung"],
        ["4", "nicht importiert", "Es fehlt: Hausnummer."],
        ["5", "nicht importiert", "Die Postleitzahl muss fünf Ziffern haben."],
    ]
    assert register_ids(site) == before  # a dry run stores nothing
    schusterhof = site[REGISTER_ID]["schusterhof-2-06667-weissenfels"]
    assert schusterhof.owner == "Altstadt Immobilien Weißenfels GmbH"

    admin.click("#import-apply button[name='apply']")
    admin.wait_for_load_state("networkidle")
    applied = " ".join(admin.locator("#import-applied").inner_text().split())
    assert "1 neu, 1 geändert, 2 " in applied, applied
    after = register_ids(site)
    assert after == sorted([*before, "weinbergstrasse-4-06667-weissenfels"])
    assert site[REGISTER_ID]["schusterhof-2-06667-weissenfels"].owner == "Neue Verwaltung Altstadt GmbH"

    # Excel's "CSV (semicolon)" in Windows-1252: refused as a whole, with the way out.
    admin.set_input_files("#import-file", csv_file(CSV.replace("Weinbergstraße;4", "Weinbergstraße;6"), "cp1252"))
    admin.click("button[name='dry_run']")
    admin.wait_for_load_state("networkidle")
    assert "nicht in UTF-8" in admin.locator("#import-error").inner_text()
    assert admin.locator("#import-rows").count() == 0 and admin.locator("#import-apply").count() == 0
    assert register_ids(site) == after


def test_findings_per_flat_in_the_inspections_data_grid(site, browser):
    base = site.absolute_url()
    building = site[REGISTER_ID][TUCHMACHERGASSE]
    inspection = building["begehung-14-01-2027-09-30"]
    flat_uid = building["erdgeschoss-links"].UID()
    handler = browser.new_page()
    login(handler, base, "sb-wohnraumkontrolle", DEMO_PASSWORD)
    handler.goto(inspection.absolute_url() + "/edit")
    handler.select_option("#form-widgets-findings-AA-widgets-flat", flat_uid)
    handler.select_option("#form-widgets-findings-AA-widgets-category", "mould")
    handler.fill("#form-widgets-findings-AA-widgets-description", "Schimmel hinter dem Kleiderschrank")
    handler.fill("#form-widgets-measures-AA-widgets-what", "Nachweis der Trocknung anfordern")
    handler.fill("#form-widgets-measures-AA-widgets-follow_up", "2027-02-15")
    handler.click("#form-buttons-save")
    handler.wait_for_load_state("networkidle")
    findings = " ".join(handler.locator("#inspection-findings").inner_text().split())
    assert "Erdgeschoss links" in findings and "Schimmel und Feuchtigkeit" in findings, findings
    assert "Schimmel hinter dem Kleiderschrank" in findings
    handler.click("button:text-is('Als durchgeführt eintragen')")
    handler.wait_for_load_state("networkidle")
    assert "durchgeführt" in handler.locator("#inspection-state").inner_text()

    transaction.begin()
    assert inspection.findings == [
        {"flat": flat_uid, "category": "mould", "description": "Schimmel hinter dem Kleiderschrank"}
    ]
    assert [m["what"] for m in inspection.measures] == ["Nachweis der Trocknung anfordern"]
    assert api.content.get_state(building) == "maengel_festgestellt"
    handler.goto(building.absolute_url())
    assert "Mängel festgestellt" in handler.locator("#building-state").inner_text()


def calendar_journey(base, browser, password):
    """The handler makes a calendar link, a calendar app (no login) reads the planned
    inspections from it, the handler revokes it and the app gets nothing more."""
    handler = browser.new_page()
    login(handler, base, "sb-wohnraumkontrolle", password)
    handler.goto(f"{base}/{REGISTER_ID}")
    handler.click("#register-calendar")
    handler.wait_for_load_state("networkidle")
    handler.click("button[name='create']")
    handler.wait_for_load_state("networkidle")
    feed = handler.locator("#calendar-url").input_value()
    assert "/@@begehungen.ics?token=" in feed
    answer = requests.get(feed, timeout=60)  # the calendar app
    assert answer.status_code == 200 and answer.headers["Content-Type"].startswith("text/calendar")
    body = answer.content.decode("utf-8").replace("\r\n ", "")
    assert "LOCATION:Tuchmachergasse 7\\, 06667 Weißenfels" in body
    assert "DTSTART:20270114T093000" in body
    for secret in ("Wohnbau Saalebogen", "Ordnungsamt", "Hausverwaltung", "sb-wohnraumkontrolle"):
        assert secret not in body
    handler.reload()
    assert handler.locator("#calendar-token-state").count() == 1  # a link exists; not shown again
    assert handler.locator("#calendar-url").count() == 0
    handler.click("button[name='revoke']")
    handler.wait_for_load_state("networkidle")
    assert requests.get(feed, timeout=60).status_code == 404


def test_the_calendar_link_until_it_is_revoked(site, browser):
    calendar_journey(site.absolute_url(), browser, DEMO_PASSWORD)


def figures_journey(base, browser, password):
    """The Steuerung's figures: counts per state, month and category, no address, owner, file
    number or name."""
    steering = browser.new_page()
    login(steering, base, "steuerung-stadt", password)
    steering.goto(f"{base}/@@gebaeuderegister-kennzahlen")
    table = [
        [" ".join(cell.split()) for cell in row.locator("td").all_inner_texts()]
        for row in steering.locator("#register-figures tbody tr").all()
    ]
    assert [row[:2] for row in table if row[0] == "Gebäude je Status"] == [
        ["Gebäude je Status", state]
        for state in ("unauffällig", "unter Beobachtung", "Begehung geplant", "Mängel festgestellt", "Mängel behoben")
    ]
    text = steering.locator("#content").inner_text()
    for personal in ("Saalebogen", "Tuchmachergasse", "GmbH", "KG", "WK-2026", "sb-wohnraumkontrolle", "Erdgeschoss"):
        assert personal not in text, personal
    return table


def test_the_figures_page_names_nobody(site, browser):
    table = figures_journey(site.absolute_url(), browser, DEMO_PASSWORD)
    # The example buildings: one in each state but "unauffällig", three categories of findings.
    assert ["Gebäude je Status", "Begehung geplant", "1"] in table
    assert ["Gebäude je Status", "Mängel festgestellt", "1"] in table
    assert ["Befunde je Kategorie", "Überbelegung", "1"] in table
    assert ["Durchgeführte Begehungen je Monat", "2026-10", "1"] in table


def outsider_journey(base, browser, password):
    """Another team's handler (the Schulteam's): no way into the register, its buildings, the
    lookup, the search or the personal menu."""
    other = browser.new_page()
    login(other, base, "sb-schulteam", password)
    assert other.locator(f"a[href$='/{REGISTER_ID}']").count() == 0  # no link in the personal menu
    for url in (
        f"{base}/{REGISTER_ID}",
        f"{base}/{REGISTER_ID}/am-saalebogen-14-06667-weissenfels",
        f"{base}/@@anordnungen-abfrage?street=Am+Saalebogen&number=14&postcode=06667",
    ):
        other.goto(url)
        assert other.locator("h1").first.inner_text() == "Unzureichende Berechtigungen", url
        for secret in ("Saalebogen", "Nutzungsuntersagung", "Grundstücksverwaltung", "Anordnung in Kraft"):
            assert secret not in other.locator("#content").inner_text(), (url, secret)
    other.goto(f"{base}/@@search?SearchableText=Saalebogen")
    assert "Saalebogen" not in other.locator("#search-results").inner_text()


def test_another_team_sees_nothing_of_the_register(site, browser):
    outsider_journey(site.absolute_url(), browser, DEMO_PASSWORD)
