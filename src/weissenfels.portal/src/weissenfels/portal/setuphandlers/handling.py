"""Structure of the case handling (called from setuphandlers.post_install after the case folders)."""

from plone import api
from weissenfels.portal.cases.folders import cases_root
from weissenfels.portal.handling import accesslog
from weissenfels.portal.handling.interfaces import ICasesRoot
from weissenfels.portal.organisation import STEERING_GROUP
from weissenfels.portal.units.lifecycle import ensure_unit
from weissenfels.portal.units.lifecycle import LEAD_ROLES  # noqa: F401 (its old home)
from weissenfels.portal.units.registry import all_units
from zope.interface import alsoProvides


def ensure_case_handling():
    """Idempotent: inbox marker on /vorgaenge, team leads on their folder, figures for Steuerung."""
    root = cases_root()
    if root is None:
        return
    alsoProvides(root, ICasesRoot)
    # The teams land in their inbox, not in a folder listing.
    root.setLayout("vorgaenge-inbox")
    for unit in all_units():
        ensure_unit(unit)  # team leads on their folder (units/lifecycle.py)
    root.reindexObjectSecurity()
    # Steuerung sees counts only (the controlling view on the site root), never a case.
    api.group.grant_roles(groupname=STEERING_GROUP, roles=["CaseControlling"])
    accesslog.ensure_log()
