"""The four demo forms: six languages, same field ids, linked as translations, CreateCase."""

from collective.easyform.api import get_actions
from collective.easyform.api import get_schema
from example_content import form_languages
from example_content import forms
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from zope.schema import getFieldNamesInOrder

import pytest


@pytest.mark.parametrize("spec", forms(), ids=lambda s: s["id"])
def test_form_in_every_language(demo_portal, spec):
    forms = {lang: demo_portal[lang][spec["unit"]][spec["id"]] for lang in form_languages()}
    field_ids = [f["id"] for f in spec["fields"]]
    titles = set()
    for lang, form in forms.items():
        assert form.portal_type == "EasyForm"
        assert form.Language() == lang
        assert getFieldNamesInOrder(get_schema(form)) == field_ids
        titles.add(form.Title())
        action = get_actions(form)["create_case"]
        assert action.unit == spec["unit"]
    assert len(titles) == len(form_languages())  # really translated
    assert set(ITranslationManager(forms["de"]).get_translations()) == set(form_languages())


def test_option_labels_translated(demo_portal):
    de = get_schema(demo_portal["de"]["wohnraumkontrolle"]["wohnraum-missstand-melden"])
    ro = get_schema(demo_portal["ro"]["wohnraumkontrolle"]["wohnraum-missstand-melden"])
    assert de["problems"].value_type.vocabulary.getTerm("mould").title == "Schimmel / Feuchtigkeit"
    assert ro["problems"].value_type.vocabulary.getTerm("mould").title == "Mucegai / umezeală"
    assert de["children"].title != ro["children"].title


def test_forms_visible_to_anonymous(demo_portal):
    from plone.app.testing import logout

    logout()
    form = demo_portal["pl"]["clearingstelle"]["erstgespraech-anfragen"]
    assert api.user.has_permission("View", obj=form)
