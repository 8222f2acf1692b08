"""The intranet's structure, created by the default profile: /intranet and its workspaces.

The seed's workspaces (organisation.WORKING_GROUPS, the Weißenfels example) are made by the
demo profile through seed_workspaces(); later ones are added by administrators in the browser.
"""

from Acquisition import aq_base
from plone import api
from plone.base.interfaces.constrains import ENABLED
from plone.base.interfaces.constrains import ISelectableConstrainTypes
from plone.dexterity.utils import createContentInContainer
from Products.CMFCore.utils import getToolByName
from weissenfels.portal import logger
from weissenfels.portal.interfaces import IIntranetRoot
from weissenfels.portal.intranet import lifecycle
from weissenfels.portal.intranet.structure import INTRANET_ID
from weissenfels.portal.intranet.structure import POLICY_ID
from weissenfels.portal.intranet.structure import STEERING_MEMBER
from weissenfels.portal.intranet.structure import Workspace
from weissenfels.portal.intranet.structure import WORKSPACE_MEMBER
from weissenfels.portal.intranet.structure import workspaces
from weissenfels.portal.organisation import STEERING_GROUP
from weissenfels.portal.organisation import WORKING_GROUPS
from zope.interface import alsoProvides


INTRANET_TITLE = "Intranet der Arbeitsgruppen"

ADD_WORKSPACE_PERMISSION = "weissenfels.portal: Add Arbeitsgruppe"
ADMIN_ROLES = ["Manager", "Site Administrator"]


def seed_workspaces():
    """The workspaces of the Weißenfels example: one per seed working group, then the Steuerung's."""
    specs = [Workspace(f"ag-{wg.id}", wg.title, wg.members_group, wg.leads_group) for wg in WORKING_GROUPS]
    # The steering tandem is its own members and leads.
    specs.append(Workspace("steuerung", "Steuerung", STEERING_GROUP, STEERING_GROUP))
    return specs


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
        lifecycle.grant_intranet_entry(intranet, spec.members_group, spec.leads_group)
    intranet.manage_setLocalRoles(STEERING_GROUP, [WORKSPACE_MEMBER, STEERING_MEMBER])
    allow_adding_workspaces(intranet)

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
        # The seed's workspaces; administrators add further ones in the browser.
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
    """Groups and local roles of a workspace; nothing inherited from above."""
    lifecycle.set_up_workspace(workspace)


def allow_adding_workspaces(intranet):
    """Administrators add Arbeitsgruppen in /intranet, and only there (global_allow stays off:
    the Folder type allows it by name, profiles/default/types/Folder.xml; the add permission
    is nobody's at the site root, rolemap.xml, and the administrators' here)."""
    intranet.manage_permission(ADD_WORKSPACE_PERMISSION, ADMIN_ROLES, acquire=False)
    constrains = ISelectableConstrainTypes(intranet)
    # The setters accept only types the current user may add here: set them as an administrator.
    with api.env.adopt_roles(["Manager"]):
        constrains.setConstrainTypesMode(ENABLED)
        constrains.setLocallyAllowedTypes(["Arbeitsgruppe"])
        constrains.setImmediatelyAddableTypes(["Arbeitsgruppe"])
