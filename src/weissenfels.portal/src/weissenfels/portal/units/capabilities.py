"""What later features grant per unit, by role on the team groups of the units that have a
capability (a field of the unit page, set by administrators), never by a unit id.

A feature calls `sync_local_roles(container, "building_register", ["Editor"])` once (e.g. in
its install code); the container remembers it, and `resync()` (run when a unit page is
saved, units/lifecycle.py, or retired) gives the roles to the teams that have the
capability now and takes them from those that lost it.
"""

from persistent.mapping import PersistentMapping
from plone import api
from weissenfels.portal import _
from weissenfels.portal.units.registry import units_with
from zope.annotation.interfaces import IAnnotations
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


CAPABILITIES = (
    ("building_register", _("capability_building_register", default="Keep the building register")),
    (
        "register_lookup",
        _(
            "capability_register_lookup",
            default="Look up whether orders are in force for an address (building register)",
        ),
    ),
)

# On a container: capability -> (roles, groups granted); on the site: UIDs of such containers.
GRANTS_KEY = "weissenfels.portal.units.capability_grants"
CONTAINERS_KEY = "weissenfels.portal.units.capability_containers"


@provider(IVocabularyFactory)
def capabilities_vocabulary(context):
    return SimpleVocabulary([SimpleTerm(value, value, title) for value, title in CAPABILITIES])


def sync_local_roles(container, capability, roles):
    """Give the team of every active unit with this capability `roles` on container (and
    take them from teams that no longer have it); remembered for resync()."""
    annotations = IAnnotations(container)
    grants = annotations.get(GRANTS_KEY)
    if grants is None:
        grants = annotations[GRANTS_KEY] = PersistentMapping()
    managed_groups = {group for _roles, groups in grants.values() for group in groups}
    managed_roles = {role for roles_, _groups in grants.values() for role in roles_} | set(roles)
    grants[capability] = (tuple(roles), tuple(sorted(unit.team_group for unit in units_with(capability))))
    wanted = {}
    for roles_, groups in grants.values():
        for group in groups:
            wanted.setdefault(group, set()).update(roles_)
    for group in managed_groups | set(wanted):
        kept = set(container.get_local_roles_for_userid(group)) - managed_roles
        new = sorted(kept | wanted.get(group, set()))
        if new:
            container.manage_setLocalRoles(group, new)
        else:
            container.manage_delLocalRoles([group])
    container.reindexObjectSecurity()
    _remember(container)


def _remember(container):
    site = IAnnotations(api.portal.get())
    uids = site.get(CONTAINERS_KEY)
    uid = api.content.get_uuid(container)
    if uids is None:
        uids = site[CONTAINERS_KEY] = PersistentMapping()
    uids[uid] = True


def resync():
    """Re-run every remembered grant (after a unit's capabilities or state changed)."""
    uids = IAnnotations(api.portal.get()).get(CONTAINERS_KEY) or {}
    catalog = api.portal.get_tool("portal_catalog")
    for uid in list(uids):
        brains = catalog.unrestrictedSearchResults(UID=uid)
        if not brains:
            continue
        container = brains[0]._unrestrictedGetObject()
        for capability, (roles, _groups) in list(IAnnotations(container).get(GRANTS_KEY, {}).items()):
            sync_local_roles(container, capability, roles)
