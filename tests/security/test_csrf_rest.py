"""CSRF on the REST API and the Zope root (issue 13): a page on another site, another port of
the host or a sibling host cannot make a logged-in browser change anything.

Over real HTTP, with the login in a cookie (login form) and in basic auth: every forgery of
csrf_helpers.forgeries on a sample of plone.restapi's services and on every add-on service
is refused with 403 and changes nothing; the same call from the site's own page, with a
bearer token or with a valid X-CSRF-TOKEN works (so each test fails if the endpoint
accepted nothing at all). The refusal is in the event log.
"""

from csrf_helpers import ACTIONS
from csrf_helpers import basic_client
from csrf_helpers import bearer_client
from csrf_helpers import client
from csrf_helpers import forgeries
from csrf_helpers import forgeries_for
from csrf_helpers import is_refusal
from csrf_helpers import send
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from site_client import site_origin
from site_client import token_for

import logging
import pytest
import requests
import transaction


@pytest.mark.parametrize("credentials", ["cookie", "basic"])
@pytest.mark.parametrize("name", ACTIONS)
def test_forged_rest_call_is_refused_and_changes_nothing(csrf_site, name, credentials):
    action, site_url = ACTIONS[name], csrf_site.absolute_url()
    target = action.prepare(csrf_site)
    session = client(credentials, site_url, action.user)
    for forgery, (headers, text_plain) in forgeries_for(site_url, action.method).items():
        response = send(session, site_url, action, target, headers, text_plain=text_plain)
        assert is_refusal(response), (forgery, response.status_code, response.text[:300])
        assert not action.changed(csrf_site, target), forgery
    # The same call from a page of the site.
    response = send(session, site_url, action, target, {"Origin": site_origin(site_url)})
    assert response.status_code in (200, 201, 204), response.text[:300]
    assert action.changed(csrf_site, target)


@pytest.mark.parametrize("name", ACTIONS)
def test_bearer_token_needs_no_origin(csrf_site, name):
    """A browser never adds a bearer token by itself: such a call is no forgery, whatever its Origin."""
    action, site_url = ACTIONS[name], csrf_site.absolute_url()
    target = action.prepare(csrf_site)
    response = send(bearer_client(site_url, action.user), site_url, action, target, {"Origin": "https://app.example"})
    assert response.status_code in (200, 201, 204), response.text[:300]
    assert action.changed(csrf_site, target)


@pytest.mark.parametrize("name", ACTIONS)
def test_valid_csrf_token_replaces_the_origin(csrf_site, name):
    """A script without Origin (or an old browser) sends plone.protect's token of its user."""
    action, site_url = ACTIONS[name], csrf_site.absolute_url()
    target = action.prepare(csrf_site)
    session = basic_client(action.user)
    wrong = token_for(csrf_site, "sb-clearingstelle")  # another user's token is worth nothing
    for token in (wrong, "0" * 40):
        assert is_refusal(send(session, site_url, action, target, {"X-CSRF-TOKEN": token}))
        assert not action.changed(csrf_site, target)
    response = send(session, site_url, action, target, {"X-CSRF-TOKEN": token_for(csrf_site, action.user)})
    assert response.status_code in (200, 201, 204), response.text[:300]
    assert action.changed(csrf_site, target)


def test_public_url_is_the_sites_origin_behind_a_proxy(csrf_site):
    """Behind the proxy, the browser's Origin is the public URL's while the proxied request
    goes to another host: the configured public URL counts as the site's own origin."""
    action, site_url = ACTIONS["PATCH content (admin)"], csrf_site.absolute_url()
    api.portal.set_registry_record("weissenfels.portal.public_url", "https://portal.weissenfels.example/")
    transaction.commit()
    target = action.prepare(csrf_site)
    session = basic_client(action.user)
    assert is_refusal(send(session, site_url, action, target, {"Origin": "https://evil.weissenfels.example"}))
    assert not action.changed(csrf_site, target)
    response = send(session, site_url, action, target, {"Origin": "https://portal.weissenfels.example"})
    assert response.status_code == 204
    assert action.changed(csrf_site, target)


def test_anonymous_requests_are_not_concerned(csrf_site):
    """Without credentials a request runs as Anonymous: a foreign page gains nothing, and the
    login itself (credentials in the body, no cookie yet) still works from anywhere."""
    site_url = csrf_site.absolute_url()
    response = requests.post(
        f"{site_url}/@login",
        json={"login": "sb-wohnraumkontrolle", "password": "falsch"},
        headers={"Accept": "application/json", "Origin": "https://evil.example"},
        timeout=30,
    )
    assert response.status_code == 401  # checked, not refused as forged


def test_refusal_is_logged(csrf_site, caplog):
    action, site_url = ACTIONS["PATCH content (admin)"], csrf_site.absolute_url()
    target = action.prepare(csrf_site)
    headers = {"Origin": "https://evil.example", "Accept-Language": "de"}
    with caplog.at_level(logging.WARNING, logger="weissenfels.portal.csrf"):
        response = send(basic_client(action.user), site_url, action, target, headers)
    assert response.status_code == 403
    assert response.json()["error"]["message"].startswith("Diese Anfrage kam nicht von einer Seite dieses Portals")
    [record] = [r for r in caplog.records if r.name == "weissenfels.portal.csrf"]
    assert record.levelno == logging.WARNING
    message = record.getMessage()
    for part in ("PATCH", target.path, action.user, "https://evil.example"):
        assert part in message, (part, message)


# --- the Zope root: no Plone site, only the request's own origin counts --------------------


@pytest.fixture
def root(demo_functional):
    """The Zope application over HTTP (the functional layer drops its changes after the test)."""
    return demo_functional["app"]


ROOT_CALLS = {
    "add a folder": (
        "manage_addProduct/OFSP/manage_addFolder",
        {"id": "gefaelscht", "title": "Gefälscht"},
        lambda app: "gefaelscht" in app.objectIds(),
    ),
    "plant a page template": (
        "manage_addProduct/PageTemplates/manage_addPageTemplate",
        {"id": "angriff", "title": "Angriff", "text": "<p>planted</p>"},
        lambda app: "angriff" in app.objectIds(),
    ),
}


@pytest.mark.parametrize("name", ROOT_CALLS)
def test_zope_root_refuses_forged_posts(root, name):
    path, data, changed = ROOT_CALLS[name]
    app_url = root.absolute_url()
    session = requests.Session()
    session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    for forgery, (headers, _text_plain) in forgeries(app_url).items():
        response = session.post(f"{app_url}/{path}", data=data, headers=headers, allow_redirects=False, timeout=30)
        assert is_refusal(response), (forgery, response.status_code)
        transaction.begin()
        assert not changed(root), forgery
    # At the root only the request's own origin counts (no public URL there).
    response = session.post(
        f"{app_url}/{path}", data=data, headers={"Origin": site_origin(app_url)}, allow_redirects=False, timeout=30
    )
    assert response.status_code in (200, 302), response.status_code
    transaction.begin()
    assert changed(root)
