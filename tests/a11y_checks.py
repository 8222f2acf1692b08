"""The accessibility checks of the public pages, shared by the started-site tests
(tests/browser/test_started_site_accessibility.py, a sample) and the full sweep
(bench/accessibility.py): axe-core in Debian's Chromium and the Nu Html Checker (vnu-jar from
the npm registry, scripts/vnu.sh, run with Java 17) on the HTML the server sent."""

from browsing import axe_violations
from pathlib import Path

import json
import subprocess
import tempfile


REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("de", "en", "ro", "pl", "bg", "hu", "ar", "uk")
WIDTHS = {"desktop": 1280, "mobile": 360}
HOUSING_FORM = "wohnraumkontrolle/wohnraum-missstand-melden"
# Every public page kind; a page missing in a language leads to the German one with the
# not-translated notice (multilingual/fallback.py), which is what that visitor gets.
PAGES = {
    "front": "",
    "unit": "wohnraumkontrolle",
    "finder": "wer-hilft-mir",
    "housing form": HOUSING_FORM,
    "status": "@@vorgang-status",
    "impressum": "impressum",
    "plain language": "leichte-sprache",
    "sign language": "gebaerdensprache",
}
ALL_IMPACTS = ("minor", "moderate", "serious", "critical")
# Nu Html Checker messages that no override on the add-on's layer can remove, with the reason.
VNU_ALLOWED = {}


def page_url(portal_url, lang, path):
    return f"{portal_url}/{lang}/{path}".rstrip("/")


def axe_at_widths(page):
    """axe's violations (any impact) at each width of WIDTHS: {width name: [...]}."""
    found = {}
    for name, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        # a new width starts CSS transitions (the navigation's colours): check the end state
        page.evaluate("async () => { await Promise.all(document.getAnimations().map(a => a.finished)); }")
        found[name] = axe_violations(page, impacts=ALL_IMPACTS)
    return found


def visit(page, url):
    """Opens url; the HTML the server sent for it (after redirects) and axe's violations at
    each width.
    A page missing in the visitor's language whose fallback is not the page itself (the
    traversal fallback stops at the nearest German parent) is opened as the finder links
    it: the German page with ?untranslated=<lang>."""
    response = page.goto(url)
    if "untranslated=" in page.url and "untranslated=" not in url and "@@" not in url:
        portal_url, _, rest = url.partition("/weissenfels/")
        lang, _, path = rest.partition("/")
        if path and not page.url.split("?")[0].endswith(path):
            response = page.goto(f"{portal_url}/weissenfels/de/{path}?untranslated={lang}")
    assert response.status == 200, (url, response.status)
    page.wait_for_load_state("networkidle")
    return response.text(), axe_at_widths(page)


def submit_empty_form(page):
    """Sends the open case form empty; the HTML of the answer (the form with its errors)
    and axe's violations at each width. Each post counts toward the site's rate limit of
    submissions per client (cases/abuse.py): post sparingly."""
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.click("#form-buttons-submit")
    page.wait_for_load_state("networkidle")
    return answer.value.text(), axe_at_widths(page)


def vnu_jar():
    return subprocess.run([REPO / "scripts" / "vnu.sh"], capture_output=True, text=True, check=True).stdout.strip()


def vnu_errors(documents):
    """{name: [error message, ...]} for {name: html}; one Java run for all of them."""
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for index, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"{index}.html"
            path.write_text(html, encoding="utf-8")
            files[str(path)] = name
        result = subprocess.run(
            ["/usr/bin/java", "-jar", vnu_jar(), "--format", "json", "--stdout", *files],
            capture_output=True,
            text=True,
        )
        messages = json.loads(result.stdout)["messages"]
    found = {name: [] for name in documents}
    for message in messages:
        if message["type"] != "error" and message.get("subType") != "fatal":
            continue
        text = message["message"]
        if any(allowed in text for allowed in VNU_ALLOWED):
            continue
        name = files[message["url"].removeprefix("file:")]
        found[name].append(f"{text} [{message.get('extract', '').strip()[:80]}]")
    return found
