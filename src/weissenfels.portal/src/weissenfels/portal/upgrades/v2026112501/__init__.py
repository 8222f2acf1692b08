"""2026112501: the portal's groups and registry settings for sites installed before them."""

from weissenfels.portal.setuphandlers import ensure_groups


def create_missing_groups(context):
    ensure_groups()
