"""2026113020: the per-town settings (records weissenfels.portal.town.*, town.py).

An existing site is Weißenfels: the records get the schema's defaults (prefix WSF, its
postcodes, controller and languages), so nothing it shows changes.
"""

from plone.registry.interfaces import IRegistry
from weissenfels.portal import logger
from weissenfels.portal.town import ITownSettings
from weissenfels.portal.town import PREFIX
from zope.component import getUtility


def register_town_settings(context):
    getUtility(IRegistry).registerInterface(ITownSettings, prefix=PREFIX)
    logger.info("Registered the records %s.*", PREFIX)
