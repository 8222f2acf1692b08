"""Repeated failed logins from one client are refused for a while: form, basic auth and REST."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from weissenfels.portal.security import throttle

import pytest
import requests
import time
import transaction


JSON = {"Accept": "application/json"}


@pytest.fixture
def site(functional_app, functional_portal):
    throttle.reset()
    yield functional_portal.absolute_url(), functional_app.absolute_url()
    throttle.reset()


def basic(url, password):
    return requests.get(
        url + "/@@overview-controlpanel", auth=(SITE_OWNER_NAME, password), allow_redirects=False, timeout=30
    )


def rest_login(url, password):
    return requests.post(
        url + "/@login", json={"login": SITE_OWNER_NAME, "password": password}, headers=JSON, timeout=30
    )


def form_login(url, password):
    return requests.post(
        url + "/login",
        data={"__ac_name": SITE_OWNER_NAME, "__ac_password": password, "buttons.login": "Anmelden", "came_from": ""},
        allow_redirects=False,
        timeout=30,
    )


def test_right_password_works_after_a_few_failures(site):
    portal_url, _app_url = site
    for _ in range(4):
        assert rest_login(portal_url, "wrong").status_code == 401
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 200
    # A success clears the count.
    for _ in range(4):
        rest_login(portal_url, "wrong")
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 200


@pytest.mark.parametrize("attempt", [rest_login, form_login, basic], ids=["rest", "form", "basic-auth"])
def test_fifth_failure_blocks_even_the_right_password(site, attempt):
    portal_url, _app_url = site
    for _ in range(5):
        assert attempt(portal_url, "wrong").status_code != 429
    blocked = attempt(portal_url, SITE_OWNER_PASSWORD)
    assert blocked.status_code == 429
    assert "Retry-After" in blocked.headers
    # Every other way in is blocked too; browsing without credentials is not.
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 429
    assert requests.get(portal_url + "/de", timeout=30).status_code == 200


def test_message_is_translated(site):
    portal_url, _app_url = site
    for _ in range(5):
        rest_login(portal_url, "wrong")
    german = requests.post(
        portal_url + "/@login",
        json={"login": SITE_OWNER_NAME, "password": "x"},
        headers={**JSON, "Accept-Language": "de"},
        timeout=30,
    )
    assert german.status_code == 429
    assert "Zu viele fehlgeschlagene Anmeldungen" in german.text


def test_block_ends_after_the_configured_window(site, functional_portal):
    portal_url, _app_url = site
    api.portal.set_registry_record("weissenfels.portal.security.settings.ISecuritySettings.failed_login_window", 2)
    api.portal.set_registry_record("weissenfels.portal.security.settings.ISecuritySettings.max_failed_logins", 2)
    transaction.commit()
    for _ in range(2):
        rest_login(portal_url, "wrong")
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 429
    time.sleep(2.2)
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 200


def test_refused_requests_with_right_password_are_no_failed_logins(demo_functional_portal):
    """A user who may not see a page is refused (401), but has not guessed a password."""
    from weissenfels.portal.testing import DEMO_PASSWORD

    portal_url = demo_functional_portal.absolute_url()
    user = ("mitglied-schulteam", DEMO_PASSWORD)
    for _ in range(8):
        refused = requests.get(portal_url + "/vorgaenge/wohnraumkontrolle", auth=user, headers=JSON, timeout=30)
        assert refused.status_code in (401, 403)
    assert requests.get(portal_url + "/intranet/ag-schulteam", auth=user, headers=JSON, timeout=30).status_code == 200
