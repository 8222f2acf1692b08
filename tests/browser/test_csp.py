"""The Content-Security-Policy holds in a real browser: the portal's pages break none of it."""

from browsing import login
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest


@pytest.mark.parametrize("path", ["/de", "/en", "/ar", "/de/@@search?SearchableText=Wohnraum", "/login"])
def test_public_pages_without_csp_violations(functional_portal, page, path):
    page.goto(functional_portal.absolute_url() + path)
    page.wait_for_load_state("networkidle")
    assert page.console.csp_violations() == []


@pytest.mark.parametrize("path", ["/de/++add++Document", "/de/folder_contents", "/de/++add++EasyForm"])
def test_editing_screens_without_csp_violations(functional_app, functional_portal, page, path):
    login(page, functional_portal.absolute_url(), SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    page.goto(functional_portal.absolute_url() + path)
    page.wait_for_load_state("networkidle")
    assert page.console.csp_violations() == []
