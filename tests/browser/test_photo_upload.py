"""A phone photo on a slow connection (issue 19), in Chromium: where JavaScript runs, the
public form makes a large photo small before it goes (cases/static/photo-downscale.js);
with JavaScript switched off the form sends the original and works all the same; a resend
after a dropped connection shows the first send's reference.
"""

from browsing import chromium
from browsing import reload_after_error_page
from case_forms import cases_in
from case_forms import set_case_settings
from io import BytesIO
from PIL import Image
from playwright.sync_api import expect
from weissenfels.portal.cases import abuse

import os
import pytest
import transaction


FORM = "/de/wohnraumkontrolle/wohnraum-missstand-melden"
BUNDLE = "script[data-bundle='weissenfels-photo-downscale']"
MB = 1024 * 1024
PHOTO_INPUT = "#form-widgets-photo_1-input"
# The size of the file the photo field holds, and whether its head has an EXIF block.
CHOSEN_FILE = f"""async () => {{
    const file = document.querySelector('{PHOTO_INPUT}').files[0];
    const head = new Uint8Array(await file.slice(0, 65536).arrayBuffer());
    return [file.size, new TextDecoder('latin1').decode(head).includes('Exif\\0\\0')];
}}"""


def phone_photo(width=4000, height=3000):
    """A 12-megapixel photo with a phone camera's grain and the GPS position in its EXIF:
    more than 5 MB as JPEG."""
    shapes = Image.frombytes("RGB", (width // 10, height // 10), os.urandom(width * height * 3 // 100))
    grain = Image.frombytes("L", (width, height), os.urandom(width * height)).convert("RGB")
    photo = Image.blend(shapes.resize((width, height), Image.Resampling.BICUBIC), grain, 0.12)
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (51.0, 11.0, 53.0), 3: "E", 4: (11.0, 58.0, 12.0)}  # GPSInfo: Weißenfels
    buffer = BytesIO()
    photo.save(buffer, "JPEG", quality=95, exif=exif.tobytes())
    return buffer.getvalue()


@pytest.fixture(scope="module")
def large_photo():
    data = phone_photo()
    assert len(data) > 5 * MB
    return {"name": "hinterhof.jpg", "mimeType": "image/jpeg", "buffer": data}


@pytest.fixture
def site(demo_functional_portal):
    set_case_settings(min_fill_seconds=0)  # the test fills the form faster than a person
    transaction.commit()
    abuse.reset_rate_limit()
    yield demo_functional_portal
    abuse.reset_rate_limit()


@pytest.fixture
def page_without_javascript(playwright, tmp_path):
    context = chromium(playwright, tmp_path / "profile", locale="de-DE", java_script_enabled=False)
    yield context.new_page()
    context.close()


def fill_housing_form(page, photo, description="Wasserschaden im Treppenhaus"):
    page.fill("#form-widgets-street", "Naumburger Straße")
    page.fill("#form-widgets-house_number", "7")
    page.check("#form-widgets-problems-0")
    page.fill("#form-widgets-description", description)
    page.set_input_files(PHOTO_INPUT, photo)
    page.check("#form-widgets-privacy_consent-0")


def stored_photo(site):
    (case,) = cases_in(site, "wohnraumkontrolle")
    (attachment,) = case.attachments
    return case, attachment, Image.open(BytesIO(attachment.data))


def test_large_photo_is_made_small_in_the_browser(site, page, large_photo):
    page.goto(site.absolute_url() + "/de")
    assert page.locator(BUNDLE).count() == 0  # public forms only
    page.goto(site.absolute_url() + FORM)
    assert page.locator(BUNDLE).count() == 1
    assert page.locator(BUNDLE).get_attribute("defer") is not None

    assert b"Exif\x00\x00" in large_photo["buffer"][:65536]
    fill_housing_form(page, large_photo)
    expect(page.locator(PHOTO_INPUT)).to_have_attribute("data-wsf-photos", "ready", timeout=60_000)
    size, exif = page.evaluate(CHOSEN_FILE)
    assert size < 1.5 * MB  # what goes over the slow connection
    assert not exif  # the GPS position does not leave the phone
    page.click("#form-buttons-submit")
    page.wait_for_load_state("networkidle")

    reference = page.locator("#case-reference").inner_text()
    case, attachment, image = stored_photo(site)
    assert case.reference == reference
    assert attachment.contentType == "image/jpeg" and image.format == "JPEG"
    assert max(image.size) <= 2048 and image.size[0] > image.size[1]  # landscape kept
    assert attachment.getSize() < 1.5 * MB
    assert page.console.errors == []  # no Content-Security-Policy violation, no script error


def test_small_photo_goes_as_chosen(site, page):
    small = BytesIO()
    Image.new("RGB", (800, 600), (30, 90, 150)).save(small, "JPEG", quality=90)
    page.goto(site.absolute_url() + FORM)
    fill_housing_form(page, {"name": "tuer.jpg", "mimeType": "image/jpeg", "buffer": small.getvalue()})
    page.click("#form-buttons-submit")
    page.wait_for_load_state("networkidle")

    assert page.locator("#case-reference").count() == 1
    _case, attachment, image = stored_photo(site)
    assert image.size == (800, 600) and attachment.filename == "tuer.jpg"


def test_housing_form_with_photo_works_without_javascript(site, page_without_javascript, large_photo):
    page = page_without_javascript
    page.goto(site.absolute_url() + FORM)
    assert page.locator("#form-buttons-submit").is_visible()
    fill_housing_form(page, large_photo)
    page.click("#form-buttons-submit")
    page.wait_for_load_state("load")

    reference = page.locator("#case-reference").inner_text()
    assert page.locator("#case-status-code code").inner_text()
    case, attachment, image = stored_photo(site)
    assert case.reference == reference
    assert image.size == (4000, 3000)  # the original went up; the server checked and cleaned it
    assert attachment.contentType == "image/jpeg"


def test_resend_after_a_dropped_connection_shows_the_first_reference(site, page, large_photo):
    """The server stores the case, the answer is lost on the way (connection reset); the
    resident reloads, Chromium sends the form again: the first send's thank-you page."""
    first_answers = []

    def drop_first_answer(route):
        if route.request.method != "POST" or first_answers:
            route.continue_()
            return
        first_answers.append(route.fetch().text())  # reached the server, never the phone
        route.abort("connectionreset")

    page.goto(site.absolute_url() + FORM)
    page.route("**/wohnraum-missstand-melden**", drop_first_answer)
    fill_housing_form(page, large_photo)
    with page.expect_event("requestfailed", timeout=120_000):
        page.click("#form-buttons-submit")
    page.wait_for_load_state("load")
    assert first_answers and page.locator("#case-reference").count() == 0  # an error page
    (case,) = cases_in(site, "wohnraumkontrolle")
    assert f'id="case-reference">{case.reference}<' in first_answers[0]

    reload_after_error_page(page)  # Chromium sends the form again (the photo it made smaller comes back empty)
    page.wait_for_load_state("networkidle")

    assert page.locator("#case-reference").inner_text() == case.reference
    assert page.locator("#case-status-code code").inner_text()
    assert [c.reference for c in cases_in(site, "wohnraumkontrolle")] == [case.reference]
