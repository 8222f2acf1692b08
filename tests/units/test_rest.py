"""The REST API serves the units with their translations, for another frontend."""

from weissenfels.portal.organisation import UNITS

import pytest
import requests


JSON = {"Accept": "application/json"}


def get_json(url, **kw):
    response = requests.get(url, headers=JSON, timeout=30, **kw)
    assert response.status_code == 200, (url, response.status_code, response.headers, response.text[:500])
    return response.json()


TRANSLATED = ("en", "ro", "pl", "bg", "hu", "ar", "uk")


@pytest.mark.parametrize("unit_id", [unit.id for unit in UNITS])
def test_unit_with_fields(demo_functional_portal, unit_id):
    unit = demo_functional_portal["ro"][unit_id]
    data = get_json(unit.absolute_url())
    assert data["@type"] == "Organisationseinheit"
    assert data["language"]["token"] == "ro"  # noqa: S105 (a vocabulary token, no secret)
    assert data["title"] == unit.title
    assert data["goal"] == unit.goal
    assert data["tasks"] == unit.tasks
    assert data["email"] == unit.email
    assert data["authority"]["token"] == unit.authority
    assert {item["token"] for item in data["desk_languages"]} == set(unit.desk_languages)
    assert data["text"]["data"]


@pytest.mark.parametrize("unit_id", [unit.id for unit in UNITS])
def test_unit_translations(demo_functional_portal, unit_id):
    portal = demo_functional_portal
    url = portal["de"][unit_id].absolute_url() + "/@translations"
    data = get_json(url)
    assert {item["language"]: item["@id"] for item in data["items"]} == {
        code: portal[code][unit_id].absolute_url() for code in TRANSLATED
    }


def test_translations_expandable_on_unit(demo_functional_portal):
    portal = demo_functional_portal
    data = get_json(portal["hu"]["schulteam"].absolute_url(), params={"expand": "translations"})
    languages = {item["language"] for item in data["@components"]["translations"]["items"]}
    assert languages == {"de", "en", "ro", "pl", "bg", "ar", "uk"}


def test_anonymous_does_not_get_private_unit(functional_portal):
    from plone import api
    from plone.app.testing import setRoles
    from plone.app.testing import TEST_USER_ID

    import transaction

    setRoles(functional_portal, TEST_USER_ID, ["Manager"])
    api.content.create(
        container=functional_portal["de"],
        type="Organisationseinheit",
        id="entwurf",
        title="Entwurf",
        goal="Noch nicht öffentlich",
        authority="stadt",
    )
    transaction.commit()
    response = requests.get(functional_portal["de"]["entwurf"].absolute_url(), headers=JSON, timeout=30)
    assert response.status_code == 401
