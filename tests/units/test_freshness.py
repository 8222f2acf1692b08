"""Translation freshness: editing the German source flags its translations; editors clear it."""

from datetime import UTC
from lxml import html
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from site_client import site_session
from weissenfels.portal.multilingual.freshness import outdated_since
from weissenfels.portal.testing import DEMO_PASSWORD
from zope.event import notify
from zope.lifecycleevent import Attributes
from zope.lifecycleevent import modified
from zope.lifecycleevent import ObjectModifiedEvent

import pytest
import re
import requests
import transaction


TRANSLATED = ("en", "ro", "pl", "bg", "hu", "ar", "uk")


def outdated_paths(portal, language):
    return {brain.getPath() for brain in api.content.find(context=portal[language], translation_outdated=True)}


class TestFlag:
    def test_demo_content_starts_fresh(self, demo_portal):
        assert not api.content.find(context=demo_portal, translation_outdated=True)

    def test_editing_german_source_flags_every_translation(self, demo_portal):
        german = demo_portal["de"]["schulteam"]
        german.goal = "Ein neues Ziel"
        modified(german)
        for code in TRANSLATED:
            unit = demo_portal[code]["schulteam"]
            assert outdated_since(unit) is not None
            assert outdated_paths(demo_portal, code) == {"/".join(unit.getPhysicalPath())}
        assert outdated_since(german) is None
        assert not outdated_paths(demo_portal, "de")

    def test_editing_a_translation_flags_nothing(self, demo_portal):
        # Language-independent fields are copied to the German source by PAM: not a source change.
        english = demo_portal["en"]["neustadtbuero"]
        english.phone = "03443 000-999"
        notify(ObjectModifiedEvent(english, Attributes(None, "phone")))
        assert not api.content.find(context=demo_portal, translation_outdated=True)

    def test_adding_a_child_to_german_unit_flags_nothing(self, demo_portal):
        setRoles(demo_portal, TEST_USER_ID, ["Manager"])
        api.content.create(container=demo_portal["de"]["clearingstelle"], type="Document", id="neu", title="Neu")
        assert not api.content.find(context=demo_portal, translation_outdated=True)

    def test_editors_list_and_view(self, demo_integration):
        portal = demo_integration["portal"]
        setRoles(portal, TEST_USER_ID, ["Manager"])
        modified(portal["de"]["der-weissenfelser-weg"])
        view = portal.restrictedTraverse("@@outdated-translations")
        groups = view.groups()
        assert [group["code"] for group in groups] == list(TRANSLATED)
        for group in groups:
            assert [item["url"] for item in group["entries"]] == [
                portal[group["code"]]["der-weissenfelser-weg"].absolute_url()
            ]
            assert group["entries"][0]["source_url"] == portal["de"]["der-weissenfelser-weg"].absolute_url()
        # On a language root, only that language.
        assert [g["code"] for g in portal["ro"].restrictedTraverse("@@outdated-translations").groups()] == ["ro"]


@pytest.fixture
def outdated_unit(demo_functional_portal):
    """The German Wohnraumkontrolle edited: its translations are outdated (committed)."""
    portal = demo_functional_portal
    german = portal["de"]["wohnraumkontrolle"]
    german.goal = german.goal + " Neu: Sprechstunde auch samstags."
    modified(german)
    transaction.commit()
    return portal["ro"]["wohnraumkontrolle"]


def editor_session(portal):
    return site_session(("redakteurin", DEMO_PASSWORD))


class TestOverHttp:
    def test_visitor_sees_notice_with_link_to_german(self, demo_functional_portal, outdated_unit):
        html = requests.get(outdated_unit.absolute_url(), timeout=30).text
        assert 'id="wsf-outdated-notice"' in html
        assert "Originalul german al acestei pagini a fost modificat" in html
        assert f'href="{demo_functional_portal["de"]["wohnraumkontrolle"].absolute_url()}"' in html
        assert "mark-translation-updated" not in html  # no editor button for visitors

    def test_fresh_translation_has_no_notice(self, demo_functional_portal):
        html = requests.get(demo_functional_portal["ro"]["schulteam"].absolute_url(), timeout=30).text
        assert "wsf-outdated-notice" not in html

    def test_editor_sees_list_for_language(self, demo_functional_portal, outdated_unit):
        session = editor_session(demo_functional_portal)
        response = session.get(demo_functional_portal["ro"].absolute_url() + "/@@outdated-translations", timeout=30)
        assert response.status_code == 200, response.text[-2000:]
        assert f'href="{outdated_unit.absolute_url()}"' in response.text
        from datetime import datetime

        # A Romanian page: the date in ISO form (German conventions only on German pages).
        shown = [t.text_content() for t in html.fromstring(response.text).xpath("//time")]
        assert datetime.now(UTC).strftime("%Y-%m-%d") in shown

    def test_anonymous_may_not_see_list(self, demo_functional_portal, outdated_unit):
        response = requests.get(
            demo_functional_portal["ro"].absolute_url() + "/@@outdated-translations", timeout=30, allow_redirects=False
        )
        assert response.status_code in (302, 401, 403)

    def test_mark_updated_needs_post_and_token(self, demo_functional_portal, outdated_unit):
        session = editor_session(demo_functional_portal)
        url = outdated_unit.absolute_url() + "/@@mark-translation-updated"
        assert session.get(url, timeout=30).status_code in (400, 403)
        assert session.post(url, timeout=30).status_code == 403  # no CSRF token
        anonymous = requests.post(url, timeout=30, allow_redirects=False)
        assert anonymous.status_code in (302, 401, 403)
        transaction.begin()
        assert outdated_since(outdated_unit) is not None

    def test_editor_marks_updated(self, demo_functional_portal, outdated_unit):
        session = editor_session(demo_functional_portal)
        html = session.get(outdated_unit.absolute_url(), timeout=30).text
        assert "mark-translation-updated" in html
        token = re.search(r'name="_authenticator"\s+type="hidden"\s+value="([^"]+)"', html).group(1)
        response = session.post(
            outdated_unit.absolute_url() + "/@@mark-translation-updated",
            data={"_authenticator": token, "came_from": outdated_unit.absolute_url()},
            timeout=30,
        )
        assert response.status_code == 200
        assert response.url == outdated_unit.absolute_url()
        transaction.begin()
        assert outdated_since(outdated_unit) is None
        assert "wsf-outdated-notice" not in requests.get(outdated_unit.absolute_url(), timeout=30).text
        # The other languages stay outdated until their editors check them.
        assert outdated_since(demo_functional_portal["pl"]["wohnraumkontrolle"]) is not None


class TestEditorPath:
    def test_rest_edit_of_german_source_flags_and_editor_finds_list(self, demo_functional_portal):
        """The Redaktion edits the German unit through the API; the Romanian version is flagged."""
        portal = demo_functional_portal
        session = editor_session(portal)
        response = session.patch(
            portal["de"]["clearingstelle"].absolute_url(),
            json={"goal": "Ein geordneter Zuzug nach Weißenfels, jetzt auch mit Terminvergabe online."},
            headers={"Accept": "application/json"},
            timeout=30,
        )
        assert response.status_code == 204
        html = requests.get(portal["ro"]["clearingstelle"].absolute_url(), timeout=30).text
        assert 'id="wsf-outdated-notice"' in html
        # The editor finds the list through the personal menu.
        editor_html = session.get(portal["ro"]["clearingstelle"].absolute_url(), timeout=30).text
        assert f'href="{portal["ro"].absolute_url()}/@@outdated-translations"' in editor_html
        anonymous_html = requests.get(portal["ro"].absolute_url(), timeout=30).text
        assert "@@outdated-translations" not in anonymous_html
