"""Fixtures over the intranet layer: demo content plus one Protokoll per workflow state."""

from pytest_plone import fixtures_factory
from weissenfels.portal import testing

import pytest


globals().update(
    fixtures_factory(
        (
            (testing.INTRANET_INTEGRATION_TESTING, "intranet_integration"),
            (testing.INTRANET_FUNCTIONAL_TESTING, "intranet_functional"),
        )
    )
)


@pytest.fixture
def intranet_portal(intranet_integration):
    return intranet_integration["portal"]


@pytest.fixture
def intranet_http_portal(intranet_functional):
    return intranet_functional["portal"]
