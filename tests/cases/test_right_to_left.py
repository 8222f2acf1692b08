"""An Arabic visitor on the German form (?untranslated=ar, as for a form not translated yet): the
page's chrome runs right to left (notice, navigation), the German form is marked lang="de"
dir="ltr", the thank-you page is Arabic and right to left, and references and codes stay Latin
and left to right. The Arabic form itself: tests/cases/test_forms_uk_ar.py."""

from case_forms import HOUSING_REQUIRED_ANSWERS
from case_forms import submit
from case_forms import without_translations
from lxml import html

import requests


FORM = "wohnraumkontrolle/wohnraum-missstand-melden"


def page_at(url):
    response = requests.get(url, timeout=60)
    assert response.status_code == 200, url
    return html.fromstring(response.text), response


def test_german_form_for_an_arabic_visitor(case_site):
    without_translations(case_site, "ar")
    page, _ = page_at(f"{case_site.absolute_url()}/de/{FORM}?untranslated=ar")
    assert page.body.get("dir") == "rtl"
    notice = page.get_element_by_id("wsf-untranslated-notice")
    assert (notice.get("lang"), notice.get("dir")) == ("ar", "rtl")
    (form_part,) = page.find_class("wsf-form-language")
    assert (form_part.get("lang"), form_part.get("dir")) == ("de", "ltr")
    assert form_part.xpath(".//form//input[@name='form.widgets.street']")


def test_german_visitor_reads_left_to_right(case_site):
    page, _ = page_at(f"{case_site.absolute_url()}/de/{FORM}")
    assert page.body.get("dir") == "ltr"
    (form_part,) = page.find_class("wsf-form-language")
    assert (form_part.get("lang"), form_part.get("dir")) == ("de", "ltr")


def test_arabic_path_leads_to_the_arabic_form(case_site):
    """The form has its Arabic translation (issue 18): no detour to the German one."""
    page, response = page_at(f"{case_site.absolute_url()}/ar/{FORM}")
    assert response.url == f"{case_site.absolute_url()}/ar/{FORM}"
    (form_part,) = page.find_class("wsf-form-language")
    assert (form_part.get("lang"), form_part.get("dir")) == ("ar", "rtl")


def test_thank_you_page_is_arabic_and_right_to_left_with_a_latin_reference(case_site):
    response = submit(f"{case_site.absolute_url()}/de/{FORM}?untranslated=ar", HOUSING_REQUIRED_ANSWERS)
    page = html.fromstring(response.text)
    (thanks_part,) = page.find_class("wsf-form-language")
    assert (thanks_part.get("lang"), thanks_part.get("dir")) == ("ar", "rtl")
    # a bdi isolates the reference; its direction comes from its Latin text (dir auto): LTR
    (reference,) = page.xpath("//bdi[@id='case-reference']")
    assert reference.text.startswith("WSF-")


def test_arabic_status_page_takes_codes_left_to_right(case_site):
    page, _ = page_at(f"{case_site.absolute_url()}/ar/@@vorgang-status")
    assert page.body.get("dir") == "rtl"
    assert [page.get_element_by_id(i).get("dir") for i in ("case-reference", "case-code")] == ["ltr", "ltr"]
