"""On a 360 px wide phone: no sideways scrolling, the navigation opens and leads to the units."""

from browsing import chromium
from browsing import PHONE

import pytest


pytestmark = pytest.mark.browser


@pytest.fixture
def phone(playwright, tmp_path):
    """A fresh phone browser per test, closed before the test's database layer goes away."""
    context = chromium(playwright, tmp_path / "chromium", **PHONE)
    page = context.new_page()
    yield page
    page.wait_for_load_state("networkidle")
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/ro",
        "/ro/wohnraumkontrolle",
        "/bg/neustadtbuero",
        "/hu/wer-hilft-mir?situation=housing",
        "/de/leichte-sprache?untranslated=ro",
        "/ar",
        # the results bar (count, filter, sorting) was 470 px wide on a phone
        "/de/@@search?SearchableText=Wohnung",
        "/ro/@@search?SearchableText=Wohnraumkontrolle",
    ],
)
def test_no_sideways_scrolling(demo_functional_portal, phone, path):
    phone.goto(demo_functional_portal.absolute_url() + path)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360


def test_navigation_opens_and_leads_to_unit(demo_functional_portal, phone):
    phone.goto(demo_functional_portal["pl"].absolute_url())
    toggler = phone.locator("#portal-mainnavigation .navbar-toggler, .navbar-toggler").first
    toggler.wait_for(state="visible", timeout=10000)
    toggler.click()
    link = phone.locator("#portal-globalnav a", has_text="Kontrola mieszkań")
    link.first.wait_for(state="visible", timeout=5000)
    link.first.click()
    phone.wait_for_load_state()
    assert phone.url == demo_functional_portal["pl"]["wohnraumkontrolle"].absolute_url()
    assert phone.locator("#unit-contact").is_visible()
