"""Security headers on every page, Secure cookies behind HTTPS."""

from weissenfels.portal.security.settings import DEFAULT_CSP

import pytest
import requests


PAGES = ["", "/de", "/en", "/de/@@search", "/login", "/@@ok"]


@pytest.mark.parametrize("path", PAGES)
def test_security_headers(functional_portal, path):
    response = requests.get(functional_portal.absolute_url() + path, timeout=30)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert response.headers["Content-Security-Policy"] == DEFAULT_CSP
    assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]


def test_headers_on_errors(functional_portal):
    response = requests.get(functional_portal.absolute_url() + "/de/does-not-exist", timeout=30)
    assert response.status_code == 404
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_no_inline_scripts_on_public_pages(functional_portal):
    """script-src 'self' holds only while the pages carry no inline script."""
    import re

    text = requests.get(functional_portal.absolute_url() + "/de", timeout=30).text
    inline = [
        tag for tag in re.findall(r"<script\b[^>]*>", text) if "src=" not in tag and "application/json" not in tag
    ]
    assert inline == []


class TestSessionCookie:
    def login(self, url, **headers):
        # A user of the site (plone.session), not a Zope root user.
        from plone.app.testing import TEST_USER_NAME
        from plone.app.testing import TEST_USER_PASSWORD

        return requests.post(
            url + "/login",
            data={
                "__ac_name": TEST_USER_NAME,
                "__ac_password": TEST_USER_PASSWORD,
                "buttons.login": "Log in",
                "came_from": "",
            },
            headers=headers,
            allow_redirects=False,
            timeout=30,
        )

    def session_cookie(self, response):
        return next(c for c in response.headers.get("Set-Cookie", "").split(", __") if c.startswith("__ac="))

    def test_http_only_and_same_site(self, functional_portal):
        url = functional_portal.absolute_url()
        cookie = self.session_cookie(self.login(url))
        assert "HTTPOnly" in cookie or "HttpOnly" in cookie
        assert "SameSite=Lax" in cookie
        assert "secure" not in cookie.lower()  # plain HTTP on 127.0.0.1: a Secure cookie would not come back

    def test_secure_behind_https(self, functional_app, functional_portal):
        from Products.SiteAccess.VirtualHostMonster import manage_addVirtualHostMonster

        import transaction

        if "virtual_hosting" not in functional_app.objectIds():  # a real instance has one
            manage_addVirtualHostMonster(functional_app, "virtual_hosting")
            transaction.commit()
        # A TLS-terminating proxy rewrites the URL with the VirtualHostMonster.
        host = functional_app.absolute_url().split("//")[1]
        vhm = f"http://{host}/VirtualHostBase/https/portal.example:443/{functional_portal.getId()}/VirtualHostRoot"
        cookie = self.session_cookie(self.login(vhm))
        assert "; secure" in cookie.lower()
