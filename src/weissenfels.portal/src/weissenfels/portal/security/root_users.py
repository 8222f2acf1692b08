"""Sessions, not password cookies, for the Zope root's users who log in through the site.

plone.session makes a session (a signed ticket, ended server-side on logout by the per-user
keyring, security/sessions.py) only for users the site's PAS can find. The Zope root's
`admin` is not one of them, so logging in through the site's login form gave it PlonePAS's
credentials cookie: `__ac` holding login and password (hex). That cookie survived logout, sent
the password with every request, and counted as a password attempt for the login throttle (a
logged-in administrator on a blocked address got 429 on `@@login-blocks`).

Two parts:

- this PAS plugin, in the site's user folder, makes the root's users known to the site, by
  exact id only (never listed in searches), and gives them their root roles there; a user of
  the site with the same id always wins. So plone.session can issue and check their tickets;
- the login answer (IPubBeforeCommit): the root's own PAS, which authenticated the login
  form's password, sets its password cookie (PlonePAS's cookie_handler.login delegates to the
  user's own user folder); for a request to the site that cookie is replaced by a ticket of
  the site's plone.session before anything is sent.

Basic auth of a root user is unchanged (the root's user folder checks it). The root's ZMI is
reached with basic auth, not with the site's session.
"""

from AccessControl.class_init import InitializeClass
from Acquisition import aq_base
from Acquisition import aq_inner
from Acquisition import aq_parent
from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
from Products.PluggableAuthService.interfaces.plugins import IRolesPlugin
from Products.PluggableAuthService.interfaces.plugins import IUserEnumerationPlugin
from Products.PluggableAuthService.plugins.BasePlugin import BasePlugin
from zope.interface import implementer


PLUGIN_ID = "root_users"
IMPLICIT_ROLES = ("Anonymous", "Authenticated")


@implementer(IAuthenticationPlugin, IUserEnumerationPlugin, IRolesPlugin)
class RootUsersPlugin(BasePlugin):
    meta_type = "Weissenfels Root Users"

    def __init__(self, id=PLUGIN_ID, title="The Zope root's users, for sessions of the site"):
        self._setId(id)
        self.title = title

    def _root_user_folder(self):
        pas = aq_parent(aq_inner(self))
        site = aq_parent(aq_inner(pas))
        root = site.getPhysicalRoot()
        if aq_base(root) is aq_base(site) or getattr(aq_base(root), "acl_users", None) is None:
            return None  # not reached through the Zope root (no request, a detached site)
        folder = root.acl_users
        return None if aq_base(folder) is aq_base(pas) else folder

    def root_user(self, user_id):
        if not isinstance(user_id, str) or not user_id:
            return None
        folder = self._root_user_folder()
        if folder is None:
            return None
        user = folder.getUserById(user_id)
        if user is None or self._is_site_user(user_id):
            return None
        return user

    def _is_site_user(self, user_id):
        pas = aq_parent(aq_inner(self))
        for plugin_id, plugin in pas.plugins.listPlugins(IUserEnumerationPlugin):
            if plugin_id == self.getId():
                continue
            if plugin.enumerateUsers(id=user_id, exact_match=True) or plugin.enumerateUsers(
                login=user_id, exact_match=True
            ):
                return True
        return False

    # IAuthenticationPlugin: a root user's password, checked by the root's user folder (once the
    # site knows the user, plone.restapi's @login and the login form ask the site's PAS)
    def authenticateCredentials(self, credentials):
        login, password = credentials.get("login"), credentials.get("password")
        if not isinstance(password, str) or not password or self.root_user(login) is None:
            return None
        user = self._root_user_folder().authenticate(login, password, getattr(self, "REQUEST", None))
        if user is None:
            return None
        return (user.getId(), user.getUserName())

    # IUserEnumerationPlugin: exact ids only
    def enumerateUsers(self, id=None, login=None, exact_match=False, sort_by=None, max_results=None, **kw):
        if not exact_match:
            return ()
        user = self.root_user(id if id is not None else login)
        if user is None:
            return ()
        return ({"id": user.getId(), "login": user.getUserName(), "pluginid": self.getId()},)

    # IRolesPlugin: the root user's own roles
    def getRolesForPrincipal(self, principal, request=None):
        if getattr(principal, "isGroup", lambda: False)():
            return ()
        user = self.root_user(principal.getId())
        if user is None:
            return ()
        return tuple(role for role in user.getRoles() if role not in IMPLICIT_ROLES)


InitializeClass(RootUsersPlugin)


def ensure_root_user_sessions(portal):
    """Add and activate the plugin in the site's user folder; idempotent."""
    from weissenfels.portal import logger

    pas = portal.acl_users
    if PLUGIN_ID not in pas.objectIds():
        pas._setObject(PLUGIN_ID, RootUsersPlugin())
        logger.info("PAS: root users get sessions of the site (security/root_users.py)")
    plugin = pas[PLUGIN_ID]
    for interface in (IAuthenticationPlugin, IUserEnumerationPlugin, IRolesPlugin):
        if PLUGIN_ID not in [plugin_id for plugin_id, _p in pas.plugins.listPlugins(interface)]:
            pas.plugins.activatePlugin(interface, PLUGIN_ID)
    return plugin


def _password_cookie_login(value):
    """The login of a PlonePAS credentials cookie (base64 of hex(login):hex(password)), or None."""
    from Products.PluggableAuthService.plugins.CookieAuthHelper import decode_cookie
    from Products.PluggableAuthService.plugins.CookieAuthHelper import decode_hex
    from urllib.parse import unquote

    try:
        login, password = decode_cookie(unquote(value)).split(":")
        return decode_hex(login) if decode_hex(password) is not None else None
    except Exception:  # a plone.session ticket, or garbage
        return None


def no_password_cookie(event):
    """IPubBeforeCommit: a login answer of the site never carries a password cookie; a root
    user's becomes a plone.session ticket of the site, any other is dropped."""
    from weissenfels.portal.security.csrf import plone_site

    request = event.request
    response = request.response
    cookie = response.cookies.get("__ac")
    if not cookie or not cookie.get("value"):
        return
    login = _password_cookie_login(cookie["value"])
    site = plone_site(request)
    if login is None or site is None:
        return
    pas = site.acl_users
    session = pas.get("session")
    info = pas._verifyUser(pas.plugins, login=login)
    if session is None or info is None:
        response.expireCookie("__ac", path="/")
        return
    session._setupSession(info["id"], response)
