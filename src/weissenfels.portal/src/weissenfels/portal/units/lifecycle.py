"""A unit's life as content: adding a German unit page creates the unit (its key, groups,
case folder and local roles) with no other step; renaming it retitles its groups and case
folder; a copy is a new unit. Moving or renaming the page's id changes nothing: everything
is keyed by `unit_key`, set here once (plone.app.redirector keeps the old URLs).

setuphandlers/ calls `ensure_unit` for every unit of the registry (idempotent).
"""

from Acquisition import aq_parent
from plone import api
from plone.base.interfaces import ILanguage
from plone.i18n.normalizer.interfaces import IURLNormalizer
from weissenfels.portal import logger
from weissenfels.portal.cases.folders import cases_root
from weissenfels.portal.handling.template_folders import ensure_template_folder
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.units import capabilities
from weissenfels.portal.units.registry import all_units
from weissenfels.portal.units.registry import Unit
from zope.component import getUtility

import re


# What the team and its lead get on their case folder (blocked inheritance: nobody else).
CASE_FOLDER_ROLES = ("CaseHandler",)
LEAD_ROLES = ("CaseHandler", "CaseTeamLead")
CASES_LAYOUT = "vorgaenge-inbox"
# Who may delete a unit's German page: its key names the unit's groups and case folder, so a
# deleted page would leave cases without a unit. Editors do not; a unit is retired instead
# (@@einheit-aufloesen, for the same roles), its cases going to a successor.
UNIT_PAGE_DELETERS = ("Manager", "Site Administrator")


def is_unit_page(page):
    """A page in the default language is a unit; its translations are the same unit."""
    parent = aq_parent(page)
    language = ILanguage(parent, None) and ILanguage(parent).get_language()
    return (language or ILanguage(page).get_language()) == DEFAULT_LANGUAGE


def unit_from_page(page):
    return Unit(
        key=page.unit_key,
        title=page.Title(),
        retired=bool(page.retired),
        successor=page.successor or None,
        capabilities=tuple(page.capabilities or ()),
        path="/".join(page.getPhysicalPath()),
    )


def key_taken(key, page=None):
    """Taken by another unit, by a group or by a case folder (a deleted unit's cases must
    not go to a new team that happens to reuse its name)."""
    if any(unit.key == key for unit in all_units() if unit.path != _path(page)):
        return True
    if page is not None and getattr(page, "unit_key", None) == key:
        return False  # set before adding (upgrade, seed): its groups and folder are its own
    root = cases_root()
    return api.group.get(groupname=f"team-{key}") is not None or (root is not None and key in root.objectIds())


def _path(page):
    return "/".join(page.getPhysicalPath()) if page is not None else None


# Ids a page has only while it is being added: plone.api adds with a UUID and renames after,
# a paste adds "copy_of_<id>". The key then comes from the title, as the final id will.
_TEMPORARY_ID = re.compile(r"^([0-9a-f]{32}|[0-9a-f-]{36}|copy\d*_of_.*)$")


def key_source(page):
    page_id = page.getId()
    if _TEMPORARY_ID.match(page_id):
        return getUtility(IURLNormalizer).normalize(page.Title() or page_id)
    return page_id


def new_key(page):
    base = page.unit_key or key_source(page)
    if not key_taken(base, page):
        return base
    page.unit_key = None
    number = 2
    while key_taken(f"{base}-{number}", page):
        number += 1
    return f"{base}-{number}"


def ensure_unit(unit):
    """The unit's groups, case folder and local roles; idempotent, retitles what exists."""
    ensure_groups(unit)
    root = cases_root()
    if root is None:
        return  # /vorgaenge comes with the default profile; then this runs again
    folder = ensure_case_folder(root, unit)
    # Teams may open /vorgaenge to reach their folder; inheritance is blocked below it.
    if grant(root, {unit.team_group: ("Reader",), unit.lead_group: ("Reader",)}):
        root.reindexObjectSecurity()
    if grant(folder, {unit.team_group: CASE_FOLDER_ROLES, unit.lead_group: LEAD_ROLES}):
        folder.reindexObjectSecurity()
    ensure_template_folder(unit)  # its reply templates (handling/template_folders.py)


def grant(obj, roles):
    """Give each group its roles on obj (keeping roles it has besides); True if that changed
    anything. Reindexing the security of a case folder touches every case: only then."""
    changed = False
    for group, wanted in roles.items():
        current = set(obj.get_local_roles_for_userid(group))
        if not set(wanted) <= current:
            obj.manage_setLocalRoles(group, sorted(current | set(wanted)))
            changed = True
    return changed


def group_titles(unit):
    """(group id, title, description) of the unit's two groups."""
    return (
        (unit.team_group, f"Team {unit.title}", f"Bearbeitet die Vorgänge der Einheit {unit.title}."),
        (
            unit.lead_group,
            f"Teamleitung {unit.title}",
            f"Leitet das Team {unit.title}: bearbeitet dessen Vorgänge und sieht ihr Zugriffsprotokoll.",
        ),
    )


def ensure_groups(unit):
    for group_id, title, description in group_titles(unit):
        group = api.group.get(groupname=group_id)
        if group is None:
            api.group.create(groupname=group_id, title=title, description=description)
            logger.info("Created group %s", group_id)
        elif group.getProperty("title") != title:
            group.setGroupProperties({"title": title, "description": description})


def ensure_case_folder(root, unit):
    folder = root.get(unit.key)
    if folder is None:
        with api.env.adopt_roles(["Manager"]):
            folder = api.content.create(
                container=root, type="CaseFolder", id=unit.key, title=unit.title, unit=unit.key, exclude_from_nav=True
            )
        logger.info("Created case folder %s", "/".join(folder.getPhysicalPath()))
    elif folder.Title() != unit.title:
        folder.title = unit.title
    make_internal(folder)
    folder.setLayout(CASES_LAYOUT)
    return folder


def make_internal(obj):
    """Language-neutral, out of navigation, and blind to roles granted higher up."""
    ILanguage(obj).set_language("")
    obj.exclude_from_nav = True
    obj.__ac_local_roles_block__ = True
    obj.reindexObject()


def keep_from_deletion(page):
    page.manage_permission("Delete objects", UNIT_PAGE_DELETERS, acquire=False)


def page_added(page, event):
    if not is_unit_page(page):
        return
    page.unit_key = new_key(page)
    keep_from_deletion(page)
    page.reindexObject()
    ensure_unit(unit_from_page(page))
    logger.info("Unit %s added at %s", page.unit_key, _path(page))


def page_copied(page, event):
    """A copy is a new unit: it gets its own key when it is added."""
    page.unit_key = None
    page.retired = False
    page.successor = None


def page_modified(page, event):
    if not page.unit_key or not is_unit_page(page):
        return
    ensure_unit(unit_from_page(page))
    capabilities.resync()
