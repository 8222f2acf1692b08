"""The Zope root's admin logging in through the site's login form gets a session of the site
(security/root_users.py), not PlonePAS's credentials cookie that held its password: logout
ends it, and a blocked address does not lock out an administrator who is logged in.
Found on a started site (issue 13 verification): the admin's `__ac` was hex(login):hex(password),
still valid after logout, and answered 429 on @@login-blocks while its address was blocked."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from urllib.parse import unquote

import base64
import pytest
import requests


@pytest.fixture
def portal_url(functional_portal):
    return functional_portal.absolute_url()


def log_in(portal_url):
    browser = requests.Session()
    answer = browser.post(
        portal_url + "/login",
        data={
            "__ac_name": SITE_OWNER_NAME,
            "__ac_password": SITE_OWNER_PASSWORD,
            "buttons.login": "Anmelden",
            "came_from": "",
        },
        allow_redirects=False,
        timeout=30,
    )
    assert answer.status_code == 302
    return browser


def control_panel(portal_url, cookie):
    return requests.get(
        portal_url + "/@@overview-controlpanel", cookies={"__ac": cookie}, allow_redirects=False, timeout=30
    )


def test_root_admin_gets_a_session_without_its_password(portal_url):
    cookie = log_in(portal_url).cookies["__ac"]
    raw = base64.b64decode(unquote(unquote(cookie)) + "==")
    assert SITE_OWNER_PASSWORD.encode().hex().encode() not in raw
    assert SITE_OWNER_PASSWORD.encode() not in raw
    assert control_panel(portal_url, cookie).status_code == 200  # Manager, as at the root


def test_root_admin_cookie_is_refused_after_logout(portal_url):
    browser = log_in(portal_url)
    cookie = browser.cookies["__ac"]
    assert control_panel(portal_url, cookie).status_code == 200
    browser.get(portal_url + "/logout", timeout=30)
    assert control_panel(portal_url, cookie).status_code in (302, 401, 403)


def test_logged_in_admin_lifts_the_block_of_its_own_address(portal_url):
    cookie = log_in(portal_url).cookies["__ac"]
    for _ in range(5):
        requests.post(
            portal_url + "/@login",
            json={"login": "someone", "password": "wrong"},
            headers={"Accept": "application/json"},
            timeout=30,
        )
    assert (
        requests.post(
            portal_url + "/@login",
            json={"login": SITE_OWNER_NAME, "password": SITE_OWNER_PASSWORD},
            headers={"Accept": "application/json"},
            timeout=30,
        ).status_code
        == 429
    )
    page = requests.get(portal_url + "/@@login-blocks", cookies={"__ac": cookie}, allow_redirects=False, timeout=30)
    assert page.status_code == 200
    assert "127.0.0.1" in page.text


def test_basic_auth_of_the_root_admin_still_works(portal_url, functional_app):
    assert (
        requests.get(
            portal_url + "/@@overview-controlpanel", auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), timeout=30
        ).status_code
        == 200
    )
    assert (
        requests.get(
            functional_app.absolute_url() + "/manage_main", auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), timeout=30
        ).status_code
        == 200
    )
    assert requests.get(
        portal_url + "/@@overview-controlpanel", auth=(SITE_OWNER_NAME, "wrong"), allow_redirects=False, timeout=30
    ).status_code in (302, 401)
