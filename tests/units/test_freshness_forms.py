"""A field added to the German form flags its translations; the German editors' list on
/de/@@outdated-translations shows every outdated translation of every language, in German."""

from case_forms import grant_redaktion_roles
from lxml import html
from plone import api
from site_client import site_session
from weissenfels.portal.multilingual.freshness import outdated_since
from weissenfels.portal.testing import DEMO_PASSWORD
from zope.lifecycleevent import modified

import pytest
import requests
import transaction


FORM = ("wohnraumkontrolle", "wohnraum-missstand-melden")
TRANSLATED = ("en", "ro", "pl", "bg", "hu", "ar", "uk")  # the housing form's translations
OVERVIEW_LANGUAGES = ("en", "ro", "pl", "bg", "hu", "ar", "uk")  # the overview page's translations
GERMAN_NAMES = {
    "en": "Englisch",
    "ro": "Rumänisch",
    "pl": "Polnisch",
    "bg": "Bulgarisch",
    "hu": "Ungarisch",
    "ar": "Arabisch",
    "uk": "Ukrainisch",
}


def form_in(portal, lang):
    return portal[lang][FORM[0]][FORM[1]]


@pytest.fixture
def editor(demo_functional_portal):
    grant_redaktion_roles(demo_functional_portal)
    transaction.commit()
    return site_session(("redakteurin", DEMO_PASSWORD))


def add_field(session, form_url, name, title):
    """easyform's field editor, as the browser posts it."""
    page = html.fromstring(session.get(f"{form_url}/fields/@@add-field").text)
    form = next(f for f in page.forms if "add-field" in (f.get("class") or ""))
    data = dict(form.form_values())
    data.update(
        {
            "form.widgets.title": title,
            "form.widgets.__name__": name,
            "form.widgets.factory:list": "label_textline_field",
            "form.buttons.add": "Hinzufügen",
        }
    )
    assert session.post(form.get("action"), data=data).status_code == 200


def listing(session, url):
    response = session.get(f"{url}/@@outdated-translations", timeout=60)
    assert response.status_code == 200
    page = html.fromstring(response.text)
    return {
        section.get("id").removeprefix("outdated-"): (
            section.findtext("h2"),
            [a.get("href") for a in section.xpath(".//a[@class='wsf-outdated-item']")],
        )
        for section in page.xpath("//section[contains(@class, 'wsf-outdated-language')]")
    }, response.text


def test_a_field_added_to_the_german_form_flags_its_translations(demo_functional_portal, editor):
    portal = demo_functional_portal
    assert not api.content.find(context=portal, translation_outdated=True)
    add_field(editor, form_in(portal, "de").absolute_url(), "floor", "Stockwerk")
    transaction.begin()
    for lang in TRANSLATED:
        assert outdated_since(form_in(portal, lang)) is not None, lang
    assert outdated_since(form_in(portal, "de")) is None
    # the German editor's list, where they work, shows the Bulgarian form (and the others)
    groups, page = listing(editor, portal["de"].absolute_url())
    assert groups["bg"] == ("Bulgarisch", [form_in(portal, "bg").absolute_url()])
    assert "Alle Übersetzungen sind aktuell" not in page


def test_a_field_added_to_a_translation_flags_nothing(demo_functional_portal, editor):
    add_field(editor, form_in(demo_functional_portal, "bg").absolute_url(), "floor", "Етаж")
    transaction.begin()
    assert not api.content.find(context=demo_functional_portal, translation_outdated=True)


def test_german_root_lists_every_language_in_german(demo_functional_portal, editor):
    portal = demo_functional_portal
    with api.env.adopt_roles(["Manager"]):
        modified(portal["de"]["der-weissenfelser-weg"])  # seven translations flagged
    transaction.commit()
    groups, page = listing(editor, portal["de"].absolute_url())
    assert list(groups) == list(OVERVIEW_LANGUAGES)
    for lang in OVERVIEW_LANGUAGES:
        assert groups[lang] == (GERMAN_NAMES[lang], [portal[lang]["der-weissenfelser-weg"].absolute_url()])
    assert "Veraltete Übersetzungen" in page
    assert "Alle Übersetzungen sind aktuell" not in page
    # a language root keeps its own list
    groups, _page = listing(editor, portal["bg"].absolute_url())
    assert list(groups) == ["bg"]


def test_nothing_flagged_says_so(demo_functional_portal, editor):
    groups, page = listing(editor, demo_functional_portal["de"].absolute_url())
    assert groups == {}
    assert "Alle Übersetzungen sind aktuell" in page


def test_anonymous_may_not_see_the_german_list(demo_functional_portal):
    url = f"{demo_functional_portal['de'].absolute_url()}/@@outdated-translations"
    assert requests.get(url, timeout=60, allow_redirects=False).status_code in (302, 401, 403)


def test_xml_model_editor_save_of_the_german_form_flags_its_translations(demo_functional_portal, editor):
    form_url = form_in(demo_functional_portal, "de").absolute_url()
    page = html.fromstring(editor.get(f"{form_url}/fields/@@modeleditor").text)
    form = next(f for f in page.forms if f.xpath(".//*[@name='form.button.save']"))
    data = dict(form.form_values())
    data["source"] = data["source"].replace("<title>Seit wann?</title>", "<title>Seit wann etwa?</title>")
    data["form.button.save"] = "Speichern"
    assert editor.post(form.get("action") or f"{form_url}/fields/@@modeleditor", data=data).status_code == 200
    transaction.begin()
    assert "Seit wann etwa?" in form_in(demo_functional_portal, "de").fields_model
    assert outdated_since(form_in(demo_functional_portal, "bg")) is not None
