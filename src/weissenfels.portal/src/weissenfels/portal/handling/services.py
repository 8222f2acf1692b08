"""REST services of the case handling (plone.restapi), on a case:

GET  @case-notes     notes and replies of the case            (View: the team)
POST @case-notes     {"kind": "note"|"reply", "text": "..."}  (Modify portal content)
                     a reply may name a template of the unit: {"kind": "reply",
                     "template": "<UID>", "text": "optional German note"}
POST @case-assign    {"handler": "<user id of the team>"}     (Modify portal content)
POST @case-forward   {"target_unit": "...", "comment": "..."} (Modify portal content)

Transitions other than forwarding use plone.restapi's own @workflow/<transition>.
A POST that a foreign page made a browser send is refused before it gets here
(security/csrf.py, for every URL); errors are JSON (security/rest.py).
"""

from Products.CMFCore.WorkflowCore import WorkflowException
from weissenfels.portal import _
from weissenfels.portal.handling import journal
from weissenfels.portal.handling import replies
from weissenfels.portal.handling.workflow import forward
from weissenfels.portal.handling.workflow import workflow_message
from weissenfels.portal.security.rest import RestService


def _entry(entry):
    return {"kind": entry["kind"], "author": entry["author"], "time": entry["time"].isoformat(), "text": entry["text"]}


class CaseNotesGet(RestService):
    def handle(self):
        # Replies: all (the resident read them); notes: only the unit that holds the case now.
        unit = journal.case_unit(self.context)
        items = [
            _entry(e)
            for e in journal.with_units(self.context)
            if e["kind"] == journal.REPLY or (e["kind"] == journal.NOTE and e["unit"] == unit)
        ]
        return {"@id": f"{self.context.absolute_url()}/@case-notes", "items": items}


class _Post(RestService):
    def handle(self):
        return self.handle_data(self.json_data() or {})


class CaseNotesPost(_Post):
    def handle_data(self, data):
        text = (data.get("text") or "").strip()
        kind = data.get("kind")
        if kind == journal.REPLY and data.get("template") and not isinstance(data["template"], str):
            return self.error(400, _("error_case_reply_template", default="Please choose a template of this unit."))
        if not (text or (kind == journal.REPLY and data.get("template"))) or kind not in (journal.NOTE, journal.REPLY):
            return self.error(400, _("error_case_note_empty", default="Please write a text."))
        if kind == journal.REPLY and data.get("template"):
            template = replies.template_for(self.context, data["template"])
            if template is None:
                return self.error(400, _("error_case_reply_template", default="Please choose a template of this unit."))
            entry = replies.add_template_reply(self.context, template, text)
        elif kind == journal.REPLY:
            entry = journal.add_reply(self.context, text)
        else:
            entry = journal.add_note(self.context, text)
        self.request.response.setStatus(201)
        return _entry(entry)


class CaseAssignPost(_Post):
    def handle_data(self, data):
        try:
            journal.assign(self.context, data.get("handler") or "")
        except ValueError:
            return self.error(400, _("error_case_assign", default="Cases can only be assigned to members of the team."))
        return {"handler": journal.handler(self.context)}


class CaseForwardPost(_Post):
    def handle_data(self, data):
        try:
            moved = forward(self.context, data.get("target_unit") or "", (data.get("comment") or "").strip())
        except WorkflowException as exc:
            return self.error(400, workflow_message(exc))
        return {"@id": moved.absolute_url(), "unit": data.get("target_unit")}
