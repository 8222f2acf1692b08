"""2026113008: the organisation is content (issue 15).

Today's units become their German pages: each German Organisationseinheit page gets its
`unit_key`, which is its id where that id is a unit of the seed (organisation.UNITS): the
groups team-<id>, the case folder /vorgaenge/<id>, its local roles and the cases' index
`case_unit` already carry that id, so nothing about them changes. A seed unit that has a
case folder but no German page gets a private one (its cases stay reachable). Other German
unit pages become units of their own (new groups and case folder). Then every unit's groups,
folder and local roles are ensured (they exist: this adds, never removes). The rolemap gives
Manager and Site Administrator the new "weissenfels.portal: Manage units".
"""

from plone import api
from plone.base.interfaces import ILanguage
from Products.CMFCore.indexing import processQueue
from weissenfels.portal import logger
from weissenfels.portal.cases.folders import cases_root
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import UNITS
from weissenfels.portal.units.lifecycle import ensure_unit
from weissenfels.portal.units.lifecycle import new_key
from weissenfels.portal.units.registry import all_units
from weissenfels.portal.units.registry import UNIT_TYPE


COLUMNS = ("unit_key", "unit_retired", "unit_successor", "unit_capabilities")


def units_as_content(context):
    # The permission of @@einheit-aufloesen (weissenfels.portal: Manage units).
    context.runImportStepFromProfile("profile-weissenfels.portal:default", "rolemap")
    add_index_and_columns()
    german = api.portal.get().get(DEFAULT_LANGUAGE)
    seed = {unit.id: unit for unit in UNITS}
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type=UNIT_TYPE, Language=DEFAULT_LANGUAGE):
        page = brain._unrestrictedGetObject()
        if not page.unit_key:
            page.unit_key = page.getId() if page.getId() in seed else new_key(page)
        page.reindexObject()
        processQueue()
        logger.info("Unit page %s has the key %s", brain.getPath(), page.unit_key)
    keys = {unit.key for unit in all_units()}
    root = cases_root()
    for unit in UNITS:
        if unit.id not in keys and root is not None and unit.id in root.objectIds() and german is not None:
            create_page(german, unit)
    for unit in all_units():
        ensure_unit(unit)


def add_index_and_columns():
    catalog = api.portal.get_tool("portal_catalog")
    if "unit_key" not in catalog.indexes():
        catalog.addIndex("unit_key", "FieldIndex", extra={"indexed_attrs": "unit_key"})
    for column in COLUMNS:
        if column not in catalog.schema():
            catalog.addColumn(column)


def create_page(german, unit):
    """A private German page for a seed unit that has cases but no page (its key is its id)."""
    page_id = unit.id if unit.id not in german.objectIds() else f"{unit.id}-einheit"
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(
            container=german,
            type=UNIT_TYPE,
            id=page_id,
            title=unit.title,
            authority=unit.authority,
            goal="",
            unit_key=unit.id,
        )
    ILanguage(page).set_language(DEFAULT_LANGUAGE)
    page.reindexObject()
    processQueue()
    logger.info("Created the unit page %s for the unit %s", "/".join(page.getPhysicalPath()), unit.id)
