"""Helpers for the Playwright tests in tests/browser (Debian's Chromium, never a downloaded browser)."""

from playwright.sync_api import Error as PlaywrightError


CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"viewport": {"width": 360, "height": 740}, "is_mobile": True, "has_touch": True}


def chromium(playwright, profile_dir, **options):
    """Debian's Chromium, headless, with a fresh profile in profile_dir (no cookies carried
    over); options as Playwright's launch_persistent_context takes them (e.g. **PHONE)."""
    return playwright.chromium.launch_persistent_context(
        str(profile_dir), executable_path=CHROMIUM, headless=True, args=ARGS, **options
    )


class ConsoleRecorder:
    """Console errors and page errors of a page, e.g. Content-Security-Policy violations."""

    def __init__(self, page):
        self.errors = []
        page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        page.on("pageerror", lambda error: self.errors.append(str(error)))

    def csp_violations(self):
        return [error for error in self.errors if "Content Security Policy" in error]


def login(page, portal_url, user, password):
    page.goto(portal_url + "/login")
    page.fill("#__ac_name", user)
    page.fill("#__ac_password", password)
    page.click("#buttons-login")
    page.wait_for_load_state("networkidle")


AXE = __import__("pathlib").Path(__file__).parent / "browser" / "vendor" / "axe.min.js"


def axe_violations(page, impacts=("serious", "critical")):
    """Runs the vendored axe-core (tests/browser/vendor) on the page; the violations of the
    given impacts as [(rule id, impact, [target selectors])]."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # evaluated over the DevTools protocol: the portal's CSP (script-src 'self') rightly
        # refuses an inline <script>, which is what add_script_tag would insert
        page.evaluate(AXE.read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate("async () => await axe.run(document)")
    return [
        (v["id"], v["impact"], [", ".join(n["target"]) for n in v["nodes"]][:5])
        for v in result["violations"]
        if v["impact"] in impacts
    ]


def reload_after_error_page(page, attempts=5):
    """Reload, as the resident presses reload on Chromium's "connection reset" page.

    Under load Chromium may still be swapping the error page into its own process when the
    reload comes ("Not attached to an active page"); a person would simply press again.
    """
    for attempt in range(attempts):
        try:
            page.reload(wait_until="load", timeout=120_000)
            return
        except PlaywrightError as error:
            if "Not attached" not in str(error) or attempt == attempts - 1:
                raise
            page.wait_for_timeout(1000)
