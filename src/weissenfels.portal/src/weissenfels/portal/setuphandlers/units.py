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


# plone.app.multilingual's language-independent folder in every root ("assets", shared images
# and files) is a page visitors can reach: titled in the root's language, not "Assets".
ASSETS_TITLES = {
    "de": "Medien",
    "en": "Assets",
    "ro": "Resurse",
    "pl": "Zasoby",
    "bg": "Ресурси",
    "hu": "Erőforrások",
    "ar": "الموارد",
    "uk": "Ресурси",
}


def title_assets_folders(portal):
    for code, title in ASSETS_TITLES.items():
        root = portal.get(code)
        assets = root.get("assets") if root is not None else None
        if assets is not None and assets.Title() != title:
            assets.setTitle(title)
            assets.reindexObject(idxs=["Title", "SearchableText", "sortable_title"])
