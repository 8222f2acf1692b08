"""Issue 19 on the site `make start` makes, in Chromium: a resident on a slow connection sends
the housing form with a 12-megapixel photo; the page makes it small before it goes; the
answer is lost (connection reset) after the server stored the case; the resident reloads and
sees the first send's reference and status code; the team finds one case with one small photo.
"""

from browsing import login
from browsing import reload_after_error_page
from test_photo_upload import fill_housing_form
from test_photo_upload import FORM
from test_photo_upload import phone_photo

import pytest
import re
import time
import uuid


pytestmark = pytest.mark.slow


def test_large_photo_resent_after_a_dropped_connection(started_site, browser):
    base = started_site.url
    marker = f"Wasserschaden {uuid.uuid4().hex[:8]}"  # this test's case among the shared site's
    resident = browser.new_page()
    first_answers = []

    def drop_first_answer(route):
        if route.request.method != "POST" or first_answers:
            route.continue_()
            return
        first_answers.append(route.fetch().text())  # stored by the server, lost on the way
        route.abort("connectionreset")

    resident.goto(base + FORM)
    opened = time.monotonic()
    resident.route("**/wohnraum-missstand-melden**", drop_first_answer)
    photo = {"name": "hinterhof.jpg", "mimeType": "image/jpeg", "buffer": phone_photo()}
    fill_housing_form(resident, photo, description=marker)
    time.sleep(max(0, 5 - (time.monotonic() - opened)))  # the form's minimum fill time: a person
    with resident.expect_event("requestfailed", timeout=120_000):
        resident.click("#form-buttons-submit")
    reference = re.search(r'id="case-reference">(WSF-\d{4}-\d{6})<', first_answers[0]).group(1)
    code = re.search(r'id="case-status-code"><code>([^<]+)<', first_answers[0]).group(1)

    resident.wait_for_load_state("load")  # Chromium's error page for the lost answer
    reload_after_error_page(resident)  # Chromium sends the form again
    resident.wait_for_load_state("networkidle")
    assert resident.locator("#case-reference").inner_text() == reference
    assert resident.locator("#case-status-code code").inner_text() == code

    handler = browser.new_page()
    login(handler, base, "sb-wohnraumkontrolle", started_site.demo_password)
    handler.goto(f"{base}/vorgaenge/@@vorgaenge-inbox?text={marker.split()[1]}")
    assert handler.locator("#inbox tbody tr").count() == 1
    handler.locator(f"#inbox a:text-is('{reference}')").click()
    handler.wait_for_load_state("networkidle")
    photo_url = handler.locator("#case-attachments a").first.get_attribute("href")
    answer = handler.request.get(photo_url)
    assert answer.status == 200 and answer.headers["content-type"].startswith("image/jpeg")
    assert len(answer.body()) < 1.5 * 1024 * 1024  # made small in the browser, 12 MP went in
