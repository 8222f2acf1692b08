"""2026113031: a unit's German page can no longer be deleted by editors.

Only Manager and Site Administrator keep "Delete objects" on it (units/lifecycle.py, as new
unit pages get it when they are added); editors retire a unit instead.
"""

from plone import api
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.units.lifecycle import keep_from_deletion
from weissenfels.portal.units.registry import UNIT_TYPE


def protect_unit_pages(context):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=UNIT_TYPE, Language=DEFAULT_LANGUAGE):
        keep_from_deletion(brain._unrestrictedGetObject())
