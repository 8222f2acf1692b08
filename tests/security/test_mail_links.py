"""Plone's own mails with links (password reset, welcome mail, username reminder, site
feedback, "send this page") point to the site's public URL, whatever Host the request names
(issue 13: a forged Host sent a reset link to evil.example). Real HTTP to the test server,
real SMTP to a sink."""

from forged_host import assert_public_links
from forged_host import EVIL
from forged_host import forged
from forged_host import vhm_url
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from smtp_sink import start_sink
from weissenfels.portal.public_url import public_url
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


USER = "sb-schulteam"
USER_EMAIL = "sb-schulteam@weissenfels.example"
JSON = {"Accept": "application/json", "Content-Type": "application/json"}


@pytest.fixture
def sink(demo_functional_portal):
    """Plone's mail settings point to a real SMTP sink (Plone reads them from the registry)."""
    received, controller = start_sink()
    api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
    api.portal.set_registry_record("plone.smtp_port", controller.port)
    api.portal.set_registry_record("plone.email_from_address", "portal@weissenfels.example")
    api.portal.set_registry_record("plone.email_from_name", "Der Weißenfelser Weg")
    transaction.commit()
    yield received
    controller.stop()


def post_forged(url, portal, headers=None, **options):
    """POST with a forged Host; redirects are not followed (they would lead to the forged host)."""
    headers = {**forged(portal.absolute_url()), **(headers or {})}
    response = requests.post(url, headers=headers, allow_redirects=False, timeout=30, **options)
    assert response.status_code in (200, 201, 204, 302, 303), (response.status_code, response.text[:500])
    return response


def answered_for_the_forged_host(response):
    """The answer's own links (or redirect) name the forged host: the forgery took effect."""
    return EVIL in response.text or EVIL in response.headers.get("Location", "")


def reset_link(messages, portal):
    (message,) = messages
    (link,) = [link for link in assert_public_links(message, public_url()) if "/passwordreset/" in link]
    assert link.startswith(f"{portal.absolute_url()}/passwordreset/")
    return link


class TestPasswordResetMail:
    def test_form_with_forged_host(self, demo_functional_portal, sink):
        portal = demo_functional_portal
        response = post_forged(f"{portal.absolute_url()}/mail_password", portal, data={"userid": USER})
        assert answered_for_the_forged_host(response)
        reset_link(sink.mails_to(USER_EMAIL), portal)

    def test_form_through_a_virtual_host_path(self, demo_functional, sink):
        from Products.SiteAccess.VirtualHostMonster import manage_addVirtualHostMonster

        app, portal = demo_functional["app"], demo_functional["portal"]
        if "virtual_hosting" not in app.objectIds():  # a real instance has one
            manage_addVirtualHostMonster(app, "virtual_hosting")
            transaction.commit()
        response = requests.post(
            vhm_url(portal.absolute_url(), "mail_password"), data={"userid": USER}, allow_redirects=False, timeout=30
        )
        assert answered_for_the_forged_host(response)
        reset_link(sink.mails_to(USER_EMAIL), portal)

    def test_login_help_with_forged_host(self, demo_functional_portal, sink):
        portal = demo_functional_portal
        post_forged(
            f"{portal.absolute_url()}/@@login-help",
            portal,
            data={"form.widgets.reset_password": USER, "form.buttons.reset": "Reset your password"},
        )
        reset_link(sink.mails_to(USER_EMAIL), portal)

    def test_rest_reset_password_with_forged_host(self, demo_functional_portal, sink):
        portal = demo_functional_portal
        post_forged(
            f"{portal.absolute_url()}/@users/{USER}/reset-password",
            portal,
            json={},
            headers=JSON,
        )
        reset_link(sink.mails_to(USER_EMAIL), portal)

    def test_the_link_works(self, demo_functional_portal, sink):
        portal = demo_functional_portal
        post_forged(f"{portal.absolute_url()}/mail_password", portal, data={"userid": USER})
        link = reset_link(sink.mails_to(USER_EMAIL), portal)
        page = requests.get(link, timeout=30)
        assert page.status_code == 200 and 'name="password"' in page.text


class TestWelcomeMail:
    def test_new_user_mail_with_forged_host(self, demo_functional_portal, sink):
        portal = demo_functional_portal
        post_forged(
            f"{portal.absolute_url()}/@users",
            portal,
            json={"username": "neue-kollegin", "email": "neue-kollegin@weissenfels.example", "sendPasswordReset": True},
            headers=JSON,
            auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        )
        reset_link(sink.mails_to("neue-kollegin@weissenfels.example"), portal)


class TestOtherPloneMails:
    def test_login_help_keeps_both_forms(self, demo_functional_portal):
        page = requests.get(f"{demo_functional_portal.absolute_url()}/@@login-help", timeout=30)
        assert page.status_code == 200
        assert 'name="form.widgets.reset_password"' in page.text
        assert 'name="form.widgets.recover_username"' in page.text

    def test_username_reminder_with_forged_host(self, demo_functional_portal, sink):
        portal = demo_functional_portal
        post_forged(
            f"{portal.absolute_url()}/@@login-help",
            portal,
            data={"form.widgets.recover_username": USER_EMAIL, "form.buttons.get_username": "Get your username"},
        )
        (message,) = sink.mails_to(USER_EMAIL)
        assert public_url() in assert_public_links(message, public_url())

    def test_site_feedback_with_forged_host(self, demo_functional_portal, sink):
        portal = demo_functional_portal
        post_forged(
            f"{portal.absolute_url()}/@@contact-info",
            portal,
            data={
                "form.widgets.sender_fullname": "Erika Beispiel",
                "form.widgets.sender_from_address": "erika@example.org",
                "form.widgets.subject": "Frage",
                "form.widgets.message": "Wo finde ich das Formular?",
                "form.buttons.send": "Senden",
            },
        )
        (message,) = sink.mails_to("portal@weissenfels.example")
        assert assert_public_links(message, public_url()) == [public_url()]

    def test_send_this_page_with_forged_host(self, demo_functional_portal, sink):
        portal = demo_functional_portal
        page = portal["de"]["impressum"]
        post_forged(
            f"{page.absolute_url()}/sendto_form",
            portal,
            data={
                "form.widgets.send_to_address": "freundin@example.org",
                "form.widgets.send_from_address": USER_EMAIL,
                "form.widgets.comment": "Schau mal",
                "form.buttons.send": "Senden",
            },
            auth=(USER, DEMO_PASSWORD),
        )
        (message,) = sink.mails_to("freundin@example.org")
        assert assert_public_links(message, public_url()) == [public_url(), f"{public_url()}/de/impressum"]
