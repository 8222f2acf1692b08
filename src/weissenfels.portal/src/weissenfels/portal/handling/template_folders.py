"""Where the reply templates (Textbausteine, handling/replies.py) live: /textbausteine and one
folder per unit in it.

/textbausteine blocks inherited roles and gives the Redaktion Editor and Contributor (they
keep the templates of every unit); each unit's folder gives that unit's team Reader (they
use the templates) and its team lead Editor and Contributor. Another team sees none of it
(weissenfels_reply_template_workflow grants only to these roles). Idempotent: called at
install, by the upgrade step 2026113015 and when a unit is added (units/lifecycle.py).
"""

from plone import api
from plone.base.interfaces import ILanguage
from plone.dexterity.utils import createContentInContainer
from weissenfels.portal import logger
from weissenfels.portal.organisation import EDITORS_GROUP


TEMPLATES_ROOT_ID = "textbausteine"
EDITOR_ROLES = ["Editor", "Contributor", "Reader"]


def ensure_templates_root():
    portal = api.portal.get()
    root = portal.get(TEMPLATES_ROOT_ID)
    if root is None:
        root = _create(portal, TEMPLATES_ROOT_ID, "Textbausteine")
    _make_internal(root)
    root.manage_setLocalRoles(EDITORS_GROUP, EDITOR_ROLES)
    root.reindexObjectSecurity()
    return root


def ensure_template_folder(unit):
    """The unit's folder of templates, with its team (Reader) and lead (Editor, Contributor)."""
    if "ReplyTemplateFolder" not in api.portal.get_tool("portal_types"):
        return None  # an upgrade before 2026113015 adds a unit: that step makes the folders
    root = api.portal.get().get(TEMPLATES_ROOT_ID) or ensure_templates_root()
    folder = root.get(unit.key)
    if folder is None:
        folder = _create(root, unit.key, unit.title)
    _make_internal(folder, block=False)
    folder.manage_setLocalRoles(unit.team_group, ["Reader"])
    folder.manage_setLocalRoles(unit.lead_group, EDITOR_ROLES)
    folder.reindexObjectSecurity()
    return folder


def _create(container, id_, title):
    # Not addable by hand anywhere (global_allow False): structure is made here only.
    with api.env.adopt_roles(["Manager"]):
        obj = createContentInContainer(container, "ReplyTemplateFolder", checkConstraints=False, id=id_, title=title)
    logger.info("Created %s", "/".join(obj.getPhysicalPath()[2:]))
    return obj


def _make_internal(obj, block=True):
    ILanguage(obj).set_language("")
    obj.exclude_from_nav = True
    if block:
        obj.__ac_local_roles_block__ = True
    obj.reindexObject()
