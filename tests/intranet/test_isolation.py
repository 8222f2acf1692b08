"""Isolation matrix: who sees a Protokoll of the Clearingstelle's workspace, in which state,
through which channel. Exactly the allowed combinations succeed; every other one is tried.

The content comes from testing.IntranetLayer: one Protokoll per state ("Matrixprobe <state>"),
written by the Landkreis tandem lead of the Clearingstelle.
"""

from plone import api
from plone.app.testing import logout
from weissenfels.portal.testing import DEMO_PASSWORD
from weissenfels.portal.testing import MATRIX_AUTHOR
from weissenfels.portal.testing import MATRIX_STATES
from weissenfels.portal.testing import MATRIX_WORKSPACE

import pytest
import requests


USERS = {
    "anonymous": None,
    "author": MATRIX_AUTHOR,
    "member_a": "mitglied-clearingstelle",
    "member_b": "mitglied-schulteam",
    "lead_a": "leitung-clearingstelle-stadt",
    "steuerung": "steuerung-landkreis",
    "redakteurin": "redakteurin",
}

SHARED = {"internal", "submitted", "accepted"}
ALLOWED = {
    "anonymous": set(),
    "author": set(MATRIX_STATES),
    "member_a": SHARED,
    "member_b": set(),
    "lead_a": SHARED,
    "steuerung": {"submitted", "accepted"},
    "redakteurin": set(),
}

MATRIX = [(role, state) for role in USERS for state in MATRIX_STATES]
IDS = [f"{role}-{state}" for role, state in MATRIX]


def title(state):
    return f"Matrixprobe {state}"


def get(url, role, **kwargs):
    user = USERS[role]
    auth = (user, DEMO_PASSWORD) if user else None
    return requests.get(url, auth=auth, timeout=30, allow_redirects=False, **kwargs)


def item_url(portal, state):
    return f"{portal.absolute_url()}/intranet/{MATRIX_WORKSPACE}/matrix-{state}"


@pytest.mark.parametrize("role,state", MATRIX, ids=IDS)
class TestIsolationOverHttp:
    def test_view(self, intranet_http_portal, role, state):
        response = get(item_url(intranet_http_portal, state), role)
        if state in ALLOWED[role]:
            assert response.status_code == 200
            assert title(state) in response.text
        else:
            assert response.status_code in (302, 401, 403, 404)
            assert title(state) not in response.text

    def test_rest_api(self, intranet_http_portal, role, state):
        response = get(item_url(intranet_http_portal, state), role, headers={"Accept": "application/json"})
        if state in ALLOWED[role]:
            assert response.status_code == 200
            assert response.json()["title"] == title(state)
            assert response.json()["review_state"] == state
        else:
            assert response.status_code in (401, 403, 404)
            assert title(state) not in response.text

    def test_search_page(self, intranet_http_portal, role, state):
        response = get(f"{intranet_http_portal.absolute_url()}/@@search?SearchableText=Matrixprobe", role)
        assert response.status_code == 200
        assert (title(state) in response.text) == (state in ALLOWED[role])

    def test_rest_api_search(self, intranet_http_portal, role, state):
        response = get(
            f"{intranet_http_portal.absolute_url()}/@search?SearchableText=Matrixprobe",
            role,
            headers={"Accept": "application/json"},
        )
        assert response.status_code == 200
        titles = {item["title"] for item in response.json()["items"]}
        assert (title(state) in titles) == (state in ALLOWED[role])

    def test_workspace_listing(self, intranet_http_portal, role, state):
        response = get(f"{intranet_http_portal.absolute_url()}/intranet/{MATRIX_WORKSPACE}", role)
        assert (title(state) in response.text) == (state in ALLOWED[role])
        if role in ("anonymous", "member_b", "redakteurin"):
            assert response.status_code != 200


@pytest.mark.parametrize("role,state", MATRIX, ids=IDS)
def test_catalog_search_as_user(intranet_portal, role, state):
    if USERS[role] is None:
        logout()
        found = api.content.find(portal_type="Protokoll", id=f"matrix-{state}")
    else:
        with api.env.adopt_user(username=USERS[role]):
            found = api.content.find(portal_type="Protokoll", id=f"matrix-{state}")
    assert (len(found) == 1) == (state in ALLOWED[role])


@pytest.mark.parametrize("role", USERS)
def test_navigation_never_shows_intranet_content(intranet_http_portal, role):
    """The REST API navigation (what menus are built from) lists no workspace or item."""
    response = get(
        f"{intranet_http_portal.absolute_url()}/@navigation?expand.navigation.depth=3",
        role,
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200
    assert "/intranet" not in response.text
