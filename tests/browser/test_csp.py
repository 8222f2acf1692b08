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


def test_case_pages_get_the_strict_policy_and_work(demo_functional_portal, page):
    """Pages that show residents' input get the strict policy for staff too (issue 13): the
    case view with its handling panel and thumbnails, and the inbox, break none of it."""
    from case_forms import make_case
    from weissenfels.portal.security.settings import DEFAULT_CSP
    from weissenfels.portal.testing import DEMO_PASSWORD

    import transaction

    portal = demo_functional_portal
    case = make_case(portal, "wohnraumkontrolle", text="<script>alert(1)</script> Schimmel")
    transaction.commit()
    login(page, portal.absolute_url(), "sb-wohnraumkontrolle", DEMO_PASSWORD)
    for url in (case.absolute_url(), portal.absolute_url() + "/vorgaenge/@@vorgaenge-inbox"):
        response = page.goto(url)
        page.wait_for_load_state("networkidle")
        assert response.status == 200
        assert response.headers["content-security-policy"] == DEFAULT_CSP
        assert "unsafe-inline'" not in response.headers["content-security-policy"].split("script-src")[1].split(";")[0]
        assert page.console.csp_violations() == [], url
    page.goto(case.absolute_url())
    assert page.locator("#case-transition-form button").count() >= 1  # the panel works
