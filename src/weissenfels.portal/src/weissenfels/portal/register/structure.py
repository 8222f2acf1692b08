"""Where the register lives and who gets in: /gebaeuderegister, language-neutral, hidden from
navigation, inherited roles blocked. The teams of the units with the capability
"building_register" get RegisterKeeper there (they see and keep everything in it), those with
"register_lookup" get RegisterLookup (only the permission "Look up building orders": the
Clearingstelle's @@anordnungen-abfrage, no View of anything). units/capabilities.py re-grants
when a unit's capabilities change. Idempotent: install, upgrade 2026113026.
"""

from plone import api
from plone.base.interfaces import ILanguage
from plone.dexterity.utils import createContentInContainer
from weissenfels.portal import logger
from weissenfels.portal.content.gebaeuderegister import DEFAULT_AGENCIES
from weissenfels.portal.content.gebaeuderegister import DEFAULT_MIN_SPACE
from weissenfels.portal.units import capabilities


REGISTER_ID = "gebaeuderegister"
REGISTER_TITLE = "Gebäuderegister"
KEEPER_CAPABILITY = "building_register"
LOOKUP_CAPABILITY = "register_lookup"
KEEPER_ROLE = "RegisterKeeper"
LOOKUP_ROLE = "RegisterLookup"


def ensure_register():
    portal = api.portal.get()
    register = portal.get(REGISTER_ID)
    if register is None:
        with api.env.adopt_roles(["Manager"]):
            register = createContentInContainer(
                portal, "Gebaeuderegister", checkConstraints=False, id=REGISTER_ID, title=REGISTER_TITLE
            )
        register.agencies = list(DEFAULT_AGENCIES)
        register.min_space_adult = DEFAULT_MIN_SPACE["adult"]
        register.min_space_minor = DEFAULT_MIN_SPACE["minor"]
        register.min_space_under_six = DEFAULT_MIN_SPACE["under_six"]
        logger.info("Created /%s", REGISTER_ID)
    ILanguage(register).set_language("")
    register.exclude_from_nav = True
    register.__ac_local_roles_block__ = True
    for user_id in [u for u, roles in register.get_local_roles() if "Owner" in roles]:
        register.manage_delLocalRoles([user_id])
    register.reindexObject()
    capabilities.sync_local_roles(register, KEEPER_CAPABILITY, [KEEPER_ROLE])
    capabilities.sync_local_roles(register, LOOKUP_CAPABILITY, [LOOKUP_ROLE])
    return register


def register_folder():
    """The register, or None on a site without it (before the upgrade)."""
    return api.portal.get().get(REGISTER_ID)


def register_of(context):
    """The register a building, flat, inspection or order belongs to (by acquisition), else the
    site's register."""
    from Acquisition import aq_chain
    from weissenfels.portal.content.gebaeuderegister import IGebaeuderegister

    for obj in aq_chain(context):
        if IGebaeuderegister.providedBy(obj):
            return obj
    return register_folder()
