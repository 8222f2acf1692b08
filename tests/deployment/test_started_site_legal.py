"""Issue 18's legal pages on a site made as `make start` makes it: every legal page in all
eight languages in its language, translations with the binding-text note, the footer in the
visitor's language, and the consent box linking the visitor's privacy notice."""

from legal_expectations import BINDING_NOTE
from legal_expectations import CONSENT_LINK
from legal_expectations import ENFORCEMENT_BODY
from legal_expectations import FOOTER_LABELS
from legal_expectations import LANGUAGES
from legal_expectations import LEGAL_PAGES
from lxml import html

import pytest
import requests


pytestmark = pytest.mark.slow


def tree_of(url):
    response = requests.get(url, timeout=60)
    assert response.status_code == 200, (url, response.status_code)
    assert response.url == url, url  # no fallback to the German page
    return html.fromstring(response.text)


def test_legal_pages_in_every_language(started_site):
    for lang in LANGUAGES:
        for page_id in LEGAL_PAGES:
            tree = tree_of(f"{started_site.url}/{lang}/{page_id}")
            root = tree.getroottree().getroot()
            assert (root.get("lang"), root.get("dir", "ltr")) == (lang, "rtl" if lang == "ar" else "ltr")
            notes = tree.xpath("//*[@id='wsf-binding-note']")
            if lang == "de":
                assert notes == []
            else:
                assert notes[0].text_content().strip().startswith(BINDING_NOTE[lang][0])
                assert notes[0].xpath(".//a/@href") == [f"{started_site.url}/de/{page_id}"]
            if page_id == "barrierefreiheit":
                assert all(part in tree.text_content() for part in ENFORCEMENT_BODY), lang
        footer = tree.xpath("//*[@id='portal-footer-wrapper']")[0]
        labels = {" ".join(a.text_content().split()) for a in footer.xpath(".//a")}
        assert set(FOOTER_LABELS[lang]) <= labels, lang
        assert "${" not in footer.text_content()


@pytest.mark.parametrize(
    "path,lang",
    [
        ("bg/wohnraumkontrolle/wohnraum-missstand-melden", "bg"),
        ("ro/neustadtbuero/kontakt", "ro"),
        ("de/neustadtbuero/kontakt?untranslated=ar", "ar"),
    ],
)
def test_consent_links_the_visitors_privacy_notice(started_site, path, lang):
    page = html.fromstring(requests.get(f"{started_site.url}/{path}", timeout=60).text)
    link = page.xpath("//*[@id='form-widgets-privacy_consent-privacy']//a")[0]
    assert link.get("href") == f"{started_site.url}/{lang}/datenschutz"
    assert link.text_content().strip() == CONSENT_LINK[lang]
