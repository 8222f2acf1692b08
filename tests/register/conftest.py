"""Fixtures of the register's tests."""

from example_content import remove_example_buildings

import pytest
import transaction


@pytest.fixture
def register_without_examples(request):
    """For tests that count what they make: the demo profile's example buildings removed from
    the test's site (rolled back, or dropped with the functional layer's storage, afterwards)."""
    functional = "demo_functional_portal" in request.fixturenames
    portal = request.getfixturevalue("demo_functional_portal" if functional else "demo_portal")
    remove_example_buildings(portal)
    if functional:
        transaction.commit()
    return portal
