"""Saving a form in easyform's field editor keeps the order of its choice options, in every
language's form (plone.supermodel sorted them by token: easyform/option_order.py)."""

from case_forms import grant_redaktion_roles
from example_content import form_languages
from example_content import forms
from lxml import etree
from lxml import html
from site_client import origin_of
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


NS = "{http://namespaces.plone.org/supermodel/schema}"


def choice_fields(spec):
    return [field for field in spec["fields"] if field["type"] in ("choice", "multi")]


def stored_options(form):
    """{field id: [option keys]} as the form's stored model lists them."""
    transaction.begin()  # see what the server's threads committed
    root = etree.fromstring(form.fields_model.encode("utf-8"))
    return {
        field.get("name"): [element.get("key") for element in field.iter(f"{NS}element")]
        for field in root.iter(f"{NS}field")
        if field.find(f".//{NS}values") is not None
    }


def save_in_field_editor(session, form_url, field_id, changes=None):
    """Open the field's edit form and press "Save", as the browser posts it."""
    page = html.fromstring(session.get(f"{form_url}/fields/{field_id}").text)
    form = next(f for f in page.forms if f.xpath(".//*[@name='form.buttons.save']"))
    data = [*form.form_values(), ("form.buttons.save", "save")]
    data = [(name, (changes or {}).get(name, value)) for name, value in data]
    response = session.post(form.get("action"), data=data, headers={"Origin": origin_of(form_url)})
    assert response.status_code == 200
    return response


@pytest.fixture
def editor(demo_functional_portal):
    grant_redaktion_roles(demo_functional_portal)
    transaction.commit()
    session = requests.Session()
    session.auth = ("redakteurin", DEMO_PASSWORD)
    return session


SPECS = [spec for spec in forms() if choice_fields(spec)]


@pytest.mark.parametrize("lang", form_languages())
@pytest.mark.parametrize("spec", SPECS, ids=[spec["id"] for spec in SPECS])
def test_a_save_keeps_every_choice_in_its_order(demo_functional_portal, editor, spec, lang):
    form = demo_functional_portal[lang][spec["unit"]][spec["id"]]
    expected = {field["id"]: [key for key, _titles in field["options"]] for field in choice_fields(spec)}
    assert stored_options(form) == expected
    save_in_field_editor(editor, form.absolute_url(), choice_fields(spec)[0]["id"])
    assert stored_options(form) == expected
    # and the resident sees them in that order
    page = html.fromstring(requests.get(form.absolute_url(), timeout=60).text)
    for field_id, keys in expected.items():
        inputs = f"//input[starts-with(@name, 'form.widgets.{field_id}')]/@value"
        options = f"//select[@name='form.widgets.{field_id}:list']/option/@value"
        shown = page.xpath(f"{inputs}|{options}")
        assert [value for value in shown if value in keys] == keys


def test_an_editor_reorders_options_and_the_order_stays(demo_functional_portal, editor):
    form = demo_functional_portal["de"]["wohnraumkontrolle"]["wohnraum-missstand-melden"]
    save_in_field_editor(
        editor,
        form.absolute_url(),
        "children",
        {"form.widgets.values": "unknown|Weiß nicht\nno|Nein\nyes|Ja"},
    )
    assert stored_options(form)["children"] == ["unknown", "no", "yes"]
    save_in_field_editor(editor, form.absolute_url(), "street")  # another field's save
    assert stored_options(form)["children"] == ["unknown", "no", "yes"]
    assert stored_options(form)["problems"][-1] == "other"  # "Sonstiges" stays last
