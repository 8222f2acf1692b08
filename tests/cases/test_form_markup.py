"""The public case forms' markup for assistive technology: every checkbox or radio group is a
fieldset named by its legend (a label cannot name a group), and an error is tied to its
inputs (aria-invalid, aria-describedby pointing at the message)."""

from case_forms import submit
from lxml import html

import example_content
import pytest
import requests


FORM_PATHS = [f"{spec['unit']}/{spec['id']}" for spec in example_content.forms()]


def groups(page):
    """{name: [inputs]} of the checkbox and radio groups (several choices under one name; a
    single checkbox, the consent, is named by its own label)."""
    found = {}
    for control in page.xpath("//form//input[@type='checkbox' or @type='radio']"):
        found.setdefault(control.get("name"), []).append(control)
    return {name: inputs for name, inputs in found.items() if len(inputs) > 1}


@pytest.mark.parametrize("form", FORM_PATHS)
def test_checkbox_and_radio_groups_are_fieldsets_with_a_legend(case_site, form):
    page = html.fromstring(requests.get(f"{case_site.absolute_url()}/de/{form}", timeout=60).text)
    found = groups(page)
    assert found or form == "neustadtbuero/kontakt", form  # the contact form has no group
    for name, inputs in found.items():
        fieldsets = {next(i.iterancestors("fieldset"), None) for i in inputs}
        assert len(fieldsets) == 1 and None not in fieldsets, name
        legend = fieldsets.pop().find("legend")
        assert legend is not None and legend.text_content().strip(), name
    assert not page.xpath("//label[@for][not(@for=//*[self::input or self::select or self::textarea]/@id)]")


def test_housing_questions_are_named_groups(case_site):
    url = f"{case_site.absolute_url()}/de/wohnraumkontrolle/wohnraum-missstand-melden"
    page = html.fromstring(requests.get(url, timeout=60).text)
    legends = [legend.text_content().strip() for legend in page.xpath("//fieldset/legend")]
    assert "Welche Probleme gibt es?" in legends
    assert "Leben Kinder dort?" in legends


def test_errors_are_tied_to_their_inputs(case_site):
    response = submit(f"{case_site.absolute_url()}/de/wohnraumkontrolle/wohnraum-missstand-melden", {})
    page = html.fromstring(response.text)
    invalid = page.xpath("//*[@aria-invalid='true']")
    assert {i.get("name") for i in invalid} >= {"form.widgets.street", "form.widgets.problems:list"}
    for control in invalid:
        described = control.get("aria-describedby").split()
        messages = [page.get_element_by_id(ref).text_content().strip() for ref in described if ref.endswith("-error")]
        assert messages == ["Erforderliche Eingabe fehlt."], control.get("name")
