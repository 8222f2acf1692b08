"""The Zope root's pages carry the security headers too, and nothing tells versions
(issue 13: the header subscriber used to cover only the add-on's layer)."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from weissenfels.portal.security.settings import DEFAULT_CSP

import pytest
import re
import requests


@pytest.mark.parametrize(
    "path, auth, status",
    [
        ("/", None, (200, 404)),
        ("/manage_main", None, (401,)),
        ("/manage_main", (SITE_OWNER_NAME, SITE_OWNER_PASSWORD), (200,)),
        ("/does-not-exist", None, (404,)),
        ("/does-not-exist", (SITE_OWNER_NAME, SITE_OWNER_PASSWORD), (404,)),
    ],
)
def test_zope_root_pages_carry_security_headers(functional_app, path, auth, status):
    root = functional_app.absolute_url()
    response = requests.get(root + path, auth=auth, timeout=30)
    assert response.status_code in status
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in csp and "object-src 'none'" in csp
    if auth is None:
        assert csp == DEFAULT_CSP


@pytest.mark.parametrize("path", ["/de", "/de/does-not-exist", "/login"])
def test_no_versions_in_headers_or_pages(functional_portal, path):
    response = requests.get(functional_portal.absolute_url() + path, timeout=30)
    for name in ("Server", "X-Powered-By", "Via"):
        assert not re.search(r"\d+\.\d+", response.headers.get(name, "")), (name, response.headers.get(name))
    generator = re.findall(r'<meta[^>]+name="generator"[^>]*>', response.text)
    assert all(not re.search(r"\d+\.\d+", tag) for tag in generator), generator


def test_hsts_behind_https_only(functional_app, functional_portal):
    """Zope sends HSTS when the VirtualHostMonster says the public URL is HTTPS."""
    from Products.SiteAccess.VirtualHostMonster import manage_addVirtualHostMonster

    import transaction

    if "virtual_hosting" not in functional_app.objectIds():
        manage_addVirtualHostMonster(functional_app, "virtual_hosting")
        transaction.commit()
    host = functional_app.absolute_url().split("//")[1]
    plain = requests.get(functional_portal.absolute_url() + "/de", timeout=30)
    assert "Strict-Transport-Security" not in plain.headers
    vhm = f"http://{host}/VirtualHostBase/https/portal.example:443/{functional_portal.getId()}/VirtualHostRoot/de"
    assert requests.get(vhm, timeout=30).headers["Strict-Transport-Security"].startswith("max-age=31536000")
