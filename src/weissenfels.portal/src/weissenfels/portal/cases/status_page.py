"""The public status page @@vorgang-status: a resident's reference and code -> state and reply."""

from plone import api
from Products.Five.browser import BrowserView
from weissenfels.portal.cases import status
from weissenfels.portal.cases import status_links
from weissenfels.portal.cases.states import STATE_MESSAGES
from weissenfels.portal.cases.status import status_code_matches


def _text(value):
    # A field sent twice arrives as a list (no browser does that): treat it as empty.
    return value if isinstance(value, str) else ""


class CaseStatusView(BrowserView):
    """@@vorgang-status on every language root: reference + status code -> state and the
    team's public reply, nothing else. Unknown reference and wrong code answer alike."""

    result = None
    not_found = False
    limited = None
    link_used = False

    def __call__(self):
        # The personal link of a resident's mail (status_links.py): opens the status once.
        token = _text(self.request.form.pop(status_links.PARAMETER, None))
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
        elif token:
            self.open_link(token)
        return self.index()

    def open_link(self, token):
        if not status.checks_left(self.request):
            self.limited = status.too_many_checks_message(self.request)
            self.request.response.setStatus(429)
            return
        case = status_links.redeem(token, self.request)
        if case is None:
            # Used, expired or unknown: the page asks for the code, with the reference filled in.
            status.record_failed_check(self.request)
            self.link_used = True
            self.reference = token.partition(".")[0].strip().upper()[:40]
            return
        self.reference = case.reference
        self.result = self.summary(case, api.content.get_state(case))

    def lookup(self, reference, code):
        catalog = api.portal.get_tool("portal_catalog")
        for brain in catalog.unrestrictedSearchResults(portal_type="Vorgang", case_reference=reference):
            case = brain._unrestrictedGetObject()
            if status_code_matches(code, case.status_code_hash):
                return self.summary(case, brain.review_state)
        return None

    def summary(self, case, state):
        return {
            "reference": case.reference,
            "state": STATE_MESSAGES.get(state, state),
            "reply": case.public_reply or "",
        }
