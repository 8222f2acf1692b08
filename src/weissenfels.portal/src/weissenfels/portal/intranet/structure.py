"""The working groups' intranet: its roles, its workspaces and the queries its views share.

/intranet holds one Arbeitsgruppe workspace per working group (organisation.WORKING_GROUPS)
and one for the Steuerung. Who sees what is decided by local roles on each workspace
(inheritance blocked) and by the workflows bound through the placeful workflow policy
"weissenfels_intranet" (profiles/default/portal_placeful_workflow/).
"""

from dataclasses import dataclass
from plone import api
from weissenfels.portal.organisation import STEERING_GROUP
from weissenfels.portal.organisation import WORKING_GROUPS

import datetime


INTRANET_ID = "intranet"
POLICY_ID = "weissenfels_intranet"

# Custom roles (rolemap.xml); they mean something only as local roles in /intranet.
WORKSPACE_MEMBER = "WorkspaceMember"
WORKSPACE_LEAD = "WorkspaceLead"
STEERING_MEMBER = "SteeringMember"

REPORT_TYPES = ("Protokoll", "Gruppenbericht")


@dataclass(frozen=True)
class Workspace:
    id: str
    title: str
    members_group: str
    leads_group: str


def workspaces():
    """Every workspace the intranet has: one per working group, then the Steuerung's."""
    specs = [Workspace(f"ag-{wg.id}", wg.title, wg.members_group, wg.leads_group) for wg in WORKING_GROUPS]
    # The steering tandem is its own members and leads.
    specs.append(Workspace("steuerung", "Steuerung", STEERING_GROUP, STEERING_GROUP))
    return specs


def workspace_local_roles(members_group, leads_group):
    """{group id: roles} for one workspace."""
    roles = {
        STEERING_GROUP: {STEERING_MEMBER},
    }
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
    """E-mail addresses of a workspace's members and tandem leads (for notifications)."""
    emails = []
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
