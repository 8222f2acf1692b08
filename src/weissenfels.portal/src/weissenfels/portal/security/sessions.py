"""Logging out ends the session on the server, not only in the browser.

plone.session signs the `__ac` cookie; by default with one secret shared by all users, so a
copied cookie stays valid after its user logged out (until it times out). With
`per_user_keyring` each user's cookies are signed with a keyring of that user, and logging
out clears and refills it: every cookie of that user, in every browser, is then refused.
"""

from plone import api
from plone.keyring.interfaces import IKeyManager
from plone.protect.utils import safeWrite
from weissenfels.portal import logger
from zope.component import getUtility
from zope.globalrequest import getRequest


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


def allow_keyring_renewal(event):
    """IUserLoggedOutEvent: the logout (a GET of `/logout`) renews the user's keyring; tell
    plone.protect's write-on-read check that this write is intended, or it answers 403."""
    request = getRequest()
    user = event.object
    plugin = getattr(api.portal.get().acl_users, "session", None)
    if request is None or user is None or plugin is None or not plugin.getProperty("per_user_keyring"):
        return
    manager = getUtility(IKeyManager)
    ring = plugin._getSecretKey(user.getId())
    if ring in manager:
        safeWrite(manager[ring], request)
