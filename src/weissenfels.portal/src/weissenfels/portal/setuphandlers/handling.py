"""Structure of the case handling (called from setuphandlers.post_install after the case folders)."""

from plone import api
from weissenfels.portal.cases.folders import case_folder
from weissenfels.portal.cases.folders import cases_root
from weissenfels.portal.handling import accesslog
from weissenfels.portal.handling.interfaces import ICasesRoot
from weissenfels.portal.organisation import STEERING_GROUP
from weissenfels.portal.organisation import UNITS
from zope.interface import alsoProvides


LEAD_ROLES = ("CaseHandler", "CaseTeamLead")


def ensure_case_handling():
    """Idempotent: inbox marker on /vorgaenge, team leads on their folder, figures for Steuerung."""
    root = cases_root()
    if root is None:
        return
    alsoProvides(root, ICasesRoot)
    # The teams land in their inbox, not in a folder listing.
    root.setLayout("vorgaenge-inbox")
    for unit in UNITS:
        root.manage_setLocalRoles(unit.lead_group, ["Reader"])
        folder = case_folder(unit.id)
        folder.manage_setLocalRoles(unit.lead_group, list(LEAD_ROLES))
        folder.setLayout("vorgaenge-inbox")
        folder.reindexObjectSecurity()
    root.reindexObjectSecurity()
    # Steuerung sees counts only (the controlling view on the site root), never a case.
    api.group.grant_roles(groupname=STEERING_GROUP, roles=["CaseControlling"])
    accesslog.ensure_log()
