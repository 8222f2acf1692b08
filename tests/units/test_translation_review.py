"""Translation review (issue 18): every translation is "übersetzt" until a native reviewer of its
language approves it (@@uebersetzung-pruefen, who and when stored); an edit afterwards puts it
back; German sources have none; editors see the status, visitors never; the dashboard
@@uebersetzungen counts what is missing, outdated and unreviewed per language."""

from datetime import datetime
from datetime import UTC
from lxml import html
from permission_matrix_reader import section_cells
from plone import api
from plone.app.testing import setRoles
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_ID
from site_client import site_session
from weissenfels.portal.multilingual.review import approve
from weissenfels.portal.multilingual.review import review_state
from weissenfels.portal.testing import DEMO_PASSWORD
from zope.event import notify
from zope.lifecycleevent import Attributes
from zope.lifecycleevent import modified
from zope.lifecycleevent import ObjectModifiedEvent

import pytest
import re
import requests
import secrets
import transaction


TRANSLATED_TYPES = ("Document", "EasyForm", "Lebenslage", "Organisationseinheit", "Wegweiser")
REVIEWER = ("pruefung-ro", DEMO_PASSWORD)
EDITOR = ("redakteurin", DEMO_PASSWORD)


def reviewed_brains(portal, **query):
    return api.content.find(context=portal, portal_type=TRANSLATED_TYPES, unrestricted=True, **query)


class TestStatus:
    def test_demo_translations_start_unreviewed_german_has_none(self, demo_portal):
        brains = reviewed_brains(demo_portal)
        german = [b for b in brains if b.Language == "de"]
        translations = [b for b in brains if b.Language not in ("de", "")]
        assert german and translations
        assert {review_state(b._unrestrictedGetObject()) for b in translations} == {"translated"}
        assert {b.translation_review for b in translations} == {"translated"}
        assert {review_state(b._unrestrictedGetObject()) for b in german} == {None}
        assert not api.content.find(context=demo_portal, translation_review="reviewed", unrestricted=True)
        # Every public kind of translation has it: unit page, form, page, situation, finder.
        assert {b.portal_type for b in translations} == set(TRANSLATED_TYPES)

    def test_approval_stores_who_and_when(self, demo_portal):
        unit = demo_portal["ro"]["wohnraumkontrolle"]
        before = datetime.now(UTC)
        approve(unit, "pruefung-ro")
        assert review_state(unit) == "reviewed"
        assert unit.translation_reviewer == "pruefung-ro"
        assert before <= unit.translation_reviewed <= datetime.now(UTC)
        assert [b.getPath() for b in api.content.find(context=demo_portal, translation_review="reviewed")] == [
            "/".join(unit.getPhysicalPath())
        ]

    def test_edit_of_the_translation_resets_the_review(self, demo_portal):
        unit = demo_portal["ro"]["wohnraumkontrolle"]
        approve(unit, "pruefung-ro")
        unit.goal = "Un nou obiectiv"
        modified(unit)
        assert review_state(unit) == "translated"
        assert unit.translation_reviewer == "pruefung-ro"  # the last review stays known
        assert not api.content.find(context=demo_portal, translation_review="reviewed")

    def test_german_edit_and_pam_sync_keep_the_review(self, demo_portal):
        """A German save marks the translation outdated (freshness), but the translation's own
        text did not change: its review stays; PAM's copy of language-independent fields too."""
        unit = demo_portal["ro"]["schulteam"]
        approve(unit, "pruefung-ro")
        german = demo_portal["de"]["schulteam"]
        german.phone = "03443 000-111"
        modified(german)
        notify(ObjectModifiedEvent(unit, Attributes(None, "phone"), "some-translation-group"))
        assert review_state(unit) == "reviewed"

    def test_adding_a_child_keeps_the_review(self, demo_portal):
        setRoles(demo_portal, TEST_USER_ID, ["Manager"])
        unit = demo_portal["ro"]["clearingstelle"]
        approve(unit, "pruefung-ro")
        api.content.create(container=unit, type="Document", id="nou", title="Nou")
        assert review_state(unit) == "reviewed"

    def test_reviewer_groups_have_the_role_on_their_root_only(self, demo_portal):
        for code in ("en", "ro", "pl", "bg", "hu", "ar", "uk"):
            group = f"uebersetzungspruefung-{code}"
            assert api.group.get(groupname=group) is not None
            assert "TranslationReviewer" in api.group.get_roles(groupname=group, obj=demo_portal[code])
            assert "TranslationReviewer" not in api.group.get_roles(groupname=group, obj=demo_portal["de"])
        assert api.group.get(groupname="uebersetzungspruefung-de") is None


@pytest.fixture
def reviewer(demo_functional_portal):
    """A native reviewer of Romanian (member of uebersetzungspruefung-ro), committed."""
    api.user.create(email="pruefung-ro@weissenfels.example", username=REVIEWER[0], password=REVIEWER[1])
    api.user.get(REVIEWER[0]).setMemberProperties({"fullname": "Prüferin Rumänisch"})
    api.group.add_user(groupname="uebersetzungspruefung-ro", username=REVIEWER[0])
    transaction.commit()
    return REVIEWER


def token_of(page):
    """The user's CSRF token: the approval form's field, else the one every page carries for scripts."""
    found = re.search(r'name="_authenticator"\s+type="hidden"\s+value="([^"]+)"', page)
    return (found or re.search(r'data-token="([^"]+)"', page)).group(1)


def press_approve(session, unit, page):
    """Press the status box's approve button for unit, with the token the page gave."""
    url = unit.absolute_url() + "/@@uebersetzung-pruefen"
    return session.post(url, data={"_authenticator": token_of(page)}, timeout=30, allow_redirects=False)


def status_box(page):
    found = html.fromstring(page).xpath('//*[@id="wsf-review-status"]')
    return found[0] if found else None


class TestOverHttp:
    def test_reviewer_approves_from_the_page(self, demo_functional_portal, reviewer):
        unit = demo_functional_portal["ro"]["wohnraumkontrolle"]
        session = site_session(reviewer)
        page = session.get(unit.absolute_url(), headers={"Accept-Language": "ro"}, timeout=30).text
        box = status_box(page)
        assert box is not None and box.get("data-review-state") == "translated"
        assert box.get("lang") == "de"  # staff read it in German on a Romanian page
        assert "Übersetzt, noch nicht von Muttersprachler*in geprüft." in box.text_content()
        before = datetime.now(UTC)
        answer = session.post(
            unit.absolute_url() + "/@@uebersetzung-pruefen",
            data={"_authenticator": token_of(page), "came_from": unit.absolute_url()},
            timeout=30,
        )
        assert answer.status_code == 200 and answer.url == unit.absolute_url()
        transaction.begin()
        assert review_state(unit) == "reviewed"
        assert unit.translation_reviewer == REVIEWER[0]
        assert before <= unit.translation_reviewed <= datetime.now(UTC)
        box = status_box(session.get(unit.absolute_url(), timeout=30).text)
        assert box.get("data-review-state") == "reviewed"
        assert "Geprüft von Muttersprachler*in: Prüferin Rumänisch" in box.text_content()
        assert "@@uebersetzung-pruefen" not in html.tostring(box, encoding="unicode")

    def test_reviewer_of_one_language_cannot_approve_another(self, demo_functional_portal, reviewer):
        polish = demo_functional_portal["pl"]["wohnraumkontrolle"]
        session = site_session(reviewer)
        page = session.get(demo_functional_portal["ro"]["wohnraumkontrolle"].absolute_url(), timeout=30).text
        assert press_approve(session, polish, page).status_code in (302, 401, 403)
        transaction.begin()
        assert review_state(polish) == "translated"

    def test_editor_who_is_no_reviewer_sees_the_status_but_cannot_approve(self, demo_functional_portal):
        unit = demo_functional_portal["ro"]["wohnraumkontrolle"]
        session = site_session(EDITOR)
        page = session.get(unit.absolute_url(), timeout=30).text
        box = status_box(page)
        assert box is not None and box.get("data-review-state") == "translated"
        assert "@@uebersetzung-pruefen" not in page
        assert press_approve(session, unit, page).status_code in (302, 401, 403)
        transaction.begin()
        assert review_state(unit) == "translated"

    def test_anonymous_sees_no_status_and_cannot_approve(self, demo_functional_portal):
        unit = demo_functional_portal["ro"]["wohnraumkontrolle"]
        page = requests.get(unit.absolute_url(), timeout=30).text
        assert "wsf-review-status" not in page and "Muttersprachler" not in page
        api_answer = requests.get(unit.absolute_url(), headers={"Accept": "application/json"}, timeout=30).json()
        assert "translation_review_state" not in api_answer and "translation_reviewer" not in api_answer
        answer = requests.post(unit.absolute_url() + "/@@uebersetzung-pruefen", timeout=30, allow_redirects=False)
        assert answer.status_code in (302, 401, 403)

    def test_approval_needs_post_and_token(self, demo_functional_portal, reviewer):
        unit = demo_functional_portal["ro"]["wohnraumkontrolle"]
        session = site_session(reviewer)
        url = unit.absolute_url() + "/@@uebersetzung-pruefen"
        assert session.get(url, timeout=30).status_code in (400, 403, 405)
        assert session.post(url, timeout=30).status_code == 403
        transaction.begin()
        assert review_state(unit) == "translated"

    def test_german_source_shows_no_status(self, demo_functional_portal):
        page = site_session(EDITOR).get(demo_functional_portal["de"]["wohnraumkontrolle"].absolute_url(), timeout=30)
        assert status_box(page.text) is None

    def test_rest_cannot_write_the_status_and_an_edit_resets_it(self, demo_functional_portal, reviewer):
        """The editor's PATCH may not set "reviewed"; a PATCH of the text puts a reviewed
        translation back to "übersetzt", and the page says since when."""
        portal = demo_functional_portal
        unit = portal["ro"]["neustadtbuero"]
        editor = site_session(EDITOR, json=True)
        answer = editor.patch(
            unit.absolute_url(),
            json={"translation_review_state": "reviewed", "translation_reviewer": "redakteurin"},
            timeout=30,
        )
        assert answer.status_code in (204, 400)
        transaction.begin()
        assert review_state(unit) == "translated" and not getattr(unit, "translation_reviewer", None)
        approve(unit, REVIEWER[0])
        transaction.commit()
        answer = editor.patch(unit.absolute_url(), json={"goal": "Un obiectiv nou."}, timeout=30)
        assert answer.status_code == 204
        transaction.begin()
        assert review_state(unit) == "translated"
        box = status_box(site_session(EDITOR).get(unit.absolute_url(), timeout=30).text)
        assert box.get("data-review-state") == "translated"
        assert "Seit der letzten Prüfung durch Prüferin Rumänisch am" in box.text_content()


def summary(session, url):
    answer = session.get(url, headers={"Accept-Language": "en-US,en;q=0.9"}, timeout=60)
    assert answer.status_code == 200, answer.status_code
    tree = html.fromstring(answer.text)
    counts = {}
    for row in tree.xpath('//table[@id="wsf-translations-summary"]/tbody/tr'):
        code = row.get("id").removeprefix("summary-")
        counts[code] = {
            kind: int(row.xpath(f'.//td[@class="wsf-count-{kind}"]')[0].text)
            for kind in ("missing", "outdated", "unreviewed", "reviewed")
        }
    return counts, answer.text


class TestDashboard:
    def test_counts_follow_missing_outdated_unreviewed(self, demo_functional_portal, reviewer):
        portal = demo_functional_portal
        editor = site_session(EDITOR)
        url = portal["de"].absolute_url() + "/@@uebersetzungen"
        before, page = summary(editor, url)
        assert set(before) == {"en", "ro", "pl", "bg", "hu", "ar", "uk"}
        assert html.fromstring(page).xpath("//h1")[0].text_content().strip() == "Übersetzungen"  # German UI
        ro = before["ro"]
        assert ro["unreviewed"] > 0 and ro["reviewed"] == 0 and ro["outdated"] == 0

        # A German page without a Romanian version, a German source edited, one approved.
        setRoles(portal, TEST_USER_ID, ["Manager"])
        api.content.create(container=portal["de"], type="Document", id="neue-seite", title="Neue Seite")
        german = portal["de"]["schulteam"]
        german.goal = german.goal + " Neu."
        modified(german)
        approve(portal["ro"]["clearingstelle"], REVIEWER[0])
        transaction.commit()

        after, page = summary(editor, url)
        assert after["ro"] == {
            "missing": ro["missing"] + 1,
            "outdated": 1,
            "unreviewed": ro["unreviewed"] - 1,
            "reviewed": 1,
        }
        assert after["uk"]["missing"] == before["uk"]["missing"] + 1
        section = html.fromstring(page).xpath('//section[@id="translations-ro"]')[0]
        assert portal["de"]["neue-seite"].absolute_url() + "/@@create_translation?language=ro" in [
            a.get("href") for a in section.xpath('.//ul[@class="wsf-missing"]//a')
        ]
        assert [a.get("href") for a in section.xpath('.//ul[@class="wsf-outdated"]//a')] == [
            portal["ro"]["schulteam"].absolute_url()
        ]
        unreviewed = [a.get("href") for a in section.xpath('.//ul[@class="wsf-unreviewed"]//a')]
        assert portal["ro"]["clearingstelle"].absolute_url() not in unreviewed
        assert portal["ro"]["wohnraumkontrolle"].absolute_url() in unreviewed

    def test_a_language_root_shows_its_language_and_reviewers_see_theirs(self, demo_functional_portal, reviewer):
        portal = demo_functional_portal
        counts, _ = summary(site_session(reviewer), portal["ro"].absolute_url() + "/@@uebersetzungen")
        assert list(counts) == ["ro"]
        answer = site_session(reviewer).get(
            portal["pl"].absolute_url() + "/@@uebersetzungen", timeout=30, allow_redirects=False
        )
        assert answer.status_code in (302, 401, 403)

    def test_visitors_and_team_members_may_not_see_it(self, demo_functional_portal):
        url = demo_functional_portal["de"].absolute_url() + "/@@uebersetzungen"
        assert requests.get(url, timeout=30, allow_redirects=False).status_code in (302, 401, 403)
        answer = requests.get(url, auth=("sb-wohnraumkontrolle", DEMO_PASSWORD), timeout=30, allow_redirects=False)
        assert answer.status_code in (302, 401, 403)


MATRIX_ROLES = ("anonymous", "handler", "editor", "reviewer", "other-reviewer", "site-admin", "manager")
SITE_ADMIN = ("review-site-admin", secrets.token_urlsafe(12))
CREDENTIALS = {
    "anonymous": None,
    "handler": ("sb-wohnraumkontrolle", DEMO_PASSWORD),
    "editor": EDITOR,
    "reviewer": REVIEWER,
    "other-reviewer": ("pruefung-pl", DEMO_PASSWORD),
    "site-admin": SITE_ADMIN,
    "manager": (SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
}


def review_matrix():
    """{(path, channel): {role: value}} of the section "Translation review (issue 18)"."""
    return section_cells("## Translation review (issue 18)", MATRIX_ROLES)


@pytest.mark.parametrize("role", MATRIX_ROLES)
def test_review_matrix(demo_functional_portal, reviewer, role):
    portal, cells = demo_functional_portal, review_matrix()
    assert len(cells) == 3
    api.user.create(email="pl@weissenfels.example", username="pruefung-pl", password=DEMO_PASSWORD)
    api.group.add_user(groupname="uebersetzungspruefung-pl", username="pruefung-pl")
    api.user.create(email="sa@weissenfels.example", username=SITE_ADMIN[0], password=SITE_ADMIN[1])
    api.user.grant_roles(username=SITE_ADMIN[0], roles=["Site Administrator"])
    transaction.commit()
    unit = portal["ro"]["wohnraumkontrolle"]
    session = site_session(CREDENTIALS[role], url=portal.absolute_url())

    page = session.get(unit.absolute_url(), timeout=60).text
    assert (status_box(page) is not None) is (cells[("translation page", "status")][role] == "yes")

    token = re.search(r'data-token="([^"]+)"', page)
    data = {"_authenticator": token.group(1)} if token else {}
    session.post(unit.absolute_url() + "/@@uebersetzung-pruefen", data=data, timeout=60, allow_redirects=False)
    transaction.begin()
    assert (review_state(unit) == "reviewed") is (cells[("@@uebersetzung-pruefen", "POST")][role] == "yes")

    answer = session.get(portal["ro"].absolute_url() + "/@@uebersetzungen", timeout=60, allow_redirects=False)
    shown = answer.status_code == 200 and 'id="wsf-translations-summary"' in answer.text
    assert shown is (cells[("@@uebersetzungen on /ro", "GET")][role] == "yes")
