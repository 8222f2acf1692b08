"""Screenshots of the main pages on a phone and a desktop (into tests/browser/screenshots/,
git-ignored), and the front page's weight."""

from pathlib import Path

import pytest


SCREENSHOTS = Path(__file__).parent / "screenshots"
VIEWPORTS = {"phone": {"width": 360, "height": 740}, "desktop": {"width": 1280, "height": 900}}
PAGES = {
    "start-de": "/de",
    "start-ro": "/ro",
    "wer-hilft-mir-ar": "/ar/wer-hilft-mir",
    "einheit-wohnraumkontrolle": "/de/wohnraumkontrolle",
    "formular-wohnraum-ro": "/ro/wohnraumkontrolle/wohnraum-missstand-melden",
    "status": "/de/@@vorgang-status",
}


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_screenshots_of_main_pages(demo_functional_portal, page, viewport):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.set_viewport_size(VIEWPORTS[viewport])
    for name, path in PAGES.items():
        response = page.goto(demo_functional_portal.absolute_url() + path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
        target = SCREENSHOTS / f"{name}-{viewport}.png"
        page.screenshot(path=str(target), full_page=viewport == "phone")
        assert target.stat().st_size > 5000  # a rendered page, not a blank one


def test_front_page_weight(demo_functional_portal, page):
    """Transferred bytes (headers and bodies) and requests of the German front page, cold cache."""
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(demo_functional_portal.absolute_url() + "/de")
    page.wait_for_load_state("networkidle")
    total = 0
    for response in responses:
        sizes = response.request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    print(f"\nfront page /de: {len(responses)} requests, {total} bytes transferred")
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / "page-weight.txt").write_text(f"{len(responses)} requests, {total} bytes\n")
    assert all(r.status < 400 for r in responses)
    assert len(responses) < 40 and total < 2_000_000  # a phone on a slow line must cope
