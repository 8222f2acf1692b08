"""Which groups are managed where, who may manage which, and the change itself.

The views are protected by "weissenfels.portal: Manage team members" on their context (the
case folder or the workspace); this module decides, below that, which of the context's groups
the user may change: leads their team or working group, administrators also the lead group.
The group change runs with adopted roles only after those checks.
"""

from plone import api
from weissenfels.portal.content.arbeitsgruppe import IArbeitsgruppe
from weissenfels.portal.content.case_folder import ICaseFolder
from weissenfels.portal.membership import audit
from weissenfels.portal.units import registry
from weissenfels.portal.users import fullname_of


MANAGE_MEMBERS = "weissenfels.portal: Manage team members"
# Changing a lead group, or a group that is its own lead group (the Steuerung), is for
# administrators: they hold the users-and-groups control panel.
ADMINISTER_GROUPS = "Plone Site Setup: Users and Groups"

TEAM = "team"
LEAD = "lead"
MAX_SEARCH_RESULTS = 20


class MembershipRefused(Exception):
    """A change the user may not make, or one that makes no sense; the message says why."""


def unit_of(folder):
    """The unit of a case folder (/vorgaenge/<key>), or None."""
    try:
        return registry.unit_by_key(folder.getId())
    except KeyError:
        return None


def groups_of(context):
    """{TEAM: group id, LEAD: group id} managed on this case folder or workspace."""
    if ICaseFolder.providedBy(context):
        unit = unit_of(context)
        return {TEAM: unit.team_group, LEAD: unit.lead_group} if unit is not None else {}
    if IArbeitsgruppe.providedBy(context) and context.members_group:
        return {TEAM: context.members_group, LEAD: context.leads_group}
    return {}


def is_administrator():
    return api.user.has_permission(ADMINISTER_GROUPS, obj=api.portal.get())


def may_manage(context, kind):
    """May the current user change the group of this kind on the context?"""
    groups = groups_of(context)
    if kind not in groups or not api.user.has_permission(MANAGE_MEMBERS, obj=context):
        return False
    if kind == LEAD or groups[TEAM] == groups[LEAD]:
        return is_administrator()
    return True


def members(group_id):
    """[(user id, full name)] of a group, by name."""
    users = api.user.get_users(groupname=group_id) if api.group.get(groupname=group_id) else []
    return sorted(((user.getId(), fullname_of(user)) for user in users), key=lambda pair: pair[1].lower())


def search_users(text):
    """[(user id, full name)] of the site's users whose name, login or id contains text."""
    text = (text or "").strip()
    if len(text) < 2:
        return []
    acl_users = api.portal.get_tool("acl_users")
    found = {}
    for criteria in ({"fullname": text}, {"login": text}, {"id": text}):
        for result in acl_users.searchUsers(**criteria):
            user_id = result.get("userid") or result.get("id")
            if user_id and user_id not in found:
                user = api.user.get(userid=user_id)
                if user is not None:
                    found[user_id] = fullname_of(user)
    return sorted(found.items(), key=lambda pair: pair[1].lower())[:MAX_SEARCH_RESULTS]


def change(context, kind, action, user_id):
    """Add (audit.ADDED) or remove (audit.REMOVED) user_id in the context's group of this kind."""
    if not may_manage(context, kind):
        raise MembershipRefused("error_membership_not_allowed")
    group_id = groups_of(context)[kind]
    user = api.user.get(userid=user_id) if user_id else None
    if user is None:
        raise MembershipRefused("error_membership_no_such_user")
    current = {member_id for member_id, _name in members(group_id)}
    with api.env.adopt_roles(["Manager"]):
        if api.group.get(groupname=group_id) is None:
            raise MembershipRefused("error_membership_no_group")
        if action == audit.ADDED:
            if user_id in current:
                raise MembershipRefused("error_membership_already_member")
            api.group.add_user(groupname=group_id, username=user_id)
        elif action == audit.REMOVED:
            if user_id not in current:
                raise MembershipRefused("error_membership_not_member")
            api.group.remove_user(groupname=group_id, username=user_id)
        else:
            raise MembershipRefused("error_membership_not_allowed")
    audit.record(context, api.user.get_current().getId(), action, user_id, group_id)
    return group_id
