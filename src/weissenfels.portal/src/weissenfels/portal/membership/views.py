"""@@team-mitglieder (case folder), @@mitglieder (workspace) and @@organisation (site root)."""

from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.formatting import format_datetime
from weissenfels.portal.formatting import page_language
from weissenfels.portal.intranet.structure import get_intranet
from weissenfels.portal.intranet.structure import workspaces
from weissenfels.portal.membership import audit
from weissenfels.portal.membership import groups
from weissenfels.portal.units import registry
from weissenfels.portal.users import fullname
from zoneinfo import ZoneInfo


LOCAL_TIME = ZoneInfo("Europe/Berlin")
RECENT_ENTRIES = 5

REFUSALS = {
    "error_membership_not_allowed": _("error_membership_not_allowed", default="You may not change this group."),
    "error_membership_no_such_user": _("error_membership_no_such_user", default="There is no such user."),
    "error_membership_no_group": _("error_membership_no_group", default="The group does not exist."),
    "error_membership_already_member": _(
        "error_membership_already_member", default="${name} is already a member of this group."
    ),
    "error_membership_not_member": _("error_membership_not_member", default="${name} is not a member of this group."),
}


def audit_rows(context, request, limit=None):
    language = page_language(request)
    return [
        {
            "time": format_datetime(entry["time"].astimezone(LOCAL_TIME), language),
            "actor": fullname(entry["actor"]),
            "added": entry["action"] == audit.ADDED,
            "user": fullname(entry["user"]),
            "group": entry["group"],
        }
        for entry in audit.entries(context, limit)
    ]


class MembersView(BrowserView):
    """Members of the context's team (or working group) and, for administrators, its leads:
    list, search the site's users, add, remove; every change in the audit below."""

    view_name = "mitglieder"

    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)  # a forged request gets 403 and changes nothing
            self.apply(self.request.form)
            self.request.response.redirect(self.url())
            return ""
        return self.index()

    def url(self):
        return f"{self.context.absolute_url()}/@@{self.view_name}"

    def apply(self, form):
        kind, action, user_id = form.get("kind"), form.get("action"), form.get("user_id")
        if not all(isinstance(value, str) for value in (kind, action, user_id)):
            kind = action = user_id = ""
        name = fullname(user_id) if user_id else ""
        try:
            group_id = groups.change(self.context, kind, action, user_id)
        except groups.MembershipRefused as refusal:
            message = REFUSALS.get(str(refusal), REFUSALS["error_membership_not_allowed"])
            api.portal.show_message(_(message, mapping={"name": name}), self.request, type="error")
            return
        if action == audit.ADDED:
            message = _(
                "msg_member_added",
                default="${name} now belongs to ${group}.",
                mapping={"name": name, "group": group_id},
            )
        else:
            message = _(
                "msg_member_removed",
                default="${name} no longer belongs to ${group}.",
                mapping={"name": name, "group": group_id},
            )
        api.portal.show_message(message, self.request)

    def sections(self):
        """One section per group the user may change here: team first, then lead."""
        result = []
        for kind, group_id in groups.groups_of(self.context).items():
            if not groups.may_manage(self.context, kind):
                continue
            group = api.group.get(groupname=group_id)
            result.append(
                {
                    "kind": kind,
                    "group_id": group_id,
                    "title": group.getProperty("title") if group is not None else group_id,
                    "members": groups.members(group_id),
                }
            )
        return result

    def query(self):
        query = self.request.form.get("q", "")
        return query.strip() if isinstance(query, str) else ""

    def found(self):
        return groups.search_users(self.query())

    def audit(self):
        return audit_rows(self.context, self.request)


class TeamMembersView(MembersView):
    view_name = "team-mitglieder"


class OrganisationView(BrowserView):
    """For administrators: every unit and working group with its groups, members, recent changes."""

    def parts(self):
        return [
            {"kind": "units", "entries": self.units()},
            {"kind": "working_groups", "entries": self.working_groups()},
        ]

    def units(self):
        root = api.portal.get().get("vorgaenge")
        result = []
        for unit in registry.all_units():
            folder = root.get(unit.key) if root is not None else None
            result.append(
                {
                    "title": unit.title,
                    "retired": unit.retired,
                    "url": f"{folder.absolute_url()}/@@team-mitglieder" if folder is not None else None,
                    "groups": [self.group(unit.team_group), self.group(unit.lead_group)],
                    "audit": audit_rows(folder, self.request, RECENT_ENTRIES) if folder is not None else [],
                }
            )
        return result

    def working_groups(self):
        intranet = get_intranet()
        result = []
        for spec in workspaces():
            workspace = intranet.get(spec.id)
            group_ids = [spec.members_group] + ([spec.leads_group] if spec.leads_group != spec.members_group else [])
            result.append(
                {
                    "title": spec.title,
                    "retired": spec.retired,
                    "url": f"{workspace.absolute_url()}/@@mitglieder",
                    "groups": [self.group(group_id) for group_id in group_ids],
                    "audit": audit_rows(workspace, self.request, RECENT_ENTRIES),
                }
            )
        return result

    def group(self, group_id):
        group = api.group.get(groupname=group_id)
        return {
            "id": group_id,
            "title": group.getProperty("title") if group is not None else group_id,
            "members": [name for _user_id, name in groups.members(group_id)],
        }
