"""Accounts and HTTP helpers of the membership tests (issue 15)."""

from plone import api
from site_client import authenticator
from site_client import site_session
from weissenfels.portal.testing import DEMO_PASSWORD

import transaction


SITE_ADMIN = "orga-admin"  # the Site Administrator role, nothing else
COLLEAGUE = "neue-kollegin"  # a user of the site in no group
COLLEAGUE_NAME = "Neue Kollegin Sachbearbeitung"


def session_for(user):
    """A client of that user on a page of the site (sends the site's Origin, as browsers do)."""
    return site_session((user, DEMO_PASSWORD))


def group_members(group_id):
    transaction.begin()  # see what the server's threads committed
    return {user.getId() for user in api.user.get_users(groupname=group_id)}


def change(session, url, action, user_id=COLLEAGUE, kind="team", token=None):
    """POST a membership change as the members page's buttons do."""
    data = {"kind": kind, "action": action, "user_id": user_id}
    data["_authenticator"] = token if token is not None else authenticator(session, url)
    return session.post(url, data=data, allow_redirects=False)
