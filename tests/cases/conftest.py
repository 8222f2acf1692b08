"""Fixtures for the case tests: limits suited to tests, a fresh rate limit per test."""

from case_forms import set_case_settings
from weissenfels.portal.cases import abuse
from weissenfels.portal.cases.public_uploads import forget_largest_body

import pytest
import transaction


@pytest.fixture
def case_site(demo_functional_portal):
    """The demo site over HTTP, with no minimum fill time (tests that test it set one)."""
    set_case_settings(min_fill_seconds=0)
    transaction.commit()
    abuse.reset_rate_limit()
    yield demo_functional_portal
    abuse.reset_rate_limit()
    forget_largest_body()  # a test's upload limit does not outlive its site
