"""The full accessibility sweep, on demand: every public page (tests/a11y_checks.PAGES, the
housing form also after an empty post) in all eight languages at 1280 px and 360 px, axe-core
in Debian's Chromium (violations of any impact) and the Nu Html Checker (errors), against a
site made as `make start` makes it (tests/started_site.py) or a running one (--url).

    .venv/bin/python bench/accessibility.py [--url http://localhost:8080/weissenfels] [--out NAME]

Writes bench/results/<NAME>.md (default accessibility.md): a table of counts and the messages.
Each empty post counts toward the rate limit of form submissions per client (5 in 10 minutes
by default, cases/settings.py): from the sixth language on, the failed post also shows that
refusal, which is checked like any other error.
"""

from pathlib import Path

import argparse
import collections
import sys
import tempfile


HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from a11y_checks import LANGUAGES  # noqa: E402
from a11y_checks import page_url  # noqa: E402
from a11y_checks import PAGES  # noqa: E402
from a11y_checks import submit_empty_form  # noqa: E402
from a11y_checks import visit  # noqa: E402
from a11y_checks import vnu_errors  # noqa: E402
from a11y_checks import WIDTHS  # noqa: E402
from browsing import ARGS  # noqa: E402
from browsing import CHROMIUM  # noqa: E402


def sweep(portal_url, languages=LANGUAGES, pages=PAGES):
    """axe: {(page, lang, width): [violations]}; html: {(page, lang): html} (desktop)."""
    from playwright.sync_api import sync_playwright

    axe, html = {}, {}
    with sync_playwright() as running, tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        context = running.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=ARGS, locale="de-DE"
        )
        page = context.new_page()
        for lang in languages:
            for name, path in pages.items():
                print(lang, name, flush=True)
                html[name, lang], found = visit(page, page_url(portal_url, lang, path))
                axe.update({(name, lang, width): violations for width, violations in found.items()})
                if name == "housing form":
                    key = ("housing form, failed post", lang)
                    html[key], found = submit_empty_form(page)
                    axe.update({(key[0], lang, width): violations for width, violations in found.items()})
        context.close()
    found = vnu_errors({" ".join(key): source for key, source in html.items()})
    return axe, {key: found[" ".join(key)] for key in html}


def report(axe, vnu, widths=WIDTHS):
    lines = [
        "| page | lang | " + " | ".join(f"axe {w}" for w in widths) + " | vnu errors |",
        "|---|---|" + "---|" * (len(widths) + 1),
    ]
    for (name, lang), errors in vnu.items():
        counts = " | ".join(str(len(axe[name, lang, w])) for w in widths)
        lines.append(f"| {name} | {lang} | {counts} | {len(errors)} |")
    totals = collections.Counter()
    for violations in axe.values():
        for rule, impact, targets in violations:
            totals[f"axe {rule} ({impact}) {targets[0] if targets else ''}"] += 1
    for errors in vnu.values():
        for error in errors:
            totals[f"vnu {error}"] += 1
    lines += ["", "## Messages (how many page × language × width show each)", ""]
    lines += [f"- {count}× {message}" for message, count in totals.most_common()]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running portal; default: start one as `make start` does")
    parser.add_argument("--out", default="accessibility")
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    args = parser.parse_args()
    languages = args.languages.split(",")
    if args.url:
        axe, vnu = sweep(args.url, languages)
    else:
        from smtp_sink import start_sink
        from started_site import start_site

        _sink, controller = start_sink()
        with tempfile.TemporaryDirectory() as target:
            url, _admin, _demo, server, *_ = start_site(Path(target), controller.port)
            try:
                axe, vnu = sweep(url, languages)
            finally:
                server.stop()
                controller.stop()
    out = HERE / "results" / f"{args.out}.md"
    out.write_text(f"# Accessibility sweep: axe-core (any impact) and Nu Html Checker (errors)\n\n{report(axe, vnu)}")
    print(out.read_text())


if __name__ == "__main__":
    main()
