"""HTTP clients that behave like the site's own pages.

A browser sends `Origin` with every POST, PUT, PATCH and DELETE; the portal refuses a
state-changing request with a cookie or basic auth that does not come from its own origin
(security/csrf.py). Tests that change something with basic auth send the Origin of the
portal they talk to, as a page of the site would; tests about forged requests send others.
"""

from plone import api
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
