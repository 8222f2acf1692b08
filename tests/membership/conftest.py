"""Fixtures of the membership tests: the demo site over HTTP, a site administrator and a
colleague in no group yet."""

from membership_helpers import COLLEAGUE
from membership_helpers import COLLEAGUE_NAME
from membership_helpers import SITE_ADMIN
from plone import api
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import transaction


@pytest.fixture
def site(demo_functional_portal):
    portal = demo_functional_portal
    api.user.create(email=f"{SITE_ADMIN}@weissenfels.example", username=SITE_ADMIN, password=DEMO_PASSWORD)
    api.user.grant_roles(username=SITE_ADMIN, roles=["Site Administrator"])
    api.user.create(
        email=f"{COLLEAGUE}@weissenfels.example",
        username=COLLEAGUE,
        password=DEMO_PASSWORD,
        properties={"fullname": COLLEAGUE_NAME},
    )
    transaction.commit()
    return portal
