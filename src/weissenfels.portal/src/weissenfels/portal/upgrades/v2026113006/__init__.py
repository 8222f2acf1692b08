"""2026113006: the Zope root's users get sessions of the site, not password cookies
(security/root_users.py)."""

from plone import api
from weissenfels.portal.security.root_users import ensure_root_user_sessions


def root_user_sessions(context):
    ensure_root_user_sessions(api.portal.get())
