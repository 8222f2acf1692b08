"""HTTP clients that behave like the site's own pages.

A browser sends `Origin` with every POST, PUT, PATCH and DELETE; the portal refuses a
state-changing request with a cookie or basic auth that does not come from its own origin
(security/csrf.py). Tests that change something with basic auth send the Origin of the
portal they talk to, as a page of the site would; tests about forged requests send others.
"""

from lxml import html
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.protect.authenticator import createToken
from urllib.parse import urlsplit

import requests


def origin_of(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def site_origin(url=None):
    """The origin of url, or of the portal under test (the test server's scheme://host:port)."""
    return origin_of(url or api.portal.get().absolute_url())


def from_site(headers=None, url=None):
    """The headers plus the Origin of the site's own pages."""
    return {"Origin": site_origin(url), **(headers or {})}


def site_session(auth=None, json=False, url=None):
    """A requests session of a user (auth: (login, password)) on a page of the site."""
    session = requests.Session()
    session.headers["Origin"] = site_origin(url)
    if auth:
        session.auth = auth
    if json:
        session.headers["Accept"] = "application/json"
    return session


def authenticator(session, url):
    """Plone's CSRF token, as the page at url hands it to this session's user: a form's
    `_authenticator` field, else the token every page carries for its scripts."""
    response = session.get(url)
    assert response.status_code == 200, (url, response.status_code)
    page = html.fromstring(response.text)
    tokens = page.xpath("//input[@name='_authenticator']/@value") or page.xpath("//*[@id='protect-script']/@data-token")
    assert tokens, f"no _authenticator on {url}"
    return tokens[0]


def token_for(portal, user_id):
    """A valid CSRF token of that user, made in-process (the keyring is the site's, so the
    test server accepts it)."""
    login(portal, user_id)
    try:
        return createToken()
    finally:
        logout()


def denied(response):
    """Refused: an HTTP error, or Plone's redirect to the login form."""
    if response.status_code == 302:
        return "require_login" in response.headers["Location"]
    return response.status_code in (401, 403, 404)
