"""Views of the case handling on a case: the handling panel inside the case view, and
the POST actions behind its buttons (each checks the CSRF token; the permission is the
one of the registration, cmf.ModifyPortalContent, which only the case's team holds).
"""

from AccessControl import Unauthorized
from plone import api
from plone.protect import CheckAuthenticator
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.cases.downloads import send_inline_image
from weissenfels.portal.cases.states import STATE_MESSAGES
from weissenfels.portal.cases.thumbnails import stored_thumbnail
from weissenfels.portal.formatting import format_date
from weissenfels.portal.formatting import page_language
from weissenfels.portal.handling import accesslog
from weissenfels.portal.handling import journal
from weissenfels.portal.handling import replies
from weissenfels.portal.handling.address import case_address_key
from weissenfels.portal.handling.inbox import inspection_recommended
from weissenfels.portal.handling.retention import anonymise
from weissenfels.portal.handling.workflow import workflow_message
from weissenfels.portal.languages import OWN_NAMES
from weissenfels.portal.units.registry import unit_by_key
from weissenfels.portal.users import fullname
from zExceptions import BadRequest
from zExceptions import NotFound


TRANSITION_TITLES = {
    "bearbeiten": _("transition_bearbeiten", default="Take up"),
    "erledigen": _("transition_erledigen", default="Close as done"),
    "ablehnen": _("transition_ablehnen", default="Reject"),
    "weiterleiten": _("transition_weiterleiten", default="Forward to another unit"),
}
ENTRY_TITLES = {
    journal.NOTE: _("entry_note", default="Internal note"),
    journal.REPLY: _("entry_reply", default="Public reply"),
    journal.ASSIGNED: _("entry_assigned", default="Assigned"),
    journal.FORWARDED: _("entry_forwarded", default="Forwarded"),
    journal.ERASED: _("entry_erased", default="Personal data deleted on request"),
    journal.ANONYMISED: _("entry_anonymised", default="Anonymised after the retention period"),
    journal.RESIDENT: _("entry_resident", default="Added by the resident (status page)"),
}


# How a user saw the case, as the access log shows it.
CHANNELS = {
    accesslog.PAGE: _("access_channel_page", default="Case page"),
    accesslog.REST: _("access_channel_rest", default="REST API"),
    accesslog.ATTACHMENT: _("access_channel_attachment", default="Attachment downloaded"),
    accesslog.THUMBNAIL: _("access_channel_thumbnail", default="Photo thumbnail"),
    accesslog.REST_NOTES: _("access_channel_rest_notes", default="Notes over the REST API"),
    accesslog.SEARCH: _("access_channel_search", default="Search results with case text"),
    accesslog.INBOX: _("access_channel_inbox", default="Inbox with excerpt"),
}


class HandlingPanel(BrowserView):
    """Rendered by case_view.pt; records that the current user opened the case."""

    def __call__(self):
        accesslog.record(self.context, self.request)
        return self.index()

    @property
    def can_edit(self):
        return api.user.has_permission("Modify portal content", obj=self.context)

    def handler(self):
        return fullname(journal.handler(self.context))

    def colleagues(self):
        return [{"id": u, "title": fullname(u)} for u in journal.team_members(self.context)]

    def me_in_team(self):
        user = api.user.get_current()
        return user.getId() in journal.team_members(self.context)

    def transitions(self):
        wf = api.portal.get_tool("portal_workflow")
        return [
            {"id": t["id"], "title": TRANSITION_TITLES.get(t["id"], t["title"])}
            for t in wf.getTransitionsFor(self.context)
            if t["id"] != "weiterleiten"  # its own form: it needs a target unit
        ]

    def may_forward(self):
        wf = api.portal.get_tool("portal_workflow")
        return any(t["id"] == "weiterleiten" for t in wf.getTransitionsFor(self.context))

    def history(self):
        """Transitions (with their comments) and journal entries, oldest first.

        What an earlier unit did before forwarding stays readable as states and reasons
        only: its people are named by the unit, its assignments are left out."""
        unit = journal.case_unit(self.context)
        items = []
        for item in journal.transition_units(self.context):
            own = item["unit"] == unit
            items.append(
                {
                    "time": item["time"].asdatetime().replace(tzinfo=None),
                    "title": TRANSITION_TITLES.get(item.get("action"), _("history_created", default="Received")),
                    "author": self.author(item.get("actor"), item["unit"], own) if item.get("action") else "",
                    "text": item.get("comments") or "",
                    "kind": "transition",
                }
            )
        for entry in journal.with_units(self.context):
            own = entry["unit"] == unit
            if entry["kind"] in (journal.NOTE, journal.REPLY):
                continue  # listed on their own below
            if entry["kind"] == journal.ASSIGNED and not own:
                continue
            text = entry.get("text") or ""
            if entry["kind"] == journal.ASSIGNED:
                text = fullname(entry.get("handler"))
            elif entry["kind"] == journal.FORWARDED:
                text = f"{entry.get('source_unit')} → {entry.get('target_unit')}: {text}"
            elif entry["kind"] == journal.RESIDENT and entry.get("filename"):
                text = f"{text}\n[{entry['filename']}]".strip()
            items.append(
                {
                    "time": entry["time"],
                    "title": ENTRY_TITLES.get(entry["kind"]),
                    "author": self.author(entry["author"], entry["unit"], own) if entry["author"] else "",
                    "text": text,
                    "kind": entry["kind"],
                }
            )
        return sorted(items, key=lambda i: i["time"])

    def author(self, user_id, unit_key, own):
        if own or not unit_key:
            return fullname(user_id)
        try:
            return unit_by_key(unit_key).title
        except KeyError:
            return unit_key

    def messages(self, kind):
        """Public replies (all: the resident saw them) or internal notes (this unit's only)."""
        if kind == journal.NOTE:
            items = journal.own_unit_entries(self.context, (journal.NOTE,))
        else:
            items = [e for e in journal.entries(self.context) if e["kind"] == kind]
        return [
            {
                "time": e["time"],
                "author": fullname(e["author"]),
                "text": e["text"],
                "template": e.get("template_title"),
            }
            for e in items
        ]

    def reply_templates(self):
        return [{"uid": t.UID(), "title": t.Title()} for t in replies.templates_for(self.context)]

    def templates_folder_url(self):
        """The unit's templates, for who may open them (its team reads, its lead keeps them)."""
        folder = replies.templates_folder(self.context)
        return folder.absolute_url() if folder is not None else None

    def same_address(self):
        """Other cases about the same building that the user may see (catalog only)."""
        catalog = api.portal.get_tool("portal_catalog")
        key = case_address_key(self.context)
        if not key:
            return {"key": None, "cases": [], "begehung": False}
        cases = [
            {
                "url": b.getURL(),
                "reference": b.case_reference,
                "state": STATE_MESSAGES.get(b.review_state, b.review_state),
                "submitted": format_date(b.case_submitted, page_language(self.request)),
            }
            for b in catalog(
                portal_type="Vorgang", case_address_key=key, sort_on="case_submitted", sort_order="reverse"
            )
            if self.context.UID() != b.UID
        ]
        return {"key": key, "cases": cases, "begehung": inspection_recommended(catalog, key)}

    def images(self):
        base = self.context.absolute_url()
        return [
            {
                "index": i,
                "thumb": f"{base}/@@case-thumbnail?index={i}",
                "url": f"{base}/@@case-attachment?index={i}",
                "filename": blob.filename,
            }
            for i, blob in enumerate(self.context.attachments or ())
            if (blob.contentType or "").startswith("image/")
        ]

    def may_see_access_log(self):
        return api.user.has_permission("weissenfels.portal: View case access log", obj=self.context)

    def access_log(self):
        if not self.may_see_access_log():
            return []
        return [
            {"time": t, "user": fullname(u), "channel": CHANNELS.get(channel, channel)}
            for t, u, channel in accesslog.views(self.context, limit=200)
        ]


class CaseThumbnail(BrowserView):
    """The thumbnail of an image attachment for the panel: the one stored with the case
    (cases/thumbnails.py), never computed here."""

    def __call__(self):
        try:
            thumbnail = stored_thumbnail(self.context, int(self.request.form.get("index", "")))
        except (ValueError, TypeError):
            thumbnail = None
        if thumbnail is None:
            raise NotFound("No such thumbnail")
        return send_inline_image(self.request.response, thumbnail)


class CaseAction(BrowserView):
    """Base of the POST actions: CSRF token, then do(), then back to the case with a message."""

    def __call__(self):
        if self.request.method != "POST":
            raise BadRequest("POST only")
        CheckAuthenticator(self.request)
        if not api.user.has_permission("Modify portal content", obj=self.context):
            raise Unauthorized("Not allowed")
        message, kind = self.do(self.request.form)
        api.portal.show_message(message, self.request, type=kind)
        self.request.response.redirect(self.next_url())
        return ""

    def next_url(self):
        return self.context.absolute_url()


class TransitionAction(CaseAction):
    def do(self, form):
        transition = form.get("workflow_action") or ""
        if transition == "weiterleiten":
            return _("error_case_forward_form", default="Please use the forwarding form."), "error"
        wf = api.portal.get_tool("portal_workflow")
        if transition not in [t["id"] for t in wf.getTransitionsFor(self.context)]:
            raise Unauthorized("Transition not available")
        try:
            wf.doActionFor(self.context, transition, comment=(form.get("comment") or "").strip())
        except WorkflowException as exc:
            return workflow_message(exc), "error"
        return _("msg_case_state_changed", default="The state of the case has been changed."), "info"


class AssignAction(CaseAction):
    def do(self, form):
        user_id = form.get("handler") or ""
        if form.get("me"):
            user_id = api.user.get_current().getId()
        try:
            journal.assign(self.context, user_id)
        except ValueError:
            return _("error_case_assign", default="Cases can only be assigned to members of the team."), "error"
        return _("msg_case_assigned", default="The case has been assigned."), "info"


class NoteAction(CaseAction):
    def do(self, form):
        text = (form.get("text") or "").strip()
        kind = form.get("kind")
        if not text or kind not in (journal.NOTE, journal.REPLY):
            return _("error_case_note_empty", default="Please write a text."), "error"
        if kind == journal.REPLY:
            journal.add_reply(self.context, text)
            return _("msg_case_reply_added", default="The reply is now shown on the status page."), "info"
        journal.add_note(self.context, text)
        return _("msg_case_note_added", default="The internal note has been saved."), "info"


class ErasePersonalDataAction(CaseAction):
    """On the submitter's request (GDPR art. 17): the journal records who, when and why."""

    def do(self, form):
        reason = (form.get("reason") or "").strip()
        if not reason:
            return _("error_case_erase_reason", default="Please give the reason (the request)."), "error"
        anonymise(self.context, kind=journal.ERASED, reason=reason)
        return _("msg_case_erased", default="The personal data of this case has been deleted."), "info"


class ReplyPreview(BrowserView):
    """@@case-reply-preview: the chosen template (and note) as the resident will read it,
    with a warning when it falls back to German; its form sends it (@@case-reply)."""

    def __call__(self):
        if not api.user.has_permission("Modify portal content", obj=self.context):
            raise Unauthorized("Not allowed")
        form = self.request.form
        self.template = replies.template_for(self.context, form.get("template") or "")
        self.note = (form.get("note") or "").strip()
        if self.template is None and not self.note:
            api.portal.show_message(
                _("error_case_reply_empty", default="Please choose a template or write a note."),
                self.request,
                type="error",
            )
            self.request.response.redirect(self.context.absolute_url() + "#case-replies")
            return ""
        self.result = replies.preview(self.context, self.template, self.note, self.request)
        return self.index()

    def language_name(self):
        return OWN_NAMES.get(self.result["language"], self.result["language"])


class ReplyAction(CaseAction):
    """@@case-reply: send a template reply (and the team's German note)."""

    def do(self, form):
        template = replies.template_for(self.context, form.get("template") or "")
        note = (form.get("note") or "").strip()
        if template is None and not note:
            return _("error_case_reply_empty", default="Please choose a template or write a note."), "error"
        replies.add_template_reply(self.context, template, note)
        return _("msg_case_reply_added", default="The reply is now shown on the status page."), "info"
