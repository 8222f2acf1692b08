"""The Redaktion keeps the finder's situations (Lebenslage) in every language, in the browser."""

from lxml import html
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


def fill(session, url, values, button="form.buttons.save"):
    """Open the form at url, fill it in and press its button, as the browser does."""
    response = session.get(url)
    assert response.status_code == 200, (url, response.status_code)
    page = html.fromstring(response.text, base_url=response.url)
    form = next(f for f in page.forms if any(name.startswith("form.widgets.") for name in f.fields))
    data = {name: value for name, value in form.form_values() if not name.startswith("form.buttons.")}
    data.update(values)
    data[button] = "Speichern"
    return session.post(form.action or response.url, data=data)


def click(session, page_url, href_part):
    """Follow the link of a page whose address contains href_part (a menu entry of the toolbar)."""
    page = html.fromstring(session.get(page_url).text, base_url=page_url)
    page.make_links_absolute(page_url)
    link = next(a.get("href") for a in page.iter("a") if href_part in (a.get("href") or ""))
    return session.get(link)


@pytest.fixture
def editor(demo_functional_portal):
    portal = demo_functional_portal
    # /hu keeps no situations of its own: it shows the German ones.
    with api.env.adopt_roles(["Manager"]):
        for situation in portal["hu"]["wer-hilft-mir"].contentValues():
            api.content.delete(obj=situation, check_linkintegrity=False)
    transaction.commit()
    session = requests.Session()
    session.auth = ("redakteurin", DEMO_PASSWORD)
    session.headers["Origin"] = portal.absolute_url().rsplit("/", 1)[0]
    return portal, session


def test_editor_adds_a_situation_and_its_bulgarian_translation(editor):
    portal, session = editor
    german_finder = portal["de"]["wer-hilft-mir"].absolute_url()

    added = fill(
        session,
        f"{german_finder}/++add++Lebenslage",
        {
            "form.widgets.title": "Ich suche Arbeit",
            "form.widgets.answer": "Das Neustadtbüro berät Sie zu Arbeit und Ausbildung.",
            "form.widgets.unit:list": "neustadtbuero",
            "form.widgets.form_id": "kontakt",
        },
    )
    assert added.status_code == 200
    situation_url = f"{german_finder}/ich-suche-arbeit"
    assert added.url.startswith(situation_url)
    assert click(session, situation_url, "workflow_action=publish").status_code == 200

    # "Übersetzen in Български" in the toolbar: PAM's add form in /bg/wer-hilft-mir
    translation_form = click(session, situation_url, "@@create_translation?language=bg")
    assert "/bg/wer-hilft-mir/++addtranslation++" in translation_form.url
    translated = fill(
        session,
        translation_form.url,
        {
            "form.widgets.title": "Търся работа",
            "form.widgets.answer": "Бюро „Нойщат“ ви съветва за работа и обучение.",
        },
    )
    assert translated.status_code == 200
    bulgarian_url = translated.url.split("?")[0].removesuffix("/view")
    assert "/bg/wer-hilft-mir/" in bulgarian_url
    assert click(session, bulgarian_url, "workflow_action=publish").status_code == 200

    transaction.begin()
    german = portal["de"]["wer-hilft-mir"]["ich-suche-arbeit"]
    bulgarian = portal.unrestrictedTraverse(bulgarian_url.removeprefix(portal.absolute_url() + "/"))
    assert (bulgarian.unit, bulgarian.form_id) == ("neustadtbuero", "kontakt")  # language independent
    assert bulgarian.Language() == "bg"
    assert ITranslationManager(german).get_translation("bg") == bulgarian
    assert api.content.get_state(bulgarian) == "published"

    # Residents see them in the finder of their language, after the seed's situations.
    de = requests.get(german_finder, timeout=30).text
    assert "Ich suche Arbeit" in de
    assert de.index("Ich habe ein Problem mit meiner Wohnung") < de.index("Ich suche Arbeit")
    bg = requests.get(f"{portal.absolute_url()}/bg/wer-hilft-mir", timeout=30).text
    assert "Търся работа" in bg
    assert "Ich suche Arbeit" not in bg
    answer = requests.get(
        f"{portal.absolute_url()}/bg/wer-hilft-mir", params={"situation": bulgarian.getId()}, timeout=30
    ).text
    assert "Бюро „Нойщат“ ви съветва за работа и обучение." in answer
    assert f'href="{portal["bg"]["neustadtbuero"]["kontakt"].absolute_url()}"' in answer
    assert "wsf-untranslated-notice" not in bg

    # Hungarian has none of its own: the German situations, with the notice in Hungarian.
    hu = requests.get(f"{portal.absolute_url()}/hu/wer-hilft-mir", timeout=30).text
    assert "Ich suche Arbeit" in hu
    assert "Ich habe ein Problem mit meiner Wohnung" in hu
    assert "wsf-untranslated-notice" in hu
    answer = requests.get(
        f"{portal.absolute_url()}/hu/wer-hilft-mir", params={"situation": "ich-suche-arbeit"}, timeout=30
    ).text
    assert f'href="{portal["hu"]["neustadtbuero"]["kontakt"].absolute_url()}"' in answer


@pytest.mark.parametrize("user", [None, "sb-wohnraumkontrolle"])
def test_visitors_and_case_handlers_cannot_add_or_edit_situations(demo_functional_portal, user):
    portal = demo_functional_portal
    session = requests.Session()
    session.headers["Origin"] = portal.absolute_url().rsplit("/", 1)[0]
    if user:
        session.auth = (user, DEMO_PASSWORD)
    finder = portal["de"]["wer-hilft-mir"]
    for url in (f"{finder.absolute_url()}/++add++Lebenslage", f"{finder['housing'].absolute_url()}/@@edit"):
        response = session.get(url, allow_redirects=False)
        assert response.status_code in (302, 401, 403), url
        assert "form.widgets.answer" not in response.text
    response = session.post(
        f"{finder.absolute_url()}/++add++Lebenslage",
        data={"form.widgets.title": "Eingeschleust", "form.widgets.answer": "x", "form.buttons.save": "Speichern"},
        allow_redirects=False,
    )
    assert response.status_code in (302, 401, 403)
    transaction.begin()
    assert [s.Title() for s in finder.contentValues() if s.Title() == "Eingeschleust"] == []


def test_a_form_the_unit_does_not_have_is_refused_with_a_clear_error(editor):
    portal, session = editor
    finder = portal["de"]["wer-hilft-mir"]
    values = {
        "form.widgets.title": "Ich suche einen Sprachkurs",
        "form.widgets.answer": "Das Neustadtbüro kennt die Kurse.",
        "form.widgets.unit:list": "neustadtbuero",
        "form.widgets.form_id": "sprachkurs-anmelden",
    }
    refused = fill(session, f"{finder.absolute_url()}/++add++Lebenslage", values)
    assert refused.status_code == 200
    assert "Die deutsche Seite der Organisationseinheit hat kein Formular mit dem Kurznamen" in refused.text
    assert "sprachkurs-anmelden" in refused.text
    assert 'value="Ich suche einen Sprachkurs"' in refused.text  # what was typed stays in the form
    transaction.begin()
    assert "ich-suche-einen-sprachkurs" not in finder

    # Without a form the unit page is offered: accepted.
    accepted = fill(session, f"{finder.absolute_url()}/++add++Lebenslage", {**values, "form.widgets.form_id": ""})
    assert accepted.status_code == 200
    transaction.begin()
    assert "ich-suche-einen-sprachkurs" in finder
