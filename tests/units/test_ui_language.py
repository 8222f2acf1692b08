"""No English on German pages, no German or English where the visitor chose another language
(issue 18): every public page in all eight languages, a failed form post, and the staff pages
in German, checked for English UI strings (tests/ui_language.py: the texts of the domains the
pages use; a short allow-list for what upstream cannot translate)."""

from case_forms import make_case
from case_forms import open_form
from lxml import html
from plone import api
from site_client import site_session
from ui_language import english_on_page
from ui_language import english_texts
from weissenfels.portal.organisation import LANGUAGES
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import re
import requests
import transaction


@pytest.fixture(scope="module")
def texts():
    return english_texts()


def public_paths(portal, lang):
    """Every published page of a language root, the root itself, and the pages every root has
    (finder, status page, search)."""
    root = portal[lang]
    paths = {"", "/wer-hilft-mir", "/@@vorgang-status", "/@@search?SearchableText=Wohnung"}
    base = "/".join(root.getPhysicalPath())
    for brain in api.content.find(path=base, review_state="published", unrestricted=True):
        paths.add(brain.getPath()[len(base) :])
    return sorted(paths)


def english_of(url, lang, texts, **kwargs):
    answer = requests.get(url, timeout=60, **kwargs)
    assert answer.status_code == 200, url
    return english_on_page(answer.text, lang, texts)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_public_pages_have_no_english_ui_strings(demo_functional_portal, lang, texts):
    portal = demo_functional_portal
    found = {}
    for path in public_paths(portal, lang):
        english = english_of(f"{portal.absolute_url()}/{lang}{path}", lang, texts)
        if english:
            found[path or "/"] = english
    assert not found, found


# Plone's own pages under every language root: the site map, the contact form, the login
# help and the password reset (reached from the login link in every language's header), and
# pages "not found" or failing below a view. Plone's catalogues lack many of their texts in
# ro, pl, bg, hu, uk and ar, or mark them fuzzy: the add-on's plone.po gives them.
PLONE_PAGES = [
    ("/@@sitemap", 200),
    ("/@@contact-info", 200),
    ("/login-help", 200),
    ("/mail_password_form", 200),
    ("/@@search?SearchableText=gibt-es-nicht", 200),
    ("/gibt-es-nicht", 404),
    ("/@@images", 400),
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plones_own_pages_have_no_english_ui_strings(demo_functional_portal, lang, texts):
    found = {}
    for path, status in PLONE_PAGES:
        answer = requests.get(
            f"{demo_functional_portal.absolute_url()}/{lang}{path}", headers={"Accept": "text/html"}, timeout=60
        )
        assert answer.status_code == status, path
        english = english_on_page(answer.text, lang, texts)
        if english:
            found[path] = english
    assert not found, found


@pytest.mark.parametrize("lang", ["de", "ro", "ar", "uk"])
def test_failed_form_post_shows_errors_in_the_page_language(demo_functional_portal, lang):
    """The housing form sent empty: the error messages ("Required input is missing.") and the widgets
    in the visitor's language (ar and uk read the German form with ?untranslated=<lang>)."""
    portal = demo_functional_portal
    url = f"{portal.absolute_url()}/de/wohnraumkontrolle/wohnraum-missstand-melden"
    if lang != "de":
        url += f"?untranslated={lang}" if lang in ("ar", "uk") else ""
        url = url if lang in ("ar", "uk") else url.replace("/de/", f"/{lang}/")
    session = site_session()
    action, controls, _ = open_form(session, url)
    data = [(name, value) for name, kind, value, tag in controls if kind == "hidden"]
    data.append(("form.buttons.submit", "Senden"))
    answer = session.post(action, data=data, timeout=60)
    assert answer.status_code == 200
    assert "invalid-feedback" in answer.text or "error" in answer.text
    from lxml import html

    tree = html.fromstring(answer.text)
    errors = tree.xpath("//*[contains(@class, 'invalid-feedback') or contains(@class, 'portalMessage')]")
    assert errors
    shown = "".join(html.tostring(error, encoding="unicode") for error in errors)
    assert english_on_page(f"<div>{shown}</div>", lang, english_texts()) == []


STAFF_PAGES = [
    ("/vorgaenge/wohnraumkontrolle", "sb-wohnraumkontrolle"),
    ("/vorgaenge/@@vorgaenge-inbox", "sb-wohnraumkontrolle"),
    ("/@@vorgaenge-kennzahlen", "steuerung-stadt"),
    ("/intranet", "mitglied-clearingstelle"),
    ("/vorgaenge/wohnraumkontrolle/@@team-mitglieder", "teamleitung-wohnraumkontrolle"),
    # the editors' pages (issue 18): easyform's field and action editors and a field's
    # settings, the translations dashboard (German on a language root too), a workspace and
    # its event (with the events portlet)
    ("/de/wohnraumkontrolle/wohnraum-missstand-melden/fields", "redakteurin"),
    ("/de/wohnraumkontrolle/wohnraum-missstand-melden/fields/street", "redakteurin"),
    ("/de/wohnraumkontrolle/wohnraum-missstand-melden/actions", "redakteurin"),
    ("/de/@@uebersetzungen", "redakteurin"),
    ("/ro/@@uebersetzungen", "redakteurin"),
    ("/intranet/ag-clearingstelle", "mitglied-clearingstelle"),
    ("/intranet/ag-clearingstelle/sitzung", "mitglied-clearingstelle"),
]


@pytest.mark.parametrize("path,user", STAFF_PAGES)
def test_staff_pages_are_german(demo_functional_portal, texts, path, user):
    answer = requests.get(
        demo_functional_portal.absolute_url() + path,
        auth=(user, DEMO_PASSWORD),
        headers={"Accept-Language": "en-US,en;q=0.9"},
        timeout=60,
    )
    assert answer.status_code == 200
    english = english_on_page(answer.text, "de", texts)
    assert english == [], english


def test_a_case_page_is_german(demo_functional_portal, texts):
    """The case page with its workflow menu (the transitions' titles and descriptions)."""
    case = make_case(demo_functional_portal, "wohnraumkontrolle", "Schimmel im Keller")
    transaction.commit()
    answer = requests.get(
        case.absolute_url(),
        auth=("sb-wohnraumkontrolle", DEMO_PASSWORD),
        headers={"Accept-Language": "en-US,en;q=0.9"},
        timeout=60,
    )
    assert answer.status_code == 200
    assert "Den Vorgang in Bearbeitung nehmen." in answer.text
    assert english_on_page(answer.text, "de", texts) == []


ENGLISH_DATE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b|\b\d{1,2}:\d{2} (AM|PM)\b"
)


def test_portlet_dates_are_german_on_german_pages(demo_functional_portal):
    """The events portlet ("Kommende Termine"): plone.app.event keeps its events across
    requests and formatted their dates in the first request's language ("Dec 14, 2026 09:00
    AM" on the second page an en-US browser opened)."""
    base = demo_functional_portal.absolute_url() + "/intranet/ag-clearingstelle"
    for path in ("", "/sitzung", "", "/sitzung"):
        answer = requests.get(
            base + path,
            auth=("mitglied-clearingstelle", DEMO_PASSWORD),
            headers={"Accept-Language": "en-US,en;q=0.9"},
            timeout=60,
        )
        assert answer.status_code == 200
        portlet = html.fromstring(answer.text).xpath('//*[contains(@class, "portletEvents")]')
        assert portlet, path
        shown = portlet[0].text_content()
        assert "14.12.2026" in shown and not ENGLISH_DATE.search(shown), (path, " ".join(shown.split()))


@pytest.mark.parametrize(
    "path,heading,crumb",
    [
        ("/fields", "Felder bearbeiten: Wohnraum-Missstand melden", "Felder"),
        ("/actions", "Aktionen bearbeiten: Wohnraum-Missstand melden", "Aktionen"),
    ],
)
def test_form_editors_are_titled_in_german(demo_functional_portal, path, heading, crumb):
    """Upstream titled them by their ids: "fields bearbeiten", breadcrumb "fields"."""
    url = demo_functional_portal.absolute_url() + "/de/wohnraumkontrolle/wohnraum-missstand-melden" + path
    answer = requests.get(url, auth=("redakteurin", DEMO_PASSWORD), headers={"Accept-Language": "en-US"}, timeout=60)
    assert answer.status_code == 200
    tree = html.fromstring(answer.text)
    assert tree.xpath("//h1")[0].text_content().strip() == heading
    assert (
        tree.xpath('//li[contains(@class, "breadcrumb-item") and @aria-current="page"]')[0].text_content().strip()
        == crumb
    )
    assert "Settings…" not in answer.text
    if path == "/fields":
        assert "Einstellungen…" in answer.text  # each field's settings link


@pytest.mark.parametrize("lang", ["ro", "ar"])
def test_contact_page_shows_no_german_site_description(demo_functional_portal, lang):
    """Plone's contact page showed the site's description (German) on every language's page."""
    description = demo_functional_portal.Description()
    assert description.startswith("Gemeinsames Portal")
    page = requests.get(f"{demo_functional_portal.absolute_url()}/{lang}/@@contact-info", timeout=60)
    assert page.status_code == 200
    body = html.fromstring(page.text).xpath("//body")[0]
    assert body.xpath("//h1[@class='documentFirstHeading']")  # the contact page
    assert description[:40] not in body.text_content()
