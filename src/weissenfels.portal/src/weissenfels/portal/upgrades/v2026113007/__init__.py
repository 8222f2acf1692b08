"""2026113007: one way for what issue 14 found done twice.

- The catalog index and metadata column `case_language` go: nothing ever queried them (the
  case keeps `submission_language`; the case view reads it from the case).
- The ruleset `weissenfels.private` uses the add-on's operation `weissenfels.noStore`
  (no-store, private) instead of plone.app.caching's noCaching (caching/__init__.py).
"""

from plone import api
from weissenfels.portal import logger


OPERATION_MAPPING = "plone.caching.interfaces.ICacheSettings.operationMapping"


def remove_case_language(context):
    catalog = api.portal.get_tool("portal_catalog")
    if "case_language" in catalog.indexes():
        catalog.delIndex("case_language")
        logger.info("Removed the catalog index case_language")
    if "case_language" in catalog.schema():
        catalog.delColumn("case_language")
        logger.info("Removed the catalog column case_language")


def private_pages_no_store(context):
    mapping = dict(api.portal.get_registry_record(OPERATION_MAPPING) or {})
    mapping["weissenfels.private"] = "weissenfels.noStore"
    api.portal.set_registry_record(OPERATION_MAPPING, mapping)
