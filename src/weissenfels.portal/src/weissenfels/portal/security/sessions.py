"""Logging out ends the session on the server, not only in the browser.

plone.session signs the `__ac` cookie; by default with one secret shared by all users, so a
copied cookie stays valid after its user logged out (until it times out). With
`per_user_keyring` each user's cookies are signed with a keyring of that user, and logging
out clears and refills it: every cookie of that user, in every browser, is then refused.
"""

from plone import api
from plone.keyring.interfaces import IKeyManager
from weissenfels.portal import logger
from zope.component import getUtility


def ensure_server_side_logout(portal=None):
    """Switch plone.session to per-user keyrings; idempotent."""
    portal = portal or api.portal.get()
    plugin = portal.acl_users.get("session")
    if plugin is None or plugin.getProperty("per_user_keyring"):
        return
    plugin.per_user_keyring = True
    # Cookies signed with the shared secret before would outlive a logout: renew it, so that
    # everyone logs in once more and from then on holds a cookie of their own keyring.
    manager = getUtility(IKeyManager)
    manager.clear(ring="_system")
    manager.rotate(ring="_system")
    logger.info("plone.session: per-user keyrings on (logging out ends all of a user's sessions)")
