"""Shared fixtures and helpers of the security tests (imported by name, no conftest here:
tests/cases imports its own conftest module by name)."""

from lxml import html
from plone import api
from weissenfels.portal.cases import abuse
from weissenfels.portal.cases.settings import ICaseSettings
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


SITE_ADMIN = "datenschutz-admin"  # has the Site Administrator role, nothing else
EDITOR = "redakteur-global"  # has the Editor role on the whole site
HANDLER = "sb-wohnraumkontrolle"  # demo user: team of one unit


@pytest.fixture
def site(demo_functional_portal):
    """The demo site over HTTP, with a site administrator and a site-wide editor."""
    portal = demo_functional_portal
    api.portal.set_registry_record("min_fill_seconds", 0, interface=ICaseSettings)
    for user_id, role in ((SITE_ADMIN, "Site Administrator"), (EDITOR, "Editor")):
        api.user.create(email=f"{user_id}@weissenfels.example", username=user_id, password=DEMO_PASSWORD)
        api.user.grant_roles(username=user_id, roles=[role])
    transaction.commit()
    abuse.reset_rate_limit()
    yield portal
    abuse.reset_rate_limit()


def session_for(user, json=False):
    session = requests.Session()
    if user:
        session.auth = (user, DEMO_PASSWORD)
    if json:
        session.headers["Accept"] = "application/json"
    return session


def authenticator(session, url):
    """Plone's CSRF token, as the page at url hands it to this user."""
    response = session.get(url)
    assert response.status_code == 200, (url, response.status_code)
    tokens = html.fromstring(response.text).xpath("//input[@name='_authenticator']/@value")
    assert tokens, f"no _authenticator on {url}"
    return tokens[0]


def all_cases(portal):
    """{reference: unit id} of every case, as the server's threads committed them."""
    transaction.begin()
    found = {}
    for folder in portal["vorgaenge"].objectValues():
        for obj in folder.objectValues():
            if obj.portal_type == "Vorgang":
                found[obj.reference] = folder.getId()
    return found
