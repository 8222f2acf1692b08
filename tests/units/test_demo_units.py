"""The demo profile's public pages: units and overview in eight languages, linked with PAM; the
plain-language introduction in German (Leichte Sprache), Ukrainian and Arabic; the DGS page in German."""

from example_content import OVERVIEW_ID
from example_content import overview_title
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from weissenfels.portal.organisation import UNITS

import pytest


TRANSLATED = ("en", "ro", "pl", "bg", "hu", "ar", "uk")
PLAIN_LANGUAGE = ("ar", "uk")  # the introduction in simple sentences: Leichte Sprache and its translations
UNIT_IDS = [unit.id for unit in UNITS]


class TestUnits:
    @pytest.mark.parametrize("unit_id", UNIT_IDS)
    def test_german_unit_published_with_all_translations(self, demo_portal, unit_id):
        german = demo_portal["de"][unit_id]
        assert german.portal_type == "Organisationseinheit"
        assert api.content.get_state(german) == "published"
        translations = ITranslationManager(german).get_translations()
        assert set(translations) == {"de", *TRANSLATED}
        for code in TRANSLATED:
            assert translations[code] == demo_portal[code][unit_id]

    @pytest.mark.parametrize("code", TRANSLATED)
    @pytest.mark.parametrize("unit_id", UNIT_IDS)
    def test_translation_is_real_and_published(self, demo_portal, code, unit_id):
        german = demo_portal["de"][unit_id]
        unit = demo_portal[code][unit_id]
        assert api.content.get_state(unit) == "published"
        assert unit.Language() == code
        # Translated text differs from the German one; the shared contact data is the same.
        for field in ("description", "goal", "target_group", "opening_hours"):
            assert getattr(unit, field) and getattr(unit, field) != getattr(german, field), field
        assert len(unit.tasks) == len(german.tasks)
        assert unit.text.raw != german.text.raw
        for field in ("address", "phone", "email", "authority", "desk_languages"):
            assert getattr(unit, field) == getattr(german, field), field

    @pytest.mark.parametrize("unit", UNITS, ids=UNIT_IDS)
    def test_authority_as_in_organisation(self, demo_portal, unit):
        assert demo_portal["de"][unit.id].authority == unit.authority


class TestPages:
    @pytest.mark.parametrize("code", ("de", *TRANSLATED))
    def test_overview_is_front_page(self, demo_portal, code):
        root = demo_portal[code]
        assert root.getDefaultPage() == OVERVIEW_ID
        page = root[OVERVIEW_ID]
        assert page.title == overview_title(code)
        assert api.content.get_state(page) == "published"
        assert ITranslationManager(page).get_translation("de") == demo_portal["de"][OVERVIEW_ID]

    @pytest.mark.parametrize("code", ("de", *TRANSLATED))
    def test_overview_links_every_unit_in_its_language(self, demo_portal, code):
        html = demo_portal[code][OVERVIEW_ID].text.output_relative_to(demo_portal[code])
        for unit_id in UNIT_IDS:
            assert f'href="{demo_portal[code][unit_id].absolute_url()}"' in html
        assert f'href="{demo_portal[code].absolute_url()}/wer-hilft-mir"' in html

    def test_plain_language_introduction_in_german_ukrainian_and_arabic(self, demo_portal):
        page = demo_portal["de"]["leichte-sprache"]
        assert api.content.get_state(page) == "published"
        translations = ITranslationManager(page).get_translations()
        assert set(translations) == {"de", *PLAIN_LANGUAGE}
        for code in PLAIN_LANGUAGE:
            translation = demo_portal[code]["leichte-sprache"]
            assert translations[code] == translation
            assert api.content.get_state(translation) == "published"
            assert translation.Language() == code
            assert translation.title != page.title and translation.text.raw != page.text.raw

    def test_sign_language_page_in_german_only(self, demo_portal):
        page = demo_portal["de"]["gebaerdensprache"]
        assert page.title == "Informationen in Deutscher Gebärdensprache"
        assert api.content.get_state(page) == "published"
        assert set(ITranslationManager(page).get_translations()) == {"de"}

    @pytest.mark.parametrize("code", PLAIN_LANGUAGE)
    def test_overview_links_the_plain_language_introduction(self, demo_portal, code):
        html = demo_portal[code][OVERVIEW_ID].text.output_relative_to(demo_portal[code])
        assert f'href="{demo_portal[code]["leichte-sprache"].absolute_url()}"' in html

    @pytest.mark.parametrize("code", PLAIN_LANGUAGE)
    def test_plain_language_introduction_links_the_units_in_its_language(self, demo_portal, code):
        html = demo_portal[code]["leichte-sprache"].text.output_relative_to(demo_portal[code])
        for unit_id in UNIT_IDS:
            assert f'href="{demo_portal[code][unit_id].absolute_url()}"' in html

    @pytest.mark.parametrize("page_id", ["impressum", "datenschutz", "barrierefreiheit"])
    def test_legal_pages_in_german_and_english(self, demo_portal, page_id):
        german = demo_portal["de"][page_id]
        english = demo_portal["en"][page_id]
        assert api.content.get_state(german) == api.content.get_state(english) == "published"
        assert ITranslationManager(german).get_translation("en") == english
        assert english.title != german.title

    def test_no_real_names(self, demo_portal):
        # Names of officials in the seed deck must never appear in demo content.
        names = ("Hemmer", "Henze", "Michel", "Wenzel", "Blumtritt", "Damm", "Pihl", "Knesebeck")
        for brain in api.content.find(context=demo_portal, portal_type=["Document", "Organisationseinheit"]):
            obj = brain.getObject()
            text = obj.title + obj.description + (obj.text.raw if obj.text else "")
            for name in names:
                assert name not in text, (obj.absolute_url(), name)


class TestNavigation:
    def test_units_in_navigation_legal_pages_not(self, demo_functional_portal):
        import requests

        root = demo_functional_portal["ro"]
        text = requests.get(root.absolute_url(), timeout=30).text
        # The main navigation, with its drop-downs (the units' forms), up to the search box.
        nav = text.split('id="portal-globalnav"')[1].split('id="portal-searchbox"')[0]
        for unit in UNITS:
            assert f'href="{root[unit.id].absolute_url()}"' in nav
        assert "impressum" not in nav
        assert f'href="{root.absolute_url()}/wer-hilft-mir"' in nav
        assert "Cine mă poate ajuta?" in nav

    def test_german_overview_links_leichte_sprache_and_sign_language_side_by_side(self, demo_portal):
        html = demo_portal["de"][OVERVIEW_ID].text.output_relative_to(demo_portal["de"])
        easy_read = f'href="{demo_portal["de"]["leichte-sprache"].absolute_url()}"'
        sign_language = f'href="{demo_portal["de"]["gebaerdensprache"].absolute_url()}"'
        # One paragraph offers both.
        (paragraph,) = [part for part in html.split("<p>") if easy_read in part]
        assert sign_language in paragraph


class TestSharedContact:
    def test_contact_edited_in_german_reaches_every_translation(self, demo_integration):
        from plone.app.testing import setRoles
        from plone.app.testing import TEST_USER_ID
        from weissenfels.portal.content.organisationseinheit import IOrganisationseinheit
        from zope.event import notify
        from zope.lifecycleevent import Attributes
        from zope.lifecycleevent import ObjectModifiedEvent

        portal = demo_integration["portal"]
        setRoles(portal, TEST_USER_ID, ["Manager"])
        german = portal["de"]["neustadtbuero"]
        german.phone = "03443 000-777"
        german.opening_hours = "Nur noch dienstags"
        notify(ObjectModifiedEvent(german, Attributes(IOrganisationseinheit, "phone", "opening_hours")))
        for code in TRANSLATED:
            unit = portal[code]["neustadtbuero"]
            assert unit.phone == "03443 000-777"
            assert unit.opening_hours != "Nur noch dienstags"  # translated text, not shared


@pytest.mark.parametrize(
    "code,direction,title",
    [
        ("ar", "rtl", "نهج فايسنفلس (Der Weißenfelser Weg)"),
        ("uk", "ltr", "Вайсенфельський шлях (Der Weißenfelser Weg)"),
    ],
)
def test_ukrainian_and_arabic_roots_show_their_overview(demo_functional_portal, code, direction, title):
    import re
    import requests

    response = requests.get(demo_functional_portal[code].absolute_url(), timeout=30)
    assert response.status_code == 200
    (heading,) = re.findall(r"<h1[^>]*>(.*?)</h1>", response.text, re.S)
    assert heading.strip() == title
    html_tag = re.search(r"<html[^>]*>", response.text).group(0)
    assert f'lang="{code}"' in html_tag and f'dir="{direction}"' in html_tag
    # The finder is one link away, in the visitor's language.
    assert f'href="{demo_functional_portal[code].absolute_url()}/wer-hilft-mir"' in response.text


def test_example_content_import_is_idempotent(demo_integration):
    from plone.app.testing import setRoles
    from plone.app.testing import TEST_USER_ID
    from weissenfels.portal.setuphandlers.demo import import_example_content

    portal = demo_integration["portal"]
    setRoles(portal, TEST_USER_ID, ["Manager"])
    before = len(api.content.find(context=portal, portal_type=["Document", "Organisationseinheit"]))
    import_example_content(portal)
    assert len(api.content.find(context=portal, portal_type=["Document", "Organisationseinheit"])) == before
    assert not api.content.find(context=portal, translation_outdated=True)
