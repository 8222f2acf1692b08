"""Screenshots of the Arabic (right-to-left) housing form in Debian's Chromium at 360 px and
1280 px, for review (issue 18): the form, the form after a failed post (errors), the
thank-you page with reference and status code, and the status page showing that case.

    .venv/bin/python scripts/rtl_screenshots.py http://localhost:8080/weissenfels [docs/screenshots]

It sends one report per width to the site (a demo site, never the town's). The PNGs are
clipped to the part that shows the point (the form's fields, the errors, the codes), so
that each stays small enough to commit.
"""

from pathlib import Path

import sys
import tempfile


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from browsing import ARGS  # noqa: E402
from browsing import CHROMIUM  # noqa: E402


FORM = "/ar/wohnraumkontrolle/wohnraum-missstand-melden"
STATUS = "/ar/@@vorgang-status"
WIDTHS = (360, 1280)
HEIGHT = 900
LONGEST = 2400  # px of a page shot at most: the form's top half, its errors, the thanks
MIN_FILL_SECONDS = 5  # the forms refuse faster submissions as automated (cases/abuse.py)


def shoot(page, target, name, width):
    """A screenshot of the page from its top, at most LONGEST px long."""
    height = min(page.evaluate("document.documentElement.scrollHeight"), LONGEST)
    path = target / f"ar-{name}-{width}.png"
    page.screenshot(path=path, clip={"x": 0, "y": 0, "width": width, "height": height}, full_page=True)
    return path


def fill_report(page):
    """A report as a resident writes it: address, a problem, a description, consent."""
    page.fill("#form-widgets-street", "Merseburger Straße")
    page.fill("#form-widgets-house_number", "12")
    page.check("#form-widgets-problems-1")
    page.fill("#form-widgets-description", "عفن في غرفة الأطفال، والتدفئة لا تعمل منذ أسابيع.")
    page.check("#form-widgets-children-0")
    page.check("#form-widgets-privacy_consent-0")


def main(portal_url, target=REPO / "docs" / "screenshots"):
    from playwright.sync_api import sync_playwright

    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as running, tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        # The file inputs' "Choose File" is the browser's own text, in its UI language: headless
        # Chromium keeps English whatever --lang says; an Arabic browser shows Arabic there.
        context = running.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=ARGS, locale="ar"
        )
        page = context.new_page()
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": HEIGHT})
            page.goto(portal_url + FORM)
            page.wait_for_load_state("networkidle")
            written.append(shoot(page, target, "form", width))

            # Sent with the people count as words and no problem ticked: the errors.
            page.fill("#form-widgets-people_count", "تسعة")
            page.fill("#form-widgets-email", "لا-يوجد")
            page.click("#form-buttons-submit")
            page.wait_for_load_state("networkidle")
            page.locator(".invalid-feedback").first.scroll_into_view_if_needed()
            written.append(shoot(page, target, "form-errors", width))

            page.goto(portal_url + FORM)
            page.wait_for_load_state("networkidle")
            fill_report(page)
            page.wait_for_timeout(MIN_FILL_SECONDS * 1000)
            page.click("#form-buttons-submit")
            page.wait_for_load_state("networkidle")
            reference = page.inner_text("#case-reference")
            code = page.inner_text("#case-status-code")
            written.append(shoot(page, target, "thanks", width))

            page.goto(portal_url + STATUS)
            page.fill("#case-reference", reference)
            page.fill("#case-code", code)
            page.click("form[action$='@@vorgang-status'] button[type='submit']")
            page.wait_for_load_state("networkidle")
            written.append(shoot(page, target, "status", width))
        context.close()
    for path in written:
        print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main(*sys.argv[1:])
