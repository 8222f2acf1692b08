"""2026113026: the building register (issue 20).

The types Gebaeuderegister, Objekt, Wohnung, Begehung, Anordnung, their workflows, add
permissions and the roles RegisterKeeper and RegisterLookup, the personal menu's links (the
register, the Clearingstelle's orders lookup); the register's indexes and
columns (added, nothing reindexed: no building exists yet and no case is linked); then
/gebaeuderegister with its local roles (register/structure.py). On a site made from the
Weißenfels seed where no unit has the capabilities yet, the Wohnraumkontrolle gets
"building_register" and the Clearingstelle "register_lookup", as the example content gives
them on a new site; administrators change them on the unit pages.
"""

from plone import api
from Products.CMFCore.indexing import processQueue
from weissenfels.portal import logger
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.register.structure import ensure_register
from weissenfels.portal.register.structure import KEEPER_CAPABILITY
from weissenfels.portal.register.structure import LOOKUP_CAPABILITY
from weissenfels.portal.units.registry import all_units
from weissenfels.portal.units.registry import units_with


PROFILE = "profile-weissenfels.portal:default"
INDEXES = (
    ("building_address_key", "KeywordIndex"),
    ("building_street", "FieldIndex"),
    ("case_building", "FieldIndex"),
    ("inspection_follow_up_day", "FieldIndex"),
)
COLUMNS = ("case_building", "inspection_follow_up_day", "order_date")
SEED_CAPABILITIES = {"wohnraumkontrolle": KEEPER_CAPABILITY, "clearingstelle": LOOKUP_CAPABILITY}


def add_building_register(context):
    setup = api.portal.get_tool("portal_setup")
    for step in ("typeinfo", "workflow", "rolemap", "actions"):
        setup.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    add_indexes_and_columns()
    grant_seed_capabilities()
    ensure_register()


def add_indexes_and_columns():
    catalog = api.portal.get_tool("portal_catalog")
    for name, meta_type in INDEXES:
        if name not in catalog.indexes():
            catalog.addIndex(name, meta_type, extra={"indexed_attrs": name})
    for column in COLUMNS:
        if column not in catalog.schema():
            catalog.addColumn(column)


def grant_seed_capabilities():
    german = api.portal.get().get(DEFAULT_LANGUAGE)
    keys = {unit.key for unit in all_units()}
    for key, capability in SEED_CAPABILITIES.items():
        if units_with(capability) or key not in keys or german is None or key not in german.objectIds():
            continue
        page = german[key]
        if getattr(page, "unit_key", None) != key:
            continue
        page.capabilities = sorted(set(page.capabilities or ()) | {capability})
        page.reindexObject()
        processQueue()
        logger.info("Unit %s granted %s", key, capability)
