"""Screenshots of the Arabic (right-to-left) pages in Debian's Chromium at 360 px and
1280 px, for review: the status page, the finder and the German housing form as an Arabic
visitor gets it (fallback with the notice), also after a failed post.

    .venv/bin/python scripts/rtl_screenshots.py http://localhost:8080/weissenfels [docs/screenshots]
"""

from pathlib import Path

import sys
import tempfile


REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from browsing import ARGS  # noqa: E402
from browsing import CHROMIUM  # noqa: E402


PAGES = {
    "ar-status": "/ar/@@vorgang-status",
    "ar-finder": "/ar/wer-hilft-mir",
    "ar-fallback-form": "/de/wohnraumkontrolle/wohnraum-missstand-melden?untranslated=ar",
}


def main(portal_url, target=REPO / "docs" / "screenshots"):
    from playwright.sync_api import sync_playwright

    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as running, tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        context = running.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=ARGS, locale="ar"
        )
        page = context.new_page()
        for width in (360, 1280):
            page.set_viewport_size({"width": width, "height": 900})
            for name, path in PAGES.items():
                page.goto(portal_url + path)
                page.wait_for_load_state("networkidle")
                page.screenshot(path=target / f"{name}-{width}.png", full_page=True)
            page.click("#form-buttons-submit")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=target / f"ar-fallback-form-errors-{width}.png", full_page=True)
        context.close()


if __name__ == "__main__":
    main(*sys.argv[1:])
