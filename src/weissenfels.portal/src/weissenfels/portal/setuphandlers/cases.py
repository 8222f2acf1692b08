"""Structure for cases: /vorgaenge and one CaseFolder per unit of the registry (called from
post_install); a unit added later gets its folder when its page is added (units/lifecycle.py)."""

from plone import api
from weissenfels.portal import logger
from weissenfels.portal.cases import mailqueue
from weissenfels.portal.cases.folders import CASES_ROOT_ID
from weissenfels.portal.content.vorgang import COUNTER_ATTRIBUTE
from weissenfels.portal.content.vorgang import ReferenceCounter
from weissenfels.portal.units.lifecycle import CASE_FOLDER_ROLES  # noqa: F401 (its old home)
from weissenfels.portal.units.lifecycle import ensure_unit
from weissenfels.portal.units.lifecycle import make_internal
from weissenfels.portal.units.registry import all_units


def ensure_case_folders():
    """Create /vorgaenge and /vorgaenge/<unit key>; idempotent, keeps existing settings."""
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
    root.reindexObjectSecurity()
    if getattr(root, COUNTER_ATTRIBUTE, None) is None:
        # Created here, not on the first submission, so no two submissions race to create it.
        setattr(root, COUNTER_ATTRIBUTE, ReferenceCounter())

    for unit in all_units():
        # The unit's groups, its folder and the team's Reader role on /vorgaenge.
        ensure_unit(unit)
    configure_mail_queue()


def _make_internal(obj):
    make_internal(obj)


def configure_mail_queue():
    mailqueue.configure_mail_queue(api.portal.get_tool("MailHost"))
