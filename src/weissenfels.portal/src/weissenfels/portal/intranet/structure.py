"""The working groups' intranet: its roles, its workspaces and the queries its views share.

/intranet holds one Arbeitsgruppe workspace per working group and one for the Steuerung;
administrators add working groups in the browser (intranet/lifecycle.py gives a new one its
groups and roles), the running site lists them from the catalog. Who sees what is decided
by local roles on each workspace (inheritance blocked) and by the workflows bound through the placeful workflow policy
"weissenfels_intranet" (profiles/default/portal_placeful_workflow/).
"""

from dataclasses import dataclass
from plone import api
from weissenfels.portal.organisation import STEERING_GROUP

import datetime


INTRANET_ID = "intranet"
POLICY_ID = "weissenfels_intranet"

# Custom roles (rolemap.xml); they mean something only as local roles in /intranet.
WORKSPACE_MEMBER = "WorkspaceMember"
WORKSPACE_LEAD = "WorkspaceLead"
STEERING_MEMBER = "SteeringMember"

REPORT_TYPES = ("Protokoll", "Gruppenbericht")

# The workspace workflow's state of a retired working group ("aufgelöst"): read-only.
RETIRED_STATE = "retired"


@dataclass(frozen=True)
class Workspace:
    id: str
    title: str
    members_group: str
    leads_group: str
    retired: bool = False


def workspaces():
    """Every workspace the intranet has (retired ones too), by title; from the catalog.

    Unrestricted: callers that show something to a user open the workspace as that user."""
    intranet = get_intranet()
    if intranet is None:
        return []
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="Arbeitsgruppe", path={"query": "/".join(intranet.getPhysicalPath()), "depth": 1}
    )
    specs = []
    for brain in brains:
        workspace = brain._unrestrictedGetObject()
        specs.append(
            Workspace(
                workspace.getId(),
                workspace.Title(),
                workspace.members_group,
                workspace.leads_group,
                is_retired(workspace),
            )
        )
    return sorted(specs, key=lambda spec: spec.title.lower())


def is_retired(workspace):
    return api.content.get_state(workspace, default=None) == RETIRED_STATE


def workspace_local_roles(members_group, leads_group, retired=False):
    """{group id: roles} for one workspace; a retired one's groups may only read."""
    roles = {
        STEERING_GROUP: {STEERING_MEMBER},
    }
    if retired:
        roles.setdefault(members_group, set()).add(WORKSPACE_MEMBER)
        roles.setdefault(leads_group, set()).add(WORKSPACE_MEMBER)
    else:
        roles.setdefault(members_group, set()).update({"Contributor", WORKSPACE_MEMBER})
        roles.setdefault(leads_group, set()).update({"Contributor", WORKSPACE_MEMBER, WORKSPACE_LEAD})
    return {group: sorted(group_roles) for group, group_roles in roles.items()}


def get_intranet():
    return api.portal.get().get(INTRANET_ID)


def workspace_of(obj):
    """The Arbeitsgruppe that contains obj (or obj itself), or None."""
    for item in obj.aq_chain:
        if getattr(item, "portal_type", None) == "Arbeitsgruppe":
            return item
    return None


def member_emails(workspace):
    """E-mail addresses of a workspace's members and tandem leads (for notifications);
    none for a retired working group."""
    emails = []
    if is_retired(workspace):
        return emails
    for group_id in (workspace.members_group, workspace.leads_group):
        for user in api.user.get_users(groupname=group_id):
            email = user.getProperty("email")
            if email and email not in emails:
                emails.append(email)
    return emails


def open_action_items(path=None, who=None):
    """Open action items of the Protokolle the current user may see, sorted by due date.

    Returns dicts with the item's fields plus the Protokoll's brain ("protokoll").
    The catalog query runs as the current user, so nothing the user cannot see leaks.
    """
    query = {"portal_type": "Protokoll", "sort_on": "created"}
    if path:
        query["path"] = path
    result = []
    for brain in api.content.find(**query):
        protokoll = brain.getObject()
        for item in protokoll.open_action_items():
            if who and item.get("who") != who:
                continue
            result.append({**item, "protokoll": brain, "workspace": workspace_of(protokoll)})
    far_future = datetime.date.max
    result.sort(key=lambda item: (item.get("due") or far_future, item["what"]))
    return result
