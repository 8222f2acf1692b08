"""Fixtures of the security tests: the demo site over HTTP with the accounts the attacks use."""

from csrf_helpers import MANAGER
from plone import api
from security_helpers import EDITOR
from security_helpers import SITE_ADMIN
from weissenfels.portal.cases import abuse
from weissenfels.portal.cases.settings import ICaseSettings
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import transaction


@pytest.fixture
def site(demo_functional_portal):
    """The demo site over HTTP, with a site administrator and a site-wide editor."""
    portal = demo_functional_portal
    api.portal.set_registry_record("min_fill_seconds", 0, interface=ICaseSettings)
    for user_id, role in ((SITE_ADMIN, "Site Administrator"), (EDITOR, "Editor")):
        api.user.create(email=f"{user_id}@weissenfels.example", username=user_id, password=DEMO_PASSWORD)
        api.user.grant_roles(username=user_id, roles=[role])
    transaction.commit()
    abuse.reset_rate_limit()
    yield portal
    abuse.reset_rate_limit()


@pytest.fixture
def csrf_site(site):
    """The security site plus a Manager who also logs in by cookie (csrf_helpers.MANAGER)."""
    api.user.create(email=f"{MANAGER}@weissenfels.example", username=MANAGER, password=DEMO_PASSWORD)
    api.user.grant_roles(username=MANAGER, roles=["Manager"])
    transaction.commit()
    return site
