"""Language behaviour over HTTP: selector, German fallback with notice, hreflang, lang, RTL, search."""

from plone import api
from weissenfels.portal.organisation import UNITS

import pytest
import re
import requests


TRANSLATED = ("de", "en", "ro", "pl", "bg", "hu", "ar", "uk")
GERMAN_ONLY = "gebaerdensprache"  # the page in German Sign Language: German only by nature


def get(url, **kw):
    response = requests.get(url, timeout=30, **kw)
    assert response.status_code == 200, (url, response.status_code)
    return response


def selector_links(html):
    """{language code: href} of the language selector."""
    selector = html.split('id="portal-languageselector"')[1].split("</ul>")[0]
    return dict(
        (code, href.replace("&amp;", "&"))
        for href, code in re.findall(r'<a href="([^"]+)"\s+hreflang="([a-z]+)"', selector)
    )


class TestSelector:
    @pytest.mark.parametrize("code", TRANSLATED[1:])
    def test_selector_leads_to_translation(self, demo_functional_portal, code):
        portal = demo_functional_portal
        html = get(portal["de"]["wohnraumkontrolle"].absolute_url()).text
        links = selector_links(html)
        assert set(links) == {"de", "en", "ro", "pl", "bg", "hu", "ar", "uk"}
        response = get(links[code])
        assert response.url.split("?")[0] == portal[code]["wohnraumkontrolle"].absolute_url()
        assert f'lang="{code}"' in response.text

    @pytest.mark.parametrize("code", ["ro", "ar"])
    def test_selector_keeps_the_view(self, demo_functional_portal, code):
        portal = demo_functional_portal
        html = get(portal["de"].absolute_url() + "/wer-hilft-mir").text
        response = get(selector_links(html)[code])
        assert response.url.split("?")[0] == portal[code].absolute_url() + "/wer-hilft-mir"

    @pytest.mark.parametrize("code", ["ar", "uk"])
    def test_selector_from_a_translation_leads_to_the_unit_in_that_language(self, demo_functional_portal, code):
        portal = demo_functional_portal
        html = get(portal["ro"]["schulteam"].absolute_url()).text
        response = get(selector_links(html)[code])
        assert response.url.split("?")[0] == portal[code]["schulteam"].absolute_url()
        assert 'id="wsf-untranslated-notice"' not in response.text
        assert portal[code]["schulteam"].title in response.text

    @pytest.mark.parametrize(
        "code,notice",
        [
            ("en", "This page has not been translated into your language yet. You are reading the German version."),
            ("ro", "Această pagină nu a fost încă tradusă în limba dumneavoastră. Citiți versiunea în limba germană."),
            ("pl", "Ta strona nie została jeszcze przetłumaczona na Państwa język. Czytają Państwo wersję niemiecką."),
            ("bg", "Тази страница все още не е преведена на вашия език. Четете версията на немски език."),
            ("hu", "Ezt az oldalt még nem fordították le az Ön nyelvére. A német változatot olvassa."),
            ("uk", "Цю сторінку ще не перекладено вашою мовою. Ви читаєте німецьку версію."),
            ("ar", "لم تُترجم هذه الصفحة إلى لغتك بعد. أنت تقرأ النسخة الألمانية."),
        ],
    )
    def test_german_only_page_notice_in_visitors_language(self, demo_functional_portal, code, notice):
        portal = demo_functional_portal
        page = portal["de"][GERMAN_ONLY]
        link = selector_links(get(page.absolute_url()).text)[code]
        response = get(link)
        assert response.url.split("?")[0] == page.absolute_url()
        assert notice in response.text
        tag = re.search(r'<div[^>]*id="wsf-untranslated-notice"[^>]*>', response.text).group(0)
        assert f'lang="{code}"' in tag
        assert ('dir="rtl"' in tag) == (code == "ar")
        # The page itself is German and says so.
        assert 'lang="de"' in re.search(r"<html[^>]*>", response.text).group(0)

    def test_no_notice_without_request(self, demo_functional_portal):
        html = get(demo_functional_portal["de"]["leichte-sprache"].absolute_url()).text
        assert "wsf-untranslated-notice" not in html

    def test_no_notice_when_translation_exists(self, demo_functional_portal):
        html = get(demo_functional_portal["de"]["schulteam"].absolute_url(), params={"untranslated": "ro"}).text
        assert "wsf-untranslated-notice" not in html

    def test_missing_path_in_language_root_falls_back_not_404(self, demo_functional_portal):
        portal = demo_functional_portal
        response = get(portal.absolute_url() + "/ro/leichte-sprache")
        assert response.url.split("?")[0] == portal["de"]["leichte-sprache"].absolute_url()
        assert "Această pagină nu a fost încă tradusă" in response.text

    def test_missing_page_in_unit_falls_back_to_german_unit_page(self, demo_functional_portal):
        from plone.app.testing import setRoles
        from plone.app.testing import TEST_USER_ID

        import transaction

        portal = demo_functional_portal
        setRoles(portal, TEST_USER_ID, ["Manager"])
        page = api.content.create(
            container=portal["de"]["schulteam"],
            type="Document",
            id="schulpflicht",
            title="Schulpflicht in Sachsen-Anhalt",
        )
        api.content.transition(obj=page, transition="publish")
        transaction.commit()
        response = get(portal["pl"]["schulteam"].absolute_url() + "/schulpflicht")
        assert response.url.split("?")[0] == page.absolute_url()
        assert "Ta strona nie została jeszcze przetłumaczona" in response.text
        assert "Schulpflicht in Sachsen-Anhalt" in response.text

    def test_private_german_page_is_not_revealed(self, demo_functional_portal):
        from plone.app.testing import setRoles
        from plone.app.testing import TEST_USER_ID

        import transaction

        portal = demo_functional_portal
        setRoles(portal, TEST_USER_ID, ["Manager"])
        api.content.create(container=portal["de"], type="Document", id="entwurf", title="Entwurf")
        transaction.commit()
        response = requests.get(portal.absolute_url() + "/ro/entwurf", timeout=30, allow_redirects=False)
        assert response.status_code == 404

    def test_existing_translation_is_served_directly(self, demo_functional_portal):
        response = get(demo_functional_portal.absolute_url() + "/en/impressum")
        assert response.url == demo_functional_portal["en"]["impressum"].absolute_url()
        assert "wsf-untranslated-notice" not in response.text

    def test_unknown_path_is_still_404(self, demo_functional_portal):
        response = requests.get(demo_functional_portal.absolute_url() + "/ro/gibt-es-nicht", timeout=30)
        assert response.status_code == 404


class TestHead:
    @pytest.mark.parametrize("unit_id", [unit.id for unit in UNITS])
    def test_hreflang_for_every_translation(self, demo_functional_portal, unit_id):
        portal = demo_functional_portal
        html = get(portal["pl"][unit_id].absolute_url()).text
        head = html.split("</head>")[0]
        alternates = dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', head))
        expected = {code: portal[code][unit_id].absolute_url() for code in TRANSLATED}
        # German, the binding version, is the default for every other language.
        assert alternates == {**expected, "x-default": expected["de"]}

    def test_no_hreflang_for_untranslated_page(self, demo_functional_portal):
        html = get(demo_functional_portal["de"][GERMAN_ONLY].absolute_url()).text
        assert 'hreflang="en"' not in html.split("</head>")[0]

    @pytest.mark.parametrize("code", TRANSLATED)
    def test_html_lang(self, demo_functional_portal, code):
        html = get(demo_functional_portal[code]["clearingstelle"].absolute_url()).text
        tag = re.search(r"<html[^>]*>", html).group(0)
        assert f'lang="{code}"' in tag
        assert f'dir="{"rtl" if code == "ar" else "ltr"}"' in tag

    def test_arabic_is_right_to_left(self, demo_functional_portal):
        html = get(demo_functional_portal["ar"].absolute_url()).text
        tag = re.search(r"<html[^>]*>", html).group(0)
        assert 'lang="ar"' in tag
        assert 'dir="rtl"' in tag


class TestSearch:
    @pytest.mark.parametrize("code", TRANSLATED)
    def test_search_shows_visitors_language_only(self, demo_functional_portal, code):
        portal = demo_functional_portal
        html = get(portal[code].absolute_url() + "/@@search", params={"SearchableText": "Weißenfels"}).text
        results = html.split('id="search-results"')[1]
        found = set(re.findall(re.escape(portal.absolute_url()) + r"/([a-z]{2})/", results))
        assert found == {code}

    @pytest.mark.parametrize("code", TRANSLATED)
    def test_rest_search_in_language_root(self, demo_functional_portal, code):
        portal = demo_functional_portal
        response = get(
            portal[code].absolute_url() + "/@search",
            params={"portal_type": "Organisationseinheit"},
            headers={"Accept": "application/json"},
        )
        items = response.json()["items"]
        assert {item["@id"] for item in items} == {portal[code][unit.id].absolute_url() for unit in UNITS}
