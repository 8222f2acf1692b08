"""The legal pages in every language (issue 18): Impressum, Datenschutz and the accessibility
statement exist in all eight language roots, published and linked to the German page, in
the page's language and direction; every translation says that the German text is binding
and links it; the town's settings (controller, data-protection officer, storage period) are
shown below the text in every language; the footer names them in the visitor's language."""

from legal_expectations import BINDING_NOTE
from legal_expectations import ENFORCEMENT_BODY
from legal_expectations import FEEDBACK_MAIL
from legal_expectations import FOOTER_LABELS
from legal_expectations import LANGUAGES
from legal_expectations import LEGAL_PAGES
from lxml import html
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager

import pytest
import requests
import transaction


def page_of(portal, lang, page_id):
    url = f"{portal.absolute_url()}/{lang}/{page_id}"
    response = requests.get(url, timeout=60)
    assert response.status_code == 200, (url, response.status_code)
    assert response.url == url  # the language's own page, not the German fallback
    return html.fromstring(response.text)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page_id", LEGAL_PAGES)
def test_legal_page_in_every_language(demo_functional_portal, lang, page_id):
    portal = demo_functional_portal
    page = portal[lang][page_id]
    german = portal["de"][page_id]
    assert api.content.get_state(page) == "published"
    assert ITranslationManager(german).get_translation(lang) == page
    assert lang == "de" or page.title != german.title

    tree = page_of(portal, lang, page_id)
    root = tree.getroottree().getroot()
    assert root.get("lang") == lang
    assert root.get("dir", "ltr") == ("rtl" if lang == "ar" else "ltr")
    notes = tree.xpath("//*[@id='wsf-binding-note']")
    if lang == "de":
        assert notes == []
        return
    note = " ".join(notes[0].text_content().split())
    intro, link_text = BINDING_NOTE[lang]
    assert note.startswith(intro), note
    link = notes[0].xpath(".//a")[0]
    assert (link.get("href"), link.get("hreflang"), link.text_content().strip()) == (
        german.absolute_url(),
        "de",
        link_text,
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_accessibility_statement_names_feedback_route_and_enforcement_body(demo_functional_portal, lang):
    portal = demo_functional_portal
    tree = page_of(portal, lang, "barrierefreiheit")
    text = " ".join(tree.xpath("string(//*[@id='content-core'])").split())
    assert FEEDBACK_MAIL in text
    for part in ENFORCEMENT_BODY:
        assert part in text
    if lang != "de":  # the body's German name and address, marked German for screen readers
        starts = "starts-with(normalize-space(), 'Ombudsstelle bei')"
        (address,) = tree.xpath(f"//*[@id='content-core']//*[{starts}][not(*[{starts}])]")  # the innermost
        assert address.get("lang") == "de" and ENFORCEMENT_BODY[1] in address.text_content()
    # The feedback form: the Neustadtbüro's contact form in the visitor's language (or the
    # German one with the "not translated" notice where that language has none yet).
    contact = f"{portal.absolute_url()}/{lang}/neustadtbuero/kontakt"
    assert contact in tree.xpath("//*[@id='content-core']//a/@href")
    response = requests.get(contact, timeout=60)
    assert response.status_code == 200
    assert 'name="form.buttons.submit"' in response.text


@pytest.mark.parametrize("lang", ["de", "ro", "ar"])
def test_privacy_notice_shows_the_towns_settings(demo_functional_portal, lang):
    portal = demo_functional_portal
    api.portal.set_registry_record("weissenfels.portal.town.controller", "Stadt Musterstadt, Rathausplatz 1")
    api.portal.set_registry_record("weissenfels.portal.handling.retention.IRetentionSettings.retention_days", 90)
    transaction.commit()
    tree = page_of(portal, lang, "datenschutz")
    controller = tree.xpath("//p[contains(@class, 'wsf-controller')]")[0]
    assert controller.text_content() == "Stadt Musterstadt, Rathausplatz 1"
    # Typed in German: marked so on a page in another language.
    assert controller.get("lang") == (None if lang == "de" else "de")
    retention = " ".join(tree.xpath("string(//p[contains(@class, 'wsf-retention')])").split())
    expected = {
        "de": "Vorgangs werden 90 Tage nach seinem Abschluss gelöscht",
        "ro": "se șterg la 90 de zile după închiderea acestuia",
        "ar": "تُحذف البيانات الشخصية للطلب المنتهي أو المرفوض بعد 90 يومًا",
    }
    assert expected[lang] in retention
    # The accessibility statement names no controller.
    assert page_of(portal, lang, "barrierefreiheit").xpath("//p[contains(@class, 'wsf-controller')]") == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_footer_labels_in_the_visitors_language(demo_functional_portal, lang):
    portal = demo_functional_portal
    tree = page_of(portal, lang, "datenschutz")
    footer = tree.xpath("//*[@id='portal-footer-wrapper']")[0]
    links = {a.get("href"): " ".join(a.text_content().split()) for a in footer.xpath(".//a")}
    base = f"{portal.absolute_url()}/{lang}"
    imprint, privacy, accessibility, status = FOOTER_LABELS[lang]
    assert links[f"{base}/impressum"] == imprint
    assert links[f"{base}/datenschutz"] == privacy
    assert links[f"{base}/barrierefreiheit"] == accessibility
    assert links[f"{base}/@@vorgang-status"] == status
    foreign = {label for other, labels in FOOTER_LABELS.items() for label in labels} - set(FOOTER_LABELS[lang])
    # No other language's label (a Bulgarian page has no "Privacy" or "Datenschutz").
    assert not foreign & set(links.values())


# German that a translation keeps on purpose: proper names of bodies, laws, the portal and
# the unit, each explained in the visitor's language beside it.
PROPER_NAMES = (
    "Der Weißenfelser Weg",
    "Behindertengleichstellungsgesetz Sachsen-Anhalt",
    "Landesbeauftragter für den Datenschutz Sachsen-Anhalt",
    "Ombudsstelle bei der Landesfachstelle für Barrierefreiheit Sachsen-Anhalt",
    "Unfallkasse Sachsen-Anhalt",
)
GERMAN_WORDS = (" und ", " der ", " die ", " das ", " Sie ", " wir ", " nicht ", " oder ", " für ", " mit ", " ist ")


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "de"])
def test_translations_have_no_german_left_but_proper_names(lang):
    from example_content import items

    pages = {item["id"]: item for item in items() if item["@id"] in {f"/{lang}/{page}" for page in LEGAL_PAGES}}
    assert set(pages) == set(LEGAL_PAGES)
    for page_id, item in pages.items():
        text = " ".join(html.fromstring(item["text"]["data"]).text_content().split())
        for name in PROPER_NAMES:
            text = text.replace(name, "")
        assert [word for word in GERMAN_WORDS if word in f" {text} "] == [], (page_id, text)


@pytest.mark.parametrize(
    "path,headers,statement",
    [
        ("uk/@@accessibility-info", {}, "uk/barrierefreiheit"),
        ("ar/@@accessibility-info", {}, "ar/barrierefreiheit"),
        ("@@accessibility-info", {"Accept-Language": "ro"}, "ro/barrierefreiheit"),
        ("@@accessibility-info", {}, "de/barrierefreiheit"),
    ],
)
def test_plones_accessibility_page_leads_to_the_statement(demo_functional_portal, path, headers, statement):
    """Plone's generic page claimed WCAG 2.0 level AA for the site, beside the portal's own
    statement: there is one statement, in the visitor's language."""
    portal_url = demo_functional_portal.absolute_url()
    answer = requests.get(f"{portal_url}/{path}", headers=headers, timeout=60, allow_redirects=False)
    assert answer.status_code == 302
    assert answer.headers["Location"] == f"{portal_url}/{statement}"
    followed = requests.get(f"{portal_url}/{path}", headers=headers, timeout=60)
    assert "WCAG20" not in followed.text and "acronym" not in followed.text
