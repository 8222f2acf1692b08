"""Structure every site needs for the public unit pages (called from post_install)."""

from plone import api
from weissenfels.portal.organisation import EDITORS_GROUP
from weissenfels.portal.organisation import LANGUAGES


# The Redaktion maintains the public pages and their translations: in the language roots only.
EDITORS_ROLES = ("Editor", "Contributor", "Reviewer")


def grant_redaktion_on_language_roots(portal):
    """Give the Redaktion its roles on every language root folder; idempotent."""
    for code in LANGUAGES:
        root = portal.get(code)
        if root is None:
            continue
        api.group.grant_roles(groupname=EDITORS_GROUP, roles=list(EDITORS_ROLES), obj=root)
