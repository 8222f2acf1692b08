"""A working group's life: added by an administrator, renamed, retired.

Adding an Arbeitsgruppe in /intranet (browser or REST) gives it, once, a fixed key: its id
at creation without a leading "ag-". The key names its groups `ag-<key>` (members) and
`ag-<key>-leitung` (tandem lead), which are created with titles from the working group's
title; the workspace gets its local roles (structure.workspace_local_roles), and the members
may open /intranet. Renaming changes the groups' titles only; moving or renaming the id
changes nothing. Retiring (the workflow transition "retire", state "retired", shown as
"aufgelöst") leaves the workspace readable to its members and the Steuerung and takes every
right to add or change anything: the workflow takes the add permissions, the groups keep
only WorkspaceMember, and the authors lose their Owner role on the items.
"""

from Acquisition import aq_parent
from plone import api
from weissenfels.portal import logger
from weissenfels.portal.interfaces import IIntranetRoot
from weissenfels.portal.intranet.structure import is_retired
from weissenfels.portal.intranet.structure import RETIRED_STATE
from weissenfels.portal.intranet.structure import workspace_local_roles
from weissenfels.portal.intranet.structure import WORKSPACE_MEMBER


KEY_PREFIX = "ag-"


def workspace_key(workspace_id):
    """The key of a working group from its id at creation: "ag-sprachmittlung" -> "sprachmittlung"."""
    return workspace_id.removeprefix(KEY_PREFIX)


def group_titles(title):
    """(members group title, leads group title) of a working group with this title."""
    return title, f"{title}: Tandemleitung"


def set_up_workspace(workspace):
    """Groups, their titles and the workspace's local roles; idempotent."""
    if not workspace.members_group or not workspace.leads_group:
        key = workspace_key(workspace.getId())
        workspace.members_group = f"{KEY_PREFIX}{key}"
        workspace.leads_group = f"{KEY_PREFIX}{key}-leitung"
    ensure_groups(workspace)
    grant_roles(workspace)
    parent = aq_parent(workspace)
    if IIntranetRoot.providedBy(parent):
        grant_intranet_entry(parent, workspace.members_group, workspace.leads_group)


def ensure_groups(workspace):
    members_title, leads_title = group_titles(workspace.Title())
    wanted = [(workspace.members_group, members_title, f"Mitglieder der {members_title}.")]
    if workspace.leads_group != workspace.members_group:
        wanted.append((workspace.leads_group, leads_title, f"Tandemleitung (Stadt und Landkreis) der {members_title}."))
    with api.env.adopt_roles(["Manager"]):
        for group_id, title, description in wanted:
            if api.group.get(groupname=group_id) is None:
                api.group.create(groupname=group_id, title=title, description=description)
                logger.info("Created group %s for workspace %s", group_id, workspace.getId())


def grant_roles(workspace):
    """The workspace's local roles from its groups and state; nothing inherited from above."""
    workspace.__ac_local_roles_block__ = True
    roles = workspace_local_roles(workspace.members_group, workspace.leads_group, retired=is_retired(workspace))
    for group_id, group_roles in roles.items():
        workspace.manage_setLocalRoles(group_id, group_roles)
    workspace.reindexObjectSecurity()


def grant_intranet_entry(intranet, members_group, leads_group):
    """Members and leads of a workspace may open /intranet itself (it lists what they see)."""
    for group_id in {members_group, leads_group}:
        roles = set(intranet.get_local_roles_for_userid(group_id)) | {WORKSPACE_MEMBER}
        intranet.manage_setLocalRoles(group_id, sorted(roles))
    intranet.reindexObjectSecurity()


def retitle_groups(workspace):
    """Renaming a working group renames its groups' titles; their ids stay."""
    members_title, leads_title = group_titles(workspace.Title())
    titles = {workspace.members_group: members_title}
    if workspace.leads_group != workspace.members_group:
        titles[workspace.leads_group] = leads_title
    with api.env.adopt_roles(["Manager"]):
        for group_id, title in titles.items():
            group = api.group.get(groupname=group_id)
            if group is not None and group.getProperty("title") != title:
                group.setGroupProperties({"title": title})


def take_ownership_away(workspace):
    """The authors' Owner role on the items of a retired workspace goes: nobody edits them."""
    catalog = api.portal.get_tool("portal_catalog")
    path = "/".join(workspace.getPhysicalPath())
    for brain in catalog.unrestrictedSearchResults(path={"query": path, "depth": -1}):
        obj = brain._unrestrictedGetObject()
        if obj is workspace:
            continue
        owners = [user_id for user_id, roles in obj.get_local_roles() if "Owner" in roles]
        for user_id in owners:
            remaining = [role for role in obj.get_local_roles_for_userid(user_id) if role != "Owner"]
            if remaining:
                obj.manage_setLocalRoles(user_id, remaining)
            else:
                obj.manage_delLocalRoles([user_id])
        if owners:
            obj.reindexObjectSecurity()


# Subscribers (configure.zcml)


def workspace_added(workspace, event):
    set_up_workspace(workspace)


def workspace_modified(workspace, event):
    if workspace.members_group:
        retitle_groups(workspace)


def workspace_transitioned(workspace, event):
    if event.transition is None:
        return
    grant_roles(workspace)
    if event.new_state.id == RETIRED_STATE:
        take_ownership_away(workspace)
        logger.info("Working group %s retired", workspace.getId())
