"""The building register in Chromium (issue 20): three residents report one address, the
handler adds the building and plans the inspection in one step, records it held with a
finding and a photo, issues an order for a flat with a deadline; the Clearingstelle's handler
then sees only "Anordnung in Kraft seit …" for that address and cannot open the register."""

from browsing import login
from case_forms import HOUSING_ANSWERS
from case_forms import HOUSING_FORM
from case_forms import set_case_settings
from case_forms import submit
from example_content import remove_example_buildings
from io import BytesIO
from PIL import Image
from plone import api
from weissenfels.portal.cases import abuse
from weissenfels.portal.register.structure import REGISTER_ID
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import transaction


@pytest.fixture
def site(demo_functional_portal):
    remove_example_buildings(demo_functional_portal)  # the journey makes its own building
    set_case_settings(min_fill_seconds=0)
    transaction.commit()
    abuse.reset_rate_limit()
    yield demo_functional_portal
    abuse.reset_rate_limit()


def photo():
    buffer = BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 60)).save(buffer, "JPEG")
    return {"name": "flur.jpg", "mimeType": "image/jpeg", "buffer": buffer.getvalue()}


def test_from_three_reports_to_the_clearingstelle_lookup(site, browser):
    base = site.absolute_url()
    address = {"street": "Merseburger Straße", "house_number": "12", "postcode": "06667"}
    for number in range(3):
        answer = submit(f"{base}/{HOUSING_FORM}", {**HOUSING_ANSWERS, **address, "email": f"n{number}@example.org"})
        assert answer.status_code == 200

    handler = browser.new_page()
    login(handler, base, "sb-wohnraumkontrolle", DEMO_PASSWORD)
    handler.goto(base + "/vorgaenge/@@vorgaenge-inbox")
    handler.locator("#inbox a").filter(has_text="WSF-").first.click()
    handler.wait_for_load_state("networkidle")
    handler.click("button:text-is('Gebäude anlegen und Begehung planen')")
    handler.wait_for_load_state("networkidle")
    assert handler.url.endswith("/++add++Begehung")
    handler.fill("input[name='form.widgets.start']", "2026-12-03T10:00")
    handler.check("input[name='form.widgets.agencies:list'][value='Ordnungsamt']")
    handler.check("input[name='form.widgets.agencies:list'][value='Bauaufsicht']")
    handler.click("#form-buttons-save")
    handler.wait_for_load_state("networkidle")
    assert "geplant" in handler.locator("#inspection-state").inner_text()
    inspection_url = handler.url.split("?")[0]

    transaction.begin()
    (building,) = site[REGISTER_ID].objectValues()
    assert api.content.get_state(building) == "begehung_geplant"
    with api.env.adopt_user(username="sb-wohnraumkontrolle"):
        flat = api.content.create(
            container=building, type="Wohnung", title="2. OG links", living_space=24.0, persons_adult=3
        )
        inspection = next(o for o in building.objectValues() if o.portal_type == "Begehung")
        inspection.findings = [{"flat": flat.UID(), "category": "overcrowding", "description": "3 Personen auf 24 m²"}]
    transaction.commit()

    handler.goto(inspection_url)
    handler.set_input_files("#inspection-photo", photo())
    handler.click("button:text-is('Foto hinzufügen')")
    handler.wait_for_load_state("networkidle")
    assert handler.locator("#inspection-photos img").count() == 1
    handler.click("button:text-is('Als durchgeführt eintragen')")
    handler.wait_for_load_state("networkidle")
    assert "durchgeführt" in handler.locator("#inspection-state").inner_text()
    assert "Überbelegung" in handler.locator("#inspection-findings").inner_text()

    handler.goto(building.absolute_url())
    assert "Mängel festgestellt" in handler.locator("#building-state").inner_text()
    assert handler.locator("#building-flats .occupancy-warning").count() == 1
    handler.click("#building-add-order")
    handler.wait_for_load_state("networkidle")
    handler.fill("input[name='form.widgets.title']", "Nutzungsuntersagung")
    handler.fill("input[name='form.widgets.legal_basis']", "§ 8 Wohnungsaufsichtsgesetz")
    handler.fill("input[name='form.widgets.file_number']", "WK-2026-017")
    handler.fill("input[name='form.widgets.order_date']", "2026-12-05")
    handler.fill("input[name='form.widgets.deadline']", "2027-01-15")
    handler.select_option("select[name='form.widgets.flat:list']", flat.UID())
    handler.click("#form-buttons-save")
    handler.wait_for_load_state("networkidle")
    assert "2. OG links" in handler.locator("#order-fields").inner_text()
    handler.click("button:text-is('In Kraft setzen')")
    handler.wait_for_load_state("networkidle")
    assert "in Kraft" in handler.locator("#order-state").inner_text()

    browser.clear_cookies()
    clearing = browser.new_page()
    login(clearing, base, "sb-clearingstelle", DEMO_PASSWORD)
    clearing.goto(base + "/@@anordnungen-abfrage")
    clearing.fill("#lookup-street", "Merseburger Str.")
    clearing.fill("#lookup-number", "12")
    clearing.fill("#lookup-postcode", "06667")
    clearing.click("button:text-is('Abfragen')")
    clearing.wait_for_load_state("networkidle")
    assert " ".join(clearing.locator("#lookup-result").inner_text().split()) == "Anordnung in Kraft seit 05.12.2026"
    for secret in ("WK-2026-017", "Nutzungsuntersagung", "2. OG links"):
        assert secret not in clearing.content()
    response = clearing.goto(building.absolute_url())
    assert response.status in (401, 403, 404) or "require_login" in clearing.url or "insufficient" in clearing.url
