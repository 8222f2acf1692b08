"""Anonymous visitors get the public pages' own script (theme/scripts/public.js) instead of
Plone's whole bundle (issue 19), and every function the page had still works: the phone
navigation, the marked path, the form's autofocus and unload alert, the browser's required-field
check, the live search (Plone's bundle loaded on first use of the search box), and pages with
any other pattern get Plone's bundle at once."""

from browsing import chromium
from browsing import ConsoleRecorder
from browsing import PHONE
from case_forms import HOUSING_FORM

import pytest


FULL_BUNDLE = "bundle-plone/bundle.min.js"


@pytest.fixture
def phone(playwright, tmp_path):
    context = chromium(playwright, tmp_path / "chromium", locale="de-DE", **PHONE)
    page = context.new_page()
    page.console = ConsoleRecorder(page)
    page.scripts = []
    page.on("request", lambda request: request.resource_type == "script" and page.scripts.append(request.url))
    yield page
    context.close()


def loaded_full_bundle(page):
    return any(FULL_BUNDLE in url for url in page.scripts)


def test_phone_navigation_without_plones_bundle(demo_functional_portal, phone):
    phone.goto(f"{demo_functional_portal.absolute_url()}/ro/wohnraumkontrolle")
    phone.wait_for_load_state("networkidle")
    assert any(url.endswith("/public.js") for url in phone.scripts)
    assert not loaded_full_bundle(phone)
    toggler = phone.locator(".navbar-toggler")
    assert toggler.get_attribute("aria-expanded") == "false"
    link = phone.locator("#portal-globalnav a[href$='/ro/wer-hilft-mir']")
    assert not link.is_visible()

    toggler.click()
    link.wait_for(state="visible", timeout=5000)
    assert toggler.get_attribute("aria-expanded") == "true"
    assert phone.evaluate("document.querySelector('#offcanvasNavbar').contains(document.activeElement)")
    assert phone.locator(".offcanvas-backdrop").count() == 1
    # the page's own item is marked, as pat-navigationmarker does
    assert "current" in phone.locator("#portal-globalnav li.wohnraumkontrolle").get_attribute("class")

    phone.keyboard.press("Escape")
    link.wait_for(state="hidden", timeout=5000)
    assert toggler.get_attribute("aria-expanded") == "false"
    assert phone.evaluate("document.activeElement.classList.contains('navbar-toggler')")
    assert phone.locator(".offcanvas-backdrop").count() == 0

    toggler.click()
    phone.locator(".offcanvas-header .btn-close").click()  # the close button closes it too
    link.wait_for(state="hidden", timeout=5000)
    toggler.click()
    link.click()
    phone.wait_for_load_state("networkidle")
    assert phone.url.endswith("/ro/wer-hilft-mir")
    assert not loaded_full_bundle(phone)
    assert phone.console.errors == []


def test_housing_form_autofocus_unload_alert_and_required_fields(demo_functional_portal, phone):
    phone.goto(f"{demo_functional_portal.absolute_url()}/{HOUSING_FORM}")
    phone.wait_for_load_state("networkidle")
    assert not loaded_full_bundle(phone)
    assert phone.evaluate("document.activeElement.id") == "form-widgets-street"  # pat-formautofocus

    # the browser checks the required fields (no novalidate): an empty form is not sent
    url = phone.url
    phone.click("#form-buttons-submit")
    assert phone.url == url
    assert phone.evaluate("document.querySelector('#form-widgets-street').validity.valueMissing")
    assert phone.locator("#case-reference").count() == 0

    # a changed form asks before it is left (pat-formunloadalert)
    phone.fill("#form-widgets-street", "Merseburger Straße")
    dialogs = []
    phone.on("dialog", lambda dialog: dialogs.append(dialog))
    phone.close(run_before_unload=True)
    other = phone.context.new_page()
    for _ in range(100):  # the dialog event arrives while Playwright waits on another page
        if dialogs:
            break
        other.wait_for_timeout(100)
    assert [dialog.type for dialog in dialogs] == ["beforeunload"]
    dialogs[0].dismiss()  # the resident stays, with what was typed
    assert phone.locator("#form-widgets-street").input_value() == "Merseburger Straße"


def test_live_search_loads_plones_bundle_on_first_use(demo_functional_portal, phone):
    phone.set_viewport_size({"width": 1280, "height": 900})  # the search box in the bar
    phone.goto(f"{demo_functional_portal.absolute_url()}/de")
    phone.wait_for_load_state("networkidle")
    assert not loaded_full_bundle(phone)
    phone.click("#searchGadget")
    phone.wait_for_load_state("networkidle")
    assert loaded_full_bundle(phone)
    phone.keyboard.type("Wohnraum", delay=100)
    results = phone.locator(".livesearch-results .results-summary")
    results.wait_for(state="visible", timeout=15000)
    assert results.inner_text().strip()
    # the handled patterns do not run twice: the focus stays in the search box
    assert phone.evaluate("document.activeElement.id") == "searchGadget"


@pytest.mark.parametrize("path", ["/de/@@search?SearchableText=Wohnraum", "/login"])
def test_pages_with_other_patterns_get_plones_bundle(demo_functional_portal, phone, path):
    """pat-search, pat-cookietrigger: not in public.js, so the whole bundle runs them."""
    phone.goto(demo_functional_portal.absolute_url() + path)
    phone.wait_for_load_state("networkidle")
    assert loaded_full_bundle(phone)
    assert phone.console.csp_violations() == []
