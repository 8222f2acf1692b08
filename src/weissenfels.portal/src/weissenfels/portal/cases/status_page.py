"""The public status page @@vorgang-status: a resident's reference and code -> state and reply."""

from plone import api
from Products.Five.browser import BrowserView
from weissenfels.portal.cases import status
from weissenfels.portal.cases.states import STATE_MESSAGES
from weissenfels.portal.cases.status import status_code_matches
from weissenfels.portal.formatting import format_date
from weissenfels.portal.formatting import page_language
from weissenfels.portal.handling import journal
from weissenfels.portal.handling.replies import rendered_reply


def _text(value):
    # A field sent twice arrives as a list (no browser does that): treat it as empty.
    return value if isinstance(value, str) else ""


class CaseStatusView(BrowserView):
    """@@vorgang-status on every language root: reference + status code -> state and the
    team's public reply, nothing else. Unknown reference and wrong code answer alike."""

    result = None
    not_found = False
    limited = None

    def __call__(self):
        self.reference = _text(self.request.form.pop("reference", None)).strip().upper()
        # Taken out of the request: the language selector copies the request's form into
        # its links, and the code must never end up in a URL.
        code = _text(self.request.form.pop("code", None)).strip()
        if self.request.method == "POST" and not status.checks_left(self.request):
            self.limited = status.too_many_checks_message(self.request)
            self.request.response.setStatus(429)
            self.request.response.setHeader("Retry-After", str(status.get_setting("status_check_window")))
        elif self.request.method == "POST":
            self.result = self.lookup(self.reference, code) if self.reference and code else None
            self.not_found = self.result is None
            if self.not_found:
                status.record_failed_check(self.request)
        return self.index()

    def lookup(self, reference, code):
        catalog = api.portal.get_tool("portal_catalog")
        for brain in catalog.unrestrictedSearchResults(portal_type="Vorgang", case_reference=reference):
            case = brain._unrestrictedGetObject()
            if status_code_matches(code, case.status_code_hash):
                return {
                    "reference": case.reference,
                    "state": STATE_MESSAGES.get(brain.review_state, brain.review_state),
                    "replies": self.replies(case),
                }
        return None

    def replies(self, case):
        """The team's public replies in the page's language, oldest first (handling/replies.py)."""
        language = page_language(self.request)
        items = []
        for entry in journal.entries(case):
            if entry["kind"] != journal.REPLY:
                continue
            reply = rendered_reply(entry, language, self.request)
            if reply["text"] or reply["note"]:
                items.append(dict(reply, date=format_date(entry["time"], language)))
        if not items and case.public_reply:
            # A reply stored before the journal kept them: German text, marked as such.
            reply = rendered_reply({"kind": journal.REPLY, "text": case.public_reply}, language, self.request)
            items.append(dict(reply, date=""))
        return items
