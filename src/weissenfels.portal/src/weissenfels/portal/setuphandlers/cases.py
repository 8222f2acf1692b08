"""Structure for cases: /vorgaenge and one CaseFolder per unit (called from post_install)."""

from plone import api
from plone.base.interfaces import ILanguage
from weissenfels.portal import logger
from weissenfels.portal.cases import mailqueue
from weissenfels.portal.cases.folders import CASES_ROOT_ID
from weissenfels.portal.content.vorgang import COUNTER_ATTRIBUTE
from weissenfels.portal.content.vorgang import ReferenceCounter
from weissenfels.portal.organisation import UNITS


CASE_FOLDER_ROLES = ("CaseHandler",)


def ensure_case_folders():
    """Create /vorgaenge and /vorgaenge/<unit id>; idempotent, keeps existing settings."""
    portal = api.portal.get()
    root = portal.get(CASES_ROOT_ID)
    if root is None:
        with api.env.adopt_roles(["Manager"]):
            root = api.content.create(
                container=portal, type="Folder", id=CASES_ROOT_ID, title="Vorgänge", exclude_from_nav=True
            )
        logger.info("Created /%s", CASES_ROOT_ID)
    _make_internal(root)
    # Teams may open /vorgaenge (Reader sees it) to reach their own folder; the folders
    # below block inheritance, so this Reader role goes no further. The permissions are
    # set here, not left to the site's default workflow (which may be none, or public);
    # simple_publication_workflow's "private" would set the same.
    for permission in ("View", "Access contents information", "List folder contents"):
        root.manage_permission(permission, ["Manager", "Site Administrator", "Reader"], acquire=False)
    for unit in UNITS:
        root.manage_setLocalRoles(unit.team_group, ["Reader"])
    root.reindexObjectSecurity()
    if getattr(root, COUNTER_ATTRIBUTE, None) is None:
        # Created here, not on the first submission, so no two submissions race to create it.
        setattr(root, COUNTER_ATTRIBUTE, ReferenceCounter())

    for unit in UNITS:
        folder = root.get(unit.id)
        if folder is None:
            with api.env.adopt_roles(["Manager"]):
                folder = api.content.create(
                    container=root,
                    type="CaseFolder",
                    id=unit.id,
                    title=unit.title,
                    unit=unit.id,
                    exclude_from_nav=True,
                )
            logger.info("Created case folder /%s/%s", CASES_ROOT_ID, unit.id)
        _make_internal(folder)
        folder.manage_setLocalRoles(unit.team_group, list(CASE_FOLDER_ROLES))
        folder.reindexObjectSecurity()
    configure_mail_queue()


def _make_internal(obj):
    """Language-neutral, out of navigation, and blind to roles granted higher up."""
    ILanguage(obj).set_language("")
    obj.exclude_from_nav = True
    obj.__ac_local_roles_block__ = True
    obj.reindexObject()


def configure_mail_queue():
    mailqueue.configure_mail_queue(api.portal.get_tool("MailHost"))
