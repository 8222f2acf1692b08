"""REST services of the case handling (plone.restapi), on a case:

GET  @case-notes     notes and replies of the case            (View: the team)
POST @case-notes     {"kind": "note"|"reply", "text": "..."}  (Modify portal content)
POST @case-assign    {"handler": "<user id of the team>"}     (Modify portal content)
POST @case-forward   {"target_unit": "...", "comment": "..."} (Modify portal content)

Transitions other than forwarding use plone.restapi's own @workflow/<transition>.
A cross-site page cannot set `Accept: application/json`, which plone.rest needs; a POST
that a browser marks as coming from another site (Origin, Sec-Fetch-Site) is refused too.
"""

from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from Products.CMFCore.WorkflowCore import WorkflowException
from weissenfels.portal import _
from weissenfels.portal.cases.workflow import forward
from weissenfels.portal.handling import journal
from weissenfels.portal.handling.views import workflow_message
from weissenfels.portal.privacy.origin import is_foreign_origin
from zope.i18n import translate
from zope.interface import alsoProvides


def _entry(entry):
    return {"kind": entry["kind"], "author": entry["author"], "time": entry["time"].isoformat(), "text": entry["text"]}


class CaseNotesGet(Service):
    def reply(self):
        items = [_entry(e) for e in journal.entries(self.context) if e["kind"] in (journal.NOTE, journal.REPLY)]
        return {"@id": f"{self.context.absolute_url()}/@case-notes", "items": items}


class _Post(Service):
    def error(self, status, message):
        self.request.response.setStatus(status)
        kind = "Forbidden" if status == 403 else "BadRequest"
        return {"error": {"type": kind, "message": translate(message, context=self.request)}}

    def reply(self):
        if is_foreign_origin(self.request):
            return self.error(403, _("error_dsr_origin", default="Requests from other sites are refused."))
        alsoProvides(self.request, IDisableCSRFProtection)
        return self.handle(json_body(self.request))


class CaseNotesPost(_Post):
    def handle(self, data):
        text = (data.get("text") or "").strip()
        kind = data.get("kind")
        if not text or kind not in (journal.NOTE, journal.REPLY):
            return self.error(400, _("error_case_note_empty", default="Please write a text."))
        entry = journal.add_reply(self.context, text) if kind == journal.REPLY else journal.add_note(self.context, text)
        self.request.response.setStatus(201)
        return _entry(entry)


class CaseAssignPost(_Post):
    def handle(self, data):
        try:
            journal.assign(self.context, data.get("handler") or "")
        except ValueError:
            return self.error(
                400, _("error_case_assign", default="Cases can only be assigned to members of the team.")
            )
        return {"handler": journal.handler(self.context)}


class CaseForwardPost(_Post):
    def handle(self, data):
        try:
            moved = forward(self.context, data.get("target_unit") or "", (data.get("comment") or "").strip())
        except WorkflowException as exc:
            return self.error(400, workflow_message(exc))
        return {"@id": moved.absolute_url(), "unit": data.get("target_unit")}
