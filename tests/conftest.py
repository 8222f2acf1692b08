"""pytest-plone fixtures over the add-on's layers (src/weissenfels.portal/.../testing.py)."""

import os


# Compile the .po catalogues when Zope loads them, as the instance does (zope.conf).
os.environ.setdefault("zope_i18n_compile_mo_files", "true")

from pytest_plone import fixtures_factory
from weissenfels.portal import testing

import pytest


pytest_plugins = ["pytest_plone"]

globals().update(
    fixtures_factory(
        (
            (testing.INTEGRATION_TESTING, "integration"),
            (testing.FUNCTIONAL_TESTING, "functional"),
            (testing.DEMO_INTEGRATION_TESTING, "demo_integration"),
            (testing.DEMO_FUNCTIONAL_TESTING, "demo_functional"),
            (testing.MUSTERSTADT_FUNCTIONAL_TESTING, "musterstadt_functional"),
        )
    )
)


@pytest.fixture
def demo_portal(demo_integration):
    """The Plone site with the demo profile applied (integration: rolled back after each test)."""
    return demo_integration["portal"]


@pytest.fixture
def demo_functional_portal(demo_functional):
    """The Plone site with the demo profile, served over HTTP by a test WSGI server."""
    return demo_functional["portal"]


@pytest.fixture
def servers():
    """Servers (processes.Server) a test starts; stopped after the test whatever happens."""
    started = []
    yield started
    for server in started:
        server.stop()


@pytest.fixture(autouse=True)
def _forget_failed_logins():
    """Tests share one client address (localhost): no test inherits another's failed logins,
    status checks or password-reset requests."""
    from weissenfels.portal.security import ratelimit

    ratelimit.reset_all()


@pytest.fixture(scope="session")
def started_site(tmp_path_factory):
    """One site made as `make start` makes it, shared by the whole run (tests/started_site.py).
    Tests that use it mark themselves slow and must not block the client (throttle)."""
    from started_site import started_site_fixture

    yield from started_site_fixture(tmp_path_factory)


@pytest.fixture(scope="session")
def playwright():
    """One Playwright driver for the whole run (two at once in one process do not work)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as running:
        yield running
