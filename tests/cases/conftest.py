"""Fixtures for the case tests: limits suited to tests, a fresh rate limit per test."""

from plone import api
from weissenfels.portal.cases import abuse
from weissenfels.portal.cases.settings import ICaseSettings

import pytest
import transaction


def set_case_settings(**values):
    for name, value in values.items():
        api.portal.set_registry_record(name, value, interface=ICaseSettings)


@pytest.fixture
def case_site(demo_functional_portal):
    """The demo site over HTTP, with no minimum fill time (tests that test it set one)."""
    set_case_settings(min_fill_seconds=0)
    transaction.commit()
    abuse.reset_rate_limit()
    yield demo_functional_portal
    abuse.reset_rate_limit()


def cases_in(portal, unit_id):
    transaction.begin()  # see what the server's threads committed
    return [obj for obj in portal["vorgaenge"][unit_id].objectValues() if obj.portal_type == "Vorgang"]
