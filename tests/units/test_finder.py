"""The finder "Wer hilft mir?": each situation leads to the right unit, contact and form."""

from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from weissenfels.portal.organisation import LANGUAGES
from weissenfels.portal.units.registry import active_units

import pytest
import re
import requests


EXPECTED = {
    "just-arrived": ("clearingstelle", "erstgespraech-anfragen"),
    "housing": ("wohnraumkontrolle", "wohnraum-missstand-melden"),
    "school": ("schulteam", "schulanmeldung-begleitung"),
    "advice": ("neustadtbuero", "kontakt"),
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_demo_situations_in_every_language_linked_to_german(demo_portal, code):
    """The demo's Wegweiser holds the four situations in each language, in order, translated."""
    folder = demo_portal[code]["wer-hilft-mir"]
    situations = folder.contentValues()
    assert [s.getId() for s in situations] == ["just-arrived", "housing", "school", "advice"]
    assert {s.getId(): (s.unit, s.form_id) for s in situations} == EXPECTED
    assert {s.unit for s in situations} <= {unit.key for unit in active_units()}
    for situation in situations:
        assert situation.Language() == code
        assert api.content.get_state(situation) == "published"
        german = ITranslationManager(situation).get_translation("de")
        assert german == demo_portal["de"]["wer-hilft-mir"][situation.getId()]
    assert ITranslationManager(folder).get_translation("de") == demo_portal["de"]["wer-hilft-mir"]


def finder(root, request, situation=None):
    request.form["situation"] = situation or ""
    return root["wer-hilft-mir"].restrictedTraverse("@@view")


class TestFinderView:
    @pytest.mark.parametrize("code", ["de", "en", "ro", "pl", "bg", "hu", "ar", "uk"])
    @pytest.mark.parametrize("situation", sorted(EXPECTED))
    def test_situation_leads_to_published_demo_form(self, demo_integration, code, situation):
        root = demo_integration["portal"][code]
        unit_id, form_id = EXPECTED[situation]
        german_form = demo_integration["portal"]["de"][unit_id][form_id]
        form = ITranslationManager(german_form).get_translation(code)
        logout()
        answer = finder(root, demo_integration["request"], situation).answer(
            finder(root, demo_integration["request"], situation).chosen()
        )
        assert answer["unit"] == root[unit_id]
        assert answer["form"] == form
        assert answer["action_url"] == form.absolute_url()

    @pytest.mark.parametrize("situation", sorted(EXPECTED))
    def test_private_form_leads_to_unit_page(self, demo_integration, situation):
        """A form that is not published is not offered to visitors: the unit page is."""
        portal = demo_integration["portal"]
        setRoles(portal, TEST_USER_ID, ["Manager"])
        unit_id, form_id = EXPECTED[situation]
        api.content.transition(obj=portal["ro"][unit_id][form_id], transition="retract")
        logout()
        view = finder(portal["ro"], demo_integration["request"], situation)
        answer = view.answer(view.chosen())
        assert answer["unit"] == portal["ro"][unit_id]
        assert answer["form"] is None
        assert answer["action_url"] == portal["ro"][unit_id].absolute_url()
        login(portal, TEST_USER_NAME)

    def test_situation_of_a_retired_unit_is_not_offered(self, demo_integration):
        """The school team retires (its successor the Clearing Office): its situation goes."""
        from weissenfels.portal.units.retire import retire

        portal = demo_integration["portal"]
        setRoles(portal, TEST_USER_ID, ["Manager"])
        retire(portal["de"]["schulteam"], "clearingstelle")
        logout()
        for code in ("de", "ro"):
            view = finder(portal[code], demo_integration["request"], "school")
            assert view.chosen() is None
            html = view()
            assert "wer-hilft-mir?situation=school" not in html
            assert "wer-hilft-mir?situation=housing" in html
        login(portal, TEST_USER_NAME)

    def test_language_root_without_wegweiser_shows_the_german_situations_with_the_notice(self, demo_integration):
        portal = demo_integration["portal"]
        setRoles(portal, TEST_USER_ID, ["Manager"])
        api.content.delete(obj=portal["uk"]["wer-hilft-mir"], check_linkintegrity=False)
        logout()
        request = demo_integration["request"]
        request.form["situation"] = "housing"
        view = portal["uk"].restrictedTraverse("@@wer-hilft-mir")
        html = view()
        assert "Ich habe ein Problem mit meiner Wohnung" in html
        assert "wsf-untranslated-notice" in html
        assert "Цю сторінку ще не перекладено вашою мовою." in html
        assert view.chosen() == portal["de"]["wer-hilft-mir"]["housing"]
        login(portal, TEST_USER_NAME)

    def test_unknown_situation_shows_the_choice(self, demo_integration):
        view = finder(demo_integration["portal"]["de"], demo_integration["request"], "nonsense")
        assert view.chosen() is None
        html = view()
        assert 'id="finder-answer"' not in html
        for situation in EXPECTED:
            assert f"wer-hilft-mir?situation={situation}" in html


class TestFinderHttp:
    def test_a_situations_own_page_is_the_finder_with_it_chosen(self, demo_functional_portal):
        situation = demo_functional_portal["pl"]["wer-hilft-mir"]["housing"]
        response = requests.get(situation.absolute_url(), timeout=30)
        assert response.status_code == 200
        assert 'id="finder-answer"' in response.text
        assert "Mam problem z mieszkaniem" in response.text
        assert f'href="{demo_functional_portal["pl"]["wohnraumkontrolle"].absolute_url()}"' in response.text

    @pytest.mark.parametrize(
        "code,title,button",
        [
            ("de", "Wer hilft mir?", "Ich habe ein Problem mit meiner Wohnung"),
            ("en", "Who can help me?", "I have a problem with my housing"),
            ("ro", "Cine mă poate ajuta?", "Am o problemă cu locuința"),
            ("pl", "Kto mi pomoże?", "Mam problem z mieszkaniem"),
            ("bg", "Кой може да ми помогне?", "Имам проблем с жилището си"),
            ("hu", "Ki segít nekem?", "Gondom van a lakásommal"),
        ],
    )
    def test_finder_in_visitors_language(self, demo_functional_portal, code, title, button):
        url = f"{demo_functional_portal.absolute_url()}/{code}/wer-hilft-mir"
        response = requests.get(url, params={"situation": "housing"}, timeout=30)
        assert response.status_code == 200
        text = response.text
        assert title in text
        assert button in text
        unit = demo_functional_portal[code]["wohnraumkontrolle"]
        assert f'href="{unit.absolute_url()}"' in text
        assert "wohnraumkontrolle@weissenfels.example.org" in text
        assert 'href="tel:03443000320"' in text

    @pytest.mark.parametrize(
        "code,title,button",
        [("ar", "من يستطيع مساعدتي؟", "لديّ مشكلة في السكن"), ("uk", "Хто мені допоможе?", "У мене проблема з житлом")],
    )
    def test_finder_in_ukrainian_and_arabic_leads_to_their_unit_pages(
        self, demo_functional_portal, code, title, button
    ):
        portal = demo_functional_portal
        url = f"{portal.absolute_url()}/{code}/wer-hilft-mir"
        for situation, (unit_id, form_id) in EXPECTED.items():
            text = requests.get(url, params={"situation": situation}, timeout=30).text
            assert title in text
            # The unit page in the visitor's language, no "not translated" detour.
            assert f'href="{portal[code][unit_id].absolute_url()}"' in text, situation
            assert f'href="{portal["de"][unit_id].absolute_url()}?untranslated={code}"' not in text, situation
            # The form in the visitor's language where it exists, else the German one with the notice.
            german_form = portal["de"][unit_id][form_id]
            form = ITranslationManager(german_form).get_translation(code)
            expected = form.absolute_url() if form is not None else f"{german_form.absolute_url()}?untranslated={code}"
            assert f'href="{expected}"' in text, situation
        # A situation's own page (Lebenslage) too.
        situation_page = requests.get(portal[code]["wer-hilft-mir"]["housing"].absolute_url(), timeout=30).text
        assert f'href="{portal[code]["wohnraumkontrolle"].absolute_url()}"' in situation_page
        text = requests.get(url, params={"situation": "housing"}, timeout=30).text
        assert button in text
        assert "wohnraumkontrolle@weissenfels.example.org" in text
        html_tag = re.search(r"<html[^>]*>", text).group(0)
        assert f'lang="{code}"' in html_tag
        assert ('dir="rtl"' in html_tag) == (code == "ar")
