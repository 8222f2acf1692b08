"""The consent box of every case form links the privacy notice in the visitor's language
(issue 18): the form's own language, the visitor's where the finder sent them to the German
form (?untranslated=ar), and the German notice with the "not translated" notice where their
language has none. The link is tied to the box (aria-describedby) and in its language."""

from legal_expectations import CONSENT_LINK
from lxml import html
from plone import api

import pytest
import requests
import transaction


CONTACT_FORM = "neustadtbuero/kontakt"
HOUSING_FORM = "wohnraumkontrolle/wohnraum-missstand-melden"


def consent_link(url):
    response = requests.get(url, timeout=60)
    assert response.status_code == 200, (url, response.status_code)
    page = html.fromstring(response.text)
    box = page.xpath("//input[@id='form-widgets-privacy_consent-0']")[0]
    help_ = page.xpath("//*[@id='form-widgets-privacy_consent-privacy']")[0]
    assert "form-widgets-privacy_consent-privacy" in box.get("aria-describedby").split()
    link = help_.xpath(".//a")[0]
    return help_, link


@pytest.mark.parametrize("lang,form", [("de", CONTACT_FORM), ("ro", CONTACT_FORM), ("bg", HOUSING_FORM)])
def test_consent_links_the_privacy_notice_of_the_forms_language(demo_functional_portal, lang, form):
    portal = demo_functional_portal
    help_, link = consent_link(f"{portal.absolute_url()}/{lang}/{form}")
    assert link.get("href") == portal[lang]["datenschutz"].absolute_url()
    assert link.text_content().strip() == CONSENT_LINK[lang]
    assert (help_.get("lang"), help_.get("dir")) == (lang, "ltr")
    assert requests.get(link.get("href"), timeout=60).status_code == 200


@pytest.mark.parametrize("lang", ["ar", "uk"])
def test_german_form_read_by_a_visitor_of_another_language(demo_functional_portal, lang):
    """The finder sends an Arabic or Ukrainian visitor to the German form where theirs is
    missing: the consent's link leads to their privacy notice and speaks their language."""
    portal = demo_functional_portal
    help_, link = consent_link(f"{portal.absolute_url()}/de/{CONTACT_FORM}?untranslated={lang}")
    assert link.get("href") == portal[lang]["datenschutz"].absolute_url()
    assert link.text_content().strip() == CONSENT_LINK[lang]
    assert (help_.get("lang"), help_.get("dir")) == (lang, "rtl" if lang == "ar" else "ltr")


def test_language_without_privacy_notice_gets_the_german_one_with_notice(demo_functional_portal):
    portal = demo_functional_portal
    with api.env.adopt_roles(["Manager"]):
        api.content.delete(obj=portal["pl"]["datenschutz"], check_linkintegrity=False)
    transaction.commit()
    _help, link = consent_link(f"{portal.absolute_url()}/pl/{CONTACT_FORM}")
    assert link.get("href") == f"{portal['de']['datenschutz'].absolute_url()}?untranslated=pl"
    answer = requests.get(link.get("href"), timeout=60)
    assert "Ta strona nie została jeszcze przetłumaczona" in answer.text
    assert "Verantwortliche Stelle" in answer.text  # the German notice itself
