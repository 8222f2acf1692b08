"""Password reset requests tell nobody whether an account exists and cannot be repeated
without end (issue 13): the form (`mail_password`) and plone.restapi's
`@users/<id>/reset-password`, over HTTP, with a real SMTP sink."""

from plone import api
from smtp_sink import start_sink

import pytest
import requests
import time
import transaction


EXISTING = "sb-schulteam"
UNKNOWN = "niemand-gibt-es-nicht"
SETTINGS = "weissenfels.portal.security.settings.ISecuritySettings."


@pytest.fixture
def sink(demo_functional_portal):
    sink, controller = start_sink()
    api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
    api.portal.set_registry_record("plone.smtp_port", controller.port)
    api.portal.set_registry_record("plone.email_from_address", "portal@weissenfels.example")
    transaction.commit()
    yield sink
    controller.stop()


def form_request(portal_url, userid):
    return requests.post(
        portal_url + "/mail_password",
        data={"userid": userid, "form.submitted": "1"},
        headers={"Accept-Language": "de", "Accept": "text/html"},
        timeout=30,
    )


def login_help_request(portal_url, userid):
    """Plone 6.2's "Passwort vergessen?" form (@@login-help), which answers alike already."""
    return requests.post(
        portal_url + "/@@login-help",
        data={"form.widgets.reset_password": userid, "form.buttons.reset": "Reset your password"},
        headers={"Accept-Language": "de", "Accept": "text/html"},
        timeout=30,
    )


def rest_request(portal_url, userid):
    return requests.post(
        f"{portal_url}/@users/{userid}/reset-password", json={}, headers={"Accept": "application/json"}, timeout=30
    )


def _main(text):
    """The page without what varies from request to request (tokens, timings)."""
    start, end = text.find('id="content"'), text.find('id="portal-footer')
    return text[start:end]


def test_form_answers_alike_for_existing_and_unknown_users(demo_functional_portal, sink):
    portal_url = demo_functional_portal.absolute_url()
    existing, unknown = form_request(portal_url, EXISTING), form_request(portal_url, UNKNOWN)
    assert existing.status_code == unknown.status_code == 200
    assert _main(existing.text) == _main(unknown.text)
    assert "could not be found" not in unknown.text and "nicht gefunden" not in unknown.text
    assert len(sink.mails_to(f"{EXISTING}@weissenfels.example")) == 1  # the real user still gets the mail


def test_rest_answers_alike_for_existing_and_unknown_users(demo_functional_portal, sink):
    portal_url = demo_functional_portal.absolute_url()
    existing, unknown = rest_request(portal_url, EXISTING), rest_request(portal_url, UNKNOWN)
    assert existing.status_code == unknown.status_code == 204  # unknown users were a 404
    assert existing.text == unknown.text == ""
    assert len(sink.mails_to(f"{EXISTING}@weissenfels.example")) == 1


@pytest.mark.parametrize("send", [form_request, rest_request, login_help_request], ids=["form", "rest", "login-help"])
def test_requests_per_client_are_limited(demo_functional_portal, sink, send):
    portal_url = demo_functional_portal.absolute_url()
    for number in range(5):
        assert send(portal_url, f"{UNKNOWN}-{number}").status_code in (200, 204)
    refused = send(portal_url, EXISTING)
    assert refused.status_code == 429
    # one count for every way to ask
    other = rest_request if send is not rest_request else form_request
    assert other(portal_url, EXISTING).status_code == 429
    assert "Retry-After" in refused.headers
    time.sleep(0.5)
    assert sink.mails_to(f"{EXISTING}@weissenfels.example", seconds=0.5) == []


def test_requests_per_account_are_limited_for_existing_and_unknown_alike(demo_functional_portal, sink):
    portal_url = demo_functional_portal.absolute_url()
    api.portal.set_registry_record(SETTINGS + "password_reset_max_per_client", 100)
    transaction.commit()
    for userid in (EXISTING, UNKNOWN):
        answers = [form_request(portal_url, userid).status_code for _ in range(4)]
        assert answers == [200, 200, 200, 429]
    assert len(sink.mails_to(f"{EXISTING}@weissenfels.example", count=3)) == 3


def test_refusal_is_translated(demo_functional_portal, sink):
    portal_url = demo_functional_portal.absolute_url()
    for _ in range(5):
        form_request(portal_url, UNKNOWN)
    refused = form_request(portal_url, UNKNOWN)
    assert refused.status_code == 429
    assert "Zu viele Anfragen zum Zurücksetzen des Passworts" in refused.text


def test_a_reset_token_for_an_unknown_user_answers_as_a_wrong_token(demo_functional_portal):
    portal_url = demo_functional_portal.absolute_url()
    answers = [
        requests.post(
            f"{portal_url}/@users/{userid}/reset-password",
            json={"reset_token": "0" * 32, "new_password": "ein-neues-langes-passwort"},
            headers={"Accept": "application/json"},
            timeout=30,
        )
        for userid in (EXISTING, UNKNOWN)
    ]
    assert [a.status_code for a in answers] == [403, 403]
    assert answers[0].json() == answers[1].json()
