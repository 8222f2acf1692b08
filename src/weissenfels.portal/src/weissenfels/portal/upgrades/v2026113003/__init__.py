"""2026113003: one login throttle for every path (new registry records), the "Login blocks"
page in Site Setup, and logging out ends the session on the server (plone.session keyrings)."""

from weissenfels.portal.security.sessions import ensure_server_side_logout


def server_side_logout(context):
    ensure_server_side_logout()
