"""Errors below a view (theme/errors.py) get the portal's page in the visitor's language:
Plone fell back to a bare, unthemed page titled "Fehler" and marked lang="en"."""

from lxml import html

import pytest
import requests


HTML = {"Accept": "text/html"}


@pytest.mark.parametrize(
    "path, lang, title",
    [
        ("/de/@@search/gibt-es-nicht", "de", "Seite nicht gefunden"),
        ("/de/@@images/image", "de", "Seite nicht gefunden"),
        ("/de/wohnraumkontrolle/@@download/file", "de", "Seite nicht gefunden"),
        ("/ro/@@sitemap/nimic", "ro", "Pagina nu a fost găsită"),
        ("/ar/@@search/x", "ar", "الصفحة غير موجودة"),
    ],
)
def test_not_found_below_a_view_is_the_portals_page(demo_functional_portal, path, lang, title):
    response = requests.get(demo_functional_portal.absolute_url() + path, headers=HTML, timeout=60)
    assert response.status_code == 404
    page = html.fromstring(response.text)
    assert page.get("lang") == lang
    assert page.findtext(".//title").startswith(title + " — ")
    # The portal's page: its logo, navigation and search form, the page's text in the main column.
    for element in ("portal-logo", "portal-globalnav", "searchGadget_form", "content"):
        assert page.xpath(f"//*[@id='{element}']"), element


def test_a_bad_request_below_a_view_is_the_portals_page(demo_functional_portal):
    response = requests.get(demo_functional_portal.absolute_url() + "/de/@@images", headers=HTML, timeout=60)
    assert response.status_code == 400
    page = html.fromstring(response.text)
    assert page.get("lang") == "de" and page.findtext(".//title").startswith("Fehler — ")
    assert page.xpath("//*[@id='portal-logo']") and page.xpath("//*[@id='content']")


def test_scripts_still_get_json(demo_functional_portal):
    base = demo_functional_portal.absolute_url()
    plain = requests.get(base + "/de/@@search/x", headers={"Accept": "*/*"}, timeout=60)
    assert plain.status_code == 404 and plain.json() == {"error_type": "NotFound"}
    rest = requests.get(base + "/de/gibt-es-nicht", headers={"Accept": "application/json"}, timeout=60)
    assert rest.status_code == 404 and rest.json()["type"] == "NotFound"  # plone.rest's answer


ENGLISH = ("This page does not seem to exist", "We apologize for the inconvenience", "there seems to be an error")


@pytest.mark.parametrize("lang", ["de", "ro", "pl", "bg", "hu", "uk", "ar"])
@pytest.mark.parametrize("path, status", [("/gibt-es-nicht", 404), ("/@@images", 400)])
def test_error_pages_speak_the_visitors_language(demo_functional_portal, lang, path, status):
    """plone.app.locales lacks (or marks fuzzy) the error page's texts in bg, hu and ar: the
    add-on's plone.po gives them (locales/<lang>/LC_MESSAGES/plone.po)."""
    response = requests.get(f"{demo_functional_portal.absolute_url()}/{lang}{path}", headers=HTML, timeout=60)
    assert response.status_code == status
    text = html.fromstring(response.text).xpath("string(//*[@id='content'])")
    assert text.strip() and not [english for english in ENGLISH if english in text]
