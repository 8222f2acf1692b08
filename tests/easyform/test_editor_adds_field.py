"""An editor adds a field to a live form in the browser; the next submission stores it."""

from case_forms import cases_in
from case_forms import grant_redaktion_roles
from case_forms import set_case_settings
from case_forms import submit
from lxml import html
from weissenfels.portal.cases import abuse
from weissenfels.portal.testing import DEMO_PASSWORD

import requests
import transaction


def test_new_field_is_stored_in_the_next_case(demo_functional_portal):
    portal = demo_functional_portal
    grant_redaktion_roles(portal)
    set_case_settings(min_fill_seconds=0)
    transaction.commit()
    abuse.reset_rate_limit()
    form_url = f"{portal.absolute_url()}/de/neustadtbuero/kontakt"

    # the editor uses easyform's field editor (plone.schemaeditor), as in the browser
    editor = requests.Session()
    editor.auth = ("redakteurin", DEMO_PASSWORD)
    page = html.fromstring(editor.get(f"{form_url}/fields/@@add-field").text)
    form = next(f for f in page.forms if "add-field" in (f.get("class") or ""))
    data = dict(form.form_values())
    data.update(
        {
            "form.widgets.title": "Wie haben Sie von uns erfahren?",
            "form.widgets.__name__": "heard_from",
            "form.widgets.factory:list": "label_textline_field",
            "form.buttons.add": "Hinzufügen",
        }
    )
    response = editor.post(form.get("action"), data=data)
    assert response.status_code == 200

    response = submit(
        form_url,
        {"topic": "other", "message": "Hallo", "privacy_consent": True, "heard_from": "Aushang im Neustadtbüro"},
    )
    assert "WSF-" in response.text
    (case,) = cases_in(portal, "neustadtbuero")
    rows = {row["id"]: row for row in case.submitted_values}
    assert rows["heard_from"] == {
        "id": "heard_from",
        "label": "Wie haben Sie von uns erfahren?",
        "value": "Aushang im Neustadtbüro",
        "resident_label": "Wie haben Sie von uns erfahren?",
        "resident_value": "Aushang im Neustadtbüro",
        "only_in": "",
    }
    abuse.reset_rate_limit()


def test_anonymous_cannot_edit_fields(demo_functional_portal):
    url = f"{demo_functional_portal.absolute_url()}/de/neustadtbuero/kontakt/fields/@@add-field"
    response = requests.get(url, allow_redirects=False, timeout=60)
    assert response.status_code in (302, 401, 403)
