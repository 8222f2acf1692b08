"""The four case forms in Ukrainian and Arabic (issue 18): translated from the German forms
(same field ids and option tokens, every label and option title in the resident's language),
linked to them; the Arabic form right to left in every part, with its errors, its thank-you
page and the numbers a resident types with an Arabic keyboard; the finder offers them."""

from case_forms import cases_in
from case_forms import HOUSING_REQUIRED_ANSWERS
from case_forms import open_form
from case_forms import submit
from collective.easyform.api import get_actions
from collective.easyform.api import get_schema
from example_content import form_texts
from example_content import forms
from legal_expectations import CONSENT_LINK
from lxml import html
from plone.app.multilingual.interfaces import ITranslationManager
from site_client import site_session
from urllib.parse import unquote
from zope.schema import getFieldsInOrder

import pytest
import re
import requests


LANGUAGES = ("uk", "ar")
HOUSING = ("wohnraumkontrolle", "wohnraum-missstand-melden")
# Proper names and what reads the same in every language: the languages' own names.
SAME_IN_EVERY_LANGUAGE = {"Deutsch", "English", "Română", "Polski", "Български", "Magyar", "العربية", "Українська"}


def form_url(site, lang, unit_id=HOUSING[0], form_id=HOUSING[1]):
    return f"{site.absolute_url()}/{lang}/{unit_id}/{form_id}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("spec", forms(), ids=lambda s: s["id"])
def test_form_is_a_translation_of_the_german_form(demo_portal, spec, lang):
    german = demo_portal["de"][spec["unit"]][spec["id"]]
    form = demo_portal[lang][spec["unit"]][spec["id"]]
    assert form.Language() == lang
    assert ITranslationManager(german).get_translation(lang) == form
    assert get_actions(form)["create_case"].unit == spec["unit"]
    assert form.Title() != german.Title() and form.submitLabel != german.submitLabel
    german_fields, fields = dict(getFieldsInOrder(get_schema(german))), getFieldsInOrder(get_schema(form))
    assert [name for name, _field in fields] == list(german_fields)
    for name, field in fields:
        assert field.title != german_fields[name].title, name
        if field.description or german_fields[name].description:
            assert field.description != german_fields[name].description, name
    # Options: the German tokens, titled in the resident's language (language names as they name themselves).
    for field_id, texts in form_texts(spec["id"]).items():
        for token, titles in texts["options"]:
            assert titles[lang], (field_id, token)
            assert titles[lang] != titles["de"] or titles[lang] in SAME_IN_EVERY_LANGUAGE, (field_id, token)


def test_arabic_form_runs_right_to_left(case_site):
    page = html.fromstring(site_session().get(form_url(case_site, "ar")).text)
    assert (page.get("lang"), page.get("dir"), page.body.get("dir")) == ("ar", "rtl", "rtl")
    (form_part,) = page.find_class("wsf-form-language")
    assert (form_part.get("lang"), form_part.get("dir")) == ("ar", "rtl")
    assert page.get_element_by_id("wsf-untranslated-notice", None) is None
    labels = [" ".join(label.text_content().split()) for label in form_part.xpath(".//label|.//legend")]
    assert "الشارع" in labels and "ما المشكلات الموجودة؟" in labels and "صورة 1" in labels


@pytest.mark.parametrize(
    "lang,required,not_a_number,bad_address",
    [
        ("ar", "هذا الحقل مطلوب.", "القيمة المُدخلة ليست عددًا صحيحًا.", "عنوان البريد الإلكتروني غير صالح."),
        ("uk", "Це поле обов’язкове.", "Введене значення не є цілим числом.", "Недійсна електронна пошта."),
    ],
)
def test_errors_in_the_forms_language_and_direction(case_site, lang, required, not_a_number, bad_address):
    session = site_session()
    action, controls, _ = open_form(session, form_url(case_site, lang))
    data = [(name, value) for name, kind, value, _tag in controls if kind == "hidden"]
    data += [("form.buttons.submit", "x"), ("form.widgets.people_count", "neun"), ("form.widgets.email", "x@")]
    answer = session.post(action, data=data, headers={"Origin": case_site.absolute_url()})
    assert answer.status_code == 200 and "WSF-" not in answer.text
    page = html.fromstring(answer.text)
    direction = "rtl" if lang == "ar" else "ltr"
    assert (page.get("lang"), page.get("dir")) == (lang, direction)
    (form_part,) = page.find_class("wsf-form-language")
    assert form_part.get("dir") == direction and form_part.xpath(".//form")

    def error_of(field_id):
        return page.xpath(f"string(//*[@id='formfield-form-widgets-{field_id}']//*[@class='invalid-feedback'])")

    assert error_of("street") == error_of("problems") == required
    assert error_of("people_count") == not_a_number
    assert error_of("email") == bad_address
    assert page.get_element_by_id("form-widgets-privacy_consent-error").text_content() not in ("", "Must be checked.")


def test_arabic_report_with_arabic_digits_is_stored_with_latin_digits(case_site):
    answers = dict(HOUSING_REQUIRED_ANSWERS, people_count="١٢", house_number="٣")
    response = submit(form_url(case_site, "ar"), answers)
    assert response.status_code == 200 and "WSF-" in response.text
    page = html.fromstring(response.text)
    (thanks,) = page.find_class("wsf-form-language")
    assert (thanks.get("lang"), thanks.get("dir")) == ("ar", "rtl")
    assert thanks.xpath("string(.//h1)") == "شكرًا لك"
    reference = page.xpath("string(//bdi[@id='case-reference'])")
    assert re.fullmatch(r"WSF-\d{4}-\d{6}", reference)
    # The codes saved as a file: Arabic labels, the reference and the code as left-to-right isolates.
    saved = unquote(page.xpath("string(//a[@id='case-codes-file']/@href)").split(",", 1)[1])
    assert f"الرقم المرجعي: \u2066{reference}\u2069" in saved
    (case,) = [c for c in cases_in(case_site, HOUSING[0]) if c.reference == reference]
    rows = {row["id"]: row for row in case.submitted_values}
    assert rows["people_count"]["value"] == "12"  # a number field: read as the number twelve
    assert rows["house_number"]["value"] == "٣"  # free text: as written
    assert rows["street"]["label"] == "Straße" and rows["street"]["resident_label"] == "الشارع"
    assert (case.submission_language, case.form_language) == ("ar", "ar")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_finder_offers_the_form_in_the_visitors_language(case_site, lang):
    text = requests.get(f"{case_site.absolute_url()}/{lang}/wer-hilft-mir?situation=housing", timeout=60).text
    assert f'href="{form_url(case_site, lang)}"' in text
    assert "untranslated=" not in text and 'id="wsf-untranslated-notice"' not in text
    form_page = requests.get(form_url(case_site, lang), timeout=60)
    assert form_page.url == form_url(case_site, lang)
    assert 'id="wsf-untranslated-notice"' not in form_page.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_consent_links_the_privacy_notice_in_the_forms_language(case_site, lang):
    page = html.fromstring(requests.get(form_url(case_site, lang), timeout=60).text)
    (help_,) = page.xpath("//*[@id='form-widgets-privacy_consent-privacy']")
    (link,) = help_.xpath(".//a")
    assert link.get("href") == case_site[lang]["datenschutz"].absolute_url()
    assert link.text_content().strip() == CONSENT_LINK[lang]
    assert (help_.get("lang"), help_.get("dir")) == (lang, "rtl" if lang == "ar" else "ltr")
