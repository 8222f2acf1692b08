"""Anonymous public pages are cacheable; logged-in pages and forms never get a public header."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD

import pytest
import requests
import transaction


def cache_control(url, **kwargs):
    response = requests.get(url, timeout=30, **kwargs)
    assert response.status_code == 200
    return response.headers.get("Cache-Control", "")


def is_public(header):
    return "public" in header or "s-maxage=300" in header


@pytest.fixture
def public_page(functional_portal):
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(container=functional_portal.de, type="Document", id="info", title="Info")
        api.content.transition(obj=page, transition="publish")
    transaction.commit()
    return page


@pytest.fixture
def public_form(functional_portal):
    with api.env.adopt_roles(["Manager"]):
        form = api.content.create(container=functional_portal.de, type="EasyForm", id="formular", title="Formular")
        api.content.transition(obj=form, transition="publish")
    transaction.commit()
    return form


def test_anonymous_public_page_is_cacheable(public_page):
    header = cache_control(public_page.absolute_url())
    assert is_public(header), header


def test_logged_in_page_is_private(public_page):
    header = cache_control(public_page.absolute_url(), auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD))
    assert not is_public(header), header
    assert "private" in header or "max-age=0" in header


def test_private_content_is_never_public(functional_portal):
    with api.env.adopt_roles(["Manager"]):
        draft = api.content.create(container=functional_portal.de, type="Document", id="entwurf", title="Entwurf")
    transaction.commit()
    header = cache_control(draft.absolute_url(), auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD))
    assert not is_public(header), header


def test_form_page_is_never_cached(public_form):
    header = cache_control(public_form.absolute_url())
    assert header == "no-store, private"  # the ruleset weissenfels.private: its thank-you page shows the status code
