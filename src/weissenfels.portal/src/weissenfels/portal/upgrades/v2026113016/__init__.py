"""2026113016: the page head and the footer (issue 18).

- PAM's hreflang viewlet is hidden; the add-on's (multilingual/head.py) adds x-default.
- Plone's copyright and colophon footer portlets go; the footer is the city's links.
"""

from plone import api
from weissenfels.portal.setuphandlers.units import title_assets_folders


def assets_titles(context):
    """- The language roots' shared-media folders titled in their language ("Assets" before)."""
    title_assets_folders(api.portal.get())
