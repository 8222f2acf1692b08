"""Logging out ends the session on the server (issue 13): a copied `__ac` cookie is refused
afterwards, in every browser of that user (plone.session per-user keyrings)."""

from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD

import requests


def log_in(portal_url):
    browser = requests.Session()
    answer = browser.post(
        portal_url + "/login",
        data={
            "__ac_name": TEST_USER_NAME,
            "__ac_password": TEST_USER_PASSWORD,
            "buttons.login": "Anmelden",
            "came_from": "",
        },
        allow_redirects=False,
        timeout=30,
    )
    assert answer.status_code == 302
    assert browser.cookies.get("__ac")
    return browser


def personal_page(portal_url, cookie):
    return requests.get(portal_url + "/@@change-password", cookies={"__ac": cookie}, allow_redirects=False, timeout=30)


def test_replayed_cookie_is_refused_after_logout(functional_portal):
    portal_url = functional_portal.absolute_url()
    browser = log_in(portal_url)
    cookie = browser.cookies["__ac"]
    assert personal_page(portal_url, cookie).status_code == 200

    assert browser.get(portal_url + "/logout", timeout=30).status_code == 200
    assert not browser.cookies.get("__ac")

    replayed = personal_page(portal_url, cookie)
    assert replayed.status_code in (302, 401, 403)
    assert "change-password" not in replayed.headers.get("Location", "") or "login" in replayed.headers.get(
        "Location", ""
    )


def test_logging_out_ends_the_users_other_sessions_too(functional_portal):
    portal_url = functional_portal.absolute_url()
    office, laptop = log_in(portal_url), log_in(portal_url)
    other_cookie = laptop.cookies["__ac"]
    assert personal_page(portal_url, other_cookie).status_code == 200
    office.get(portal_url + "/logout", timeout=30)
    assert personal_page(portal_url, other_cookie).status_code in (302, 401, 403)
    # Logging in again works.
    assert personal_page(portal_url, log_in(portal_url).cookies["__ac"]).status_code == 200
