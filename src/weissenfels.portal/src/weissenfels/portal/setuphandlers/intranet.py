"""The intranet's structure, created by the default profile: /intranet and its workspaces."""

from Acquisition import aq_base
from plone import api
from plone.dexterity.utils import createContentInContainer
from Products.CMFCore.utils import getToolByName
from weissenfels.portal import logger
from weissenfels.portal.interfaces import IIntranetRoot
from weissenfels.portal.intranet.structure import INTRANET_ID
from weissenfels.portal.intranet.structure import POLICY_ID
from weissenfels.portal.intranet.structure import STEERING_MEMBER
from weissenfels.portal.intranet.structure import workspace_local_roles
from weissenfels.portal.intranet.structure import WORKSPACE_MEMBER
from weissenfels.portal.intranet.structure import workspaces
from weissenfels.portal.organisation import STEERING_GROUP
from zope.interface import alsoProvides


INTRANET_TITLE = "Intranet der Arbeitsgruppen"


def ensure_intranet():
    """Create /intranet if missing and (re)apply its policy, roles and flags; idempotent.

    /intranet is language-neutral (outside the language roots), in the placeful workflow
    policy "weissenfels_intranet" (its state is visible to working group members only),
    excluded from navigation, and grants nothing to Anonymous or Authenticated.
    """
    portal = api.portal.get()
    intranet = portal.get(INTRANET_ID)
    if intranet is None:
        intranet = api.content.create(
            container=portal, type="Folder", id=INTRANET_ID, title=INTRANET_TITLE, language=""
        )
        logger.info("Created /%s", INTRANET_ID)
    intranet.setLanguage("")
    alsoProvides(intranet, IIntranetRoot)
    intranet.setLayout("intranet-view")
    intranet.exclude_from_nav = True

    placeful = getToolByName(portal, "portal_placeful_workflow")
    config = placeful.getWorkflowPolicyConfig(intranet)
    if config is None:
        intranet.manage_addProduct["CMFPlacefulWorkflow"].manage_addWorkflowPolicyConfig()
        config = placeful.getWorkflowPolicyConfig(intranet)
    config.setPolicyIn(POLICY_ID)
    config.setPolicyBelow(POLICY_ID)

    # Members of any workspace may open /intranet itself (it lists the workspaces they see).
    intranet.__ac_local_roles_block__ = True
    for spec in workspaces():
        intranet.manage_setLocalRoles(spec.members_group, [WORKSPACE_MEMBER])
    intranet.manage_setLocalRoles(STEERING_GROUP, [WORKSPACE_MEMBER, STEERING_MEMBER])

    # The folder was created under the global Folder chain: put it in the policy's workflow.
    history = getattr(aq_base(intranet), "workflow_history", {})
    if not history.get("weissenfels_workspace_workflow"):
        getToolByName(portal, "portal_workflow").notifyCreated(intranet)
    intranet.reindexObject()
    intranet.reindexObjectSecurity()
    return intranet


def ensure_workspace(spec):
    """Create the Arbeitsgruppe of a workspaces() entry if missing, and (re)grant its roles."""
    intranet = ensure_intranet_exists()
    workspace = intranet.get(spec.id)
    if workspace is None:
        # Workspaces come from organisation.py, not from the add menu (global_allow is off).
        workspace = createContentInContainer(
            intranet,
            "Arbeitsgruppe",
            checkConstraints=False,
            id=spec.id,
            title=spec.title,
            members_group=spec.members_group,
            leads_group=spec.leads_group,
            language="",
        )
        logger.info("Created workspace %s", spec.id)
    grant_workspace_roles(workspace)
    return workspace


def ensure_intranet_exists():
    portal = api.portal.get()
    return portal.get(INTRANET_ID) or ensure_intranet()


def grant_workspace_roles(workspace):
    """Local roles of a workspace from its groups; nothing inherited from above."""
    workspace.__ac_local_roles_block__ = True
    for group_id, roles in workspace_local_roles(workspace.members_group, workspace.leads_group).items():
        workspace.manage_setLocalRoles(group_id, roles)
    workspace.reindexObjectSecurity()
