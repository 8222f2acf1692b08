"""Views of the intranet: workspace, open action items, Steuerung overview, iCal export.

Every listing queries the catalog as the current user, so a view never shows what the
user could not open.
"""

from DateTime import DateTime
from plone import api
from plone.base.i18nl10n import monthname_msgid
from plone.event.interfaces import IEventAccessor
from plone.protect import CheckAuthenticator
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from weissenfels.portal import _
from weissenfels.portal.content.gruppenbericht import STATUSES
from weissenfels.portal.formatting import format_date
from weissenfels.portal.formatting import format_datetime
from weissenfels.portal.formatting import page_language
from weissenfels.portal.intranet.structure import get_intranet
from weissenfels.portal.intranet.structure import is_retired
from weissenfels.portal.intranet.structure import open_action_items
from weissenfels.portal.intranet.structure import POLICY_ID
from weissenfels.portal.intranet.structure import workspaces
from weissenfels.portal.organisation import STEERING_GROUP
from weissenfels.portal.users import fullname
from zope.i18n import translate
from zope.i18nmessageid import MessageFactory

import datetime
import icalendar


PLMF = MessageFactory("plonelocales")


class IntranetView(BrowserView):
    """/intranet's front page: the workspaces the user belongs to and the cross-group views."""

    def workspaces(self):
        return api.content.find(context=self.context, depth=1, portal_type="Arbeitsgruppe", sort_on="sortable_title")

    def can_see_overview(self):
        return api.user.has_permission("weissenfels.portal: View steering overview", obj=self.context)


class WorkspaceView(BrowserView):
    """A workspace's front page: mandate, tandem leads, next meeting and its content."""

    def intranet_url(self):
        return get_intranet().absolute_url()

    def leads(self):
        return [fullname(self.context.lead_landkreis), fullname(self.context.lead_stadt)]

    def retired(self):
        return is_retired(self.context)

    def items(self):
        return api.content.find(context=self.context, depth=1, sort_on="modified", sort_order="descending")

    def state_title(self, brain):
        return intranet_state_title(brain.portal_type, brain.review_state)


def intranet_state_title(portal_type, state):
    """The title (a message id of weissenfels.portal) of the workflow state of an intranet item.

    Read from the intranet's placeful workflow policy: the global chain of a type (an Event's
    simple publication) is not the one it has in the intranet."""
    wf_tool = api.portal.get_tool("portal_workflow")
    policy = api.portal.get_tool("portal_placeful_workflow").getWorkflowPolicyById(POLICY_ID)
    chain = (policy.getChainFor(portal_type) if policy is not None else None) or wf_tool.getChainForPortalType(
        portal_type
    )
    for workflow_id in chain:
        definition = wf_tool.getWorkflowById(workflow_id)
        if definition is not None and state in definition.states:
            return definition.states[state].title
    return state


def state_title(obj):
    return intranet_state_title(obj.portal_type, api.content.get_state(obj))


def item_rows(items):
    """Action items as the templates show them (names instead of user ids)."""
    return [
        {
            **item,
            "who_name": fullname(item.get("who")),
            "due_text": format_date(item.get("due")),
            "overdue": bool(item.get("due") and item["due"] < datetime.date.today()),
            "protokoll_title": item["protokoll"].Title,
            "protokoll_url": item["protokoll"].getURL(),
            "workspace_title": item["workspace"].Title() if item["workspace"] is not None else "",
        }
        for item in items
    ]


class ActionItemsTable:
    """The action items table, shared by the views that list action items."""

    table = ViewPageTemplateFile("templates/action_items_table.pt")


class OpenActionItemsView(ActionItemsTable, BrowserView):
    """Open action items of every Protokoll of this workspace the user may see."""

    def items(self):
        return item_rows(open_action_items(path="/".join(self.context.getPhysicalPath())))


class MyActionItemsView(ActionItemsTable, BrowserView):
    """The logged-in user's open action items across all their working groups."""

    def items(self):
        return item_rows(open_action_items(who=api.user.get_current().getId()))


class SteeringOverview(ActionItemsTable, BrowserView):
    """For the Steuerung: per working group the latest report, open action items, meetings.

    Runs as the current user, so the Steuerung sees submitted and accepted reports only.
    The print template renders the same data as a document for the committee meeting.
    """

    def title(self):
        custom = self.request.form.get("title", "").strip()
        if custom:
            return custom
        today = datetime.date.today()
        month = translate(PLMF(monthname_msgid(today.month)), context=self.request)
        return translate(
            _(
                "title_steering_overview_print",
                default="Gruppenberichte ${month} ${year}",
                mapping={"month": month, "year": str(today.year)},
            ),
            context=self.request,
        )

    def groups(self):
        now = DateTime()
        result = []
        for spec in workspaces():
            if spec.members_group == STEERING_GROUP:
                continue
            workspace = self.context.get(spec.id)
            if workspace is None:
                continue
            path = "/".join(workspace.getPhysicalPath())
            reports = [brain.getObject() for brain in api.content.find(portal_type="Gruppenbericht", path=path)]
            latest = max(reports, key=lambda r: (r.period_end, r.created()), default=None)
            meetings = api.content.find(
                portal_type="Event", path=path, start={"query": now, "range": "min"}, sort_on="start"
            )
            result.append(
                {
                    "title": workspace.Title(),
                    "url": workspace.absolute_url(),
                    "retired": spec.retired,
                    "report": latest and self.report_info(latest),
                    "action_items": item_rows(open_action_items(path=path)),
                    "meetings": [
                        {
                            "title": brain.Title,
                            "url": brain.getURL(),
                            "start": format_datetime(brain.start, page_language(self.request)),
                            "location": brain.location,
                        }
                        for brain in meetings
                    ],
                }
            )
        return result

    def report_info(self, report):
        return {
            "title": report.Title(),
            "url": report.absolute_url(),
            "period": f"{report.period_start:%d.%m.%Y} – {report.period_end:%d.%m.%Y}",
            "status": report.status,
            "status_title": translate(STATUSES.getTerm(report.status).title, context=self.request),
            "state_title": translate(_(state_title(report)), domain="weissenfels.portal", context=self.request),
            "achievements": report.achievements and report.achievements.output,
            "next_steps": report.next_steps and report.next_steps.output,
            "risks": report.risks and report.risks.output,
            "decisions_needed": report.decisions_needed and report.decisions_needed.output,
        }


class MeetingsICal(BrowserView):
    """The workspace's meetings (Events the user may see) as an iCalendar file."""

    def __call__(self):
        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//Der Weissenfelser Weg//Intranet//DE")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", self.context.Title())
        stamp = datetime.datetime.now(datetime.UTC)
        for brain in api.content.find(context=self.context, portal_type="Event", sort_on="start"):
            event = IEventAccessor(brain.getObject())
            vevent = icalendar.Event()
            vevent.add("uid", f"{brain.UID}@weissenfels-portal")
            vevent.add("summary", event.title)
            vevent.add("dtstart", event.start)
            vevent.add("dtend", event.end)
            vevent.add("dtstamp", stamp)
            if event.location:
                vevent.add("location", event.location)
            vevent.add("url", brain.getURL())
            calendar.add_component(vevent)
        # VTIMEZONE definitions for the TZIDs used, so every client reads the local times right.
        calendar.add_missing_timezones()
        self.request.response.setHeader("Content-Type", "text/calendar; charset=utf-8")
        self.request.response.setHeader("Content-Disposition", f'attachment; filename="{self.context.getId()}.ics"')
        return calendar.to_ical()


class SendBackView(BrowserView):
    """Send a submitted Protokoll or report back to the working group, with a required reason."""

    comment = ""
    error = None

    def __call__(self):
        form = self.request.form
        if self.request.method == "POST" and "form.buttons.send_back" in form:
            CheckAuthenticator(self.request)  # a forged request gets 403 and changes nothing
            self.comment = form.get("comment", "").strip()
            if not self.comment:
                self.error = _(
                    "error_send_back_comment", default="Please say why you send this back (comment required)."
                )
            else:
                try:
                    api.content.transition(obj=self.context, transition="send_back", comment=self.comment)
                except (api.exc.InvalidParameterError, WorkflowException):
                    self.error = _("error_send_back_not_allowed", default="You cannot send this item back.")
                else:
                    api.portal.show_message(
                        _("message_sent_back", default="Sent back to the working group."), request=self.request
                    )
                    return self.request.response.redirect(self.context.absolute_url())
        return self.index()
