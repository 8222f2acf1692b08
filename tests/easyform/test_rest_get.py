"""REST GET of an EasyForm (plone.restapi) over HTTP: answered for everybody who may view the
form, with its fields; the form's server-side settings only for those who may edit it.

collective.easyform's own serializer answered 500 here (it asks plone.api for a permission
id, not its title); weissenfels.portal.easyform.serializer replaces it on the add-on layer.
"""

from plone import api
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


JSON = {"Accept": "application/json"}
FORM = ("de", "wohnraumkontrolle", "wohnraum-missstand-melden")
HIDDEN_TALES = "python: 'geheim'"


@pytest.fixture
def form(demo_functional_portal):
    portal = demo_functional_portal
    form = portal.unrestrictedTraverse("/".join(FORM))
    form.onDisplayOverride = HIDDEN_TALES  # an "overrides" setting: for editors only
    transaction.commit()
    return form


def test_anonymous_gets_the_published_form_with_its_fields(form):
    response = requests.get(form.absolute_url(), headers=JSON, timeout=60)
    assert response.status_code == 200, response.text[:500]
    data = response.json()
    assert data["@type"] == "EasyForm"
    assert data["title"] == "Wohnraum-Missstand melden"
    assert data["review_state"] == "published"
    for name in ("street", "problems", "email"):
        assert f'name="{name}"' in data["fields_model"], name
    assert "Schimmel / Feuchtigkeit" in data["fields_model"]


def test_anonymous_sees_no_actions_overrides_or_saved_data(form):
    data = requests.get(form.absolute_url(), headers=JSON, timeout=60).json()
    assert "actions_model" not in data  # where submissions go (case folder, mail addresses)
    assert "onDisplayOverride" not in data and HIDDEN_TALES not in str(data)
    assert "savedDataStorage" not in data
    assert "wohnraumkontrolle</unit>" not in str(data)


@pytest.mark.parametrize("user", ["sb-wohnraumkontrolle", "mitglied-clearingstelle"])
def test_other_users_without_edit_right_see_the_same(form, user):
    response = requests.get(form.absolute_url(), headers=JSON, auth=(user, DEMO_PASSWORD), timeout=60)
    assert response.status_code == 200
    data = response.json()
    assert "street" in data["fields_model"]
    assert "actions_model" not in data and "onDisplayOverride" not in data


def test_editor_gets_the_settings(form):
    assert api.user.has_permission("Modify portal content", username="redakteurin", obj=form)
    response = requests.get(form.absolute_url(), headers=JSON, auth=("redakteurin", DEMO_PASSWORD), timeout=60)
    assert response.status_code == 200
    data = response.json()
    assert "<unit>wohnraumkontrolle</unit>" in data["actions_model"]
    assert data["onDisplayOverride"] == HIDDEN_TALES
