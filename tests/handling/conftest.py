"""Fixtures of the case handling tests (helpers in handling_helpers.py)."""

from handling_helpers import add_user
from plone.app.testing import login

import pytest


@pytest.fixture
def lead(demo_portal):
    """A team lead of the Wohnraumkontrolle (the demo has no lead users)."""
    add_user("lead-wohnraum", ["team-wohnraumkontrolle", "team-wohnraumkontrolle-leitung"])
    return "lead-wohnraum"


@pytest.fixture
def as_user(demo_portal):
    def switch(user_id):
        login(demo_portal, user_id)

    return switch
