"""The public status page @@vorgang-status: a resident's reference and code -> state and reply;
from there the resident may add information or a photo to their case."""

from plone import api
from plone.protect.interfaces import IDisableCSRFProtection
from plone.protect.utils import safeWrite
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.cases import status
from weissenfels.portal.cases import status_links
from weissenfels.portal.cases.public_uploads import body_limit
from weissenfels.portal.cases.public_uploads import refuse_large_body
from weissenfels.portal.cases.states import STATE_MESSAGES
from weissenfels.portal.cases.status import status_code_matches
from weissenfels.portal.cases.thumbnails import store_thumbnails
from weissenfels.portal.cases.uploads import clean_upload
from weissenfels.portal.cases.uploads import UploadRejected
from weissenfels.portal.formatting import format_date
from weissenfels.portal.formatting import page_language
from weissenfels.portal.handling import journal
from weissenfels.portal.handling.replies import rendered_reply
from zope.interface import alsoProvides


# The form that adds information sends this; the case is found by the one-time token the
# page put into it (status_links.py), so the code is typed once and never sent again.
ADD = "add_information"
MAX_TEXT = 5000


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
    case = None
    add_error = None
    added = False
    message_text = ""

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
        elif self.request.method == "POST" and self.request.form.get(ADD):
            self.add(token)
        elif self.request.method == "POST":
            self.case = self.lookup(self.reference, code) if self.reference and code else None
            self.not_found = self.case is None
            if self.not_found:
                status.record_failed_check(self.request)
        elif token:
            self.open_link(token)
        if self.case is not None:
            self.result = self.summary(self.case)
            # The form below carries a fresh one-time token, not the code (status_links.py).
            self.add_token = status_links.new_token(self.case)
            safeWrite(self.case, self.request)
        return self.index()

    def open_link(self, token):
        if not status.checks_left(self.request):
            self.limited = status.too_many_checks_message(self.request)
            self.request.response.setStatus(429)
            return
        self.case = status_links.redeem(token, self.request)
        if self.case is None:
            # Used, expired or unknown: the page asks for the code, with the reference filled in.
            status.record_failed_check(self.request)
            self.link_used = True
            self.reference = token.partition(".")[0].strip().upper()[:40]

    def lookup(self, reference, code):
        catalog = api.portal.get_tool("portal_catalog")
        for brain in catalog.unrestrictedSearchResults(portal_type="Vorgang", case_reference=reference):
            case = brain._unrestrictedGetObject()
            if status_code_matches(code, case.status_code_hash):
                return case
        return None

    def summary(self, case):
        state = api.portal.get_tool("portal_workflow").getInfoFor(case, "review_state", None)
        return {
            "reference": case.reference,
            "state": STATE_MESSAGES.get(state, state),
            "replies": self.replies(case),
        }

    def add(self, token):
        """Information or a photo from the resident: the same upload checks as the forms;
        on an error nothing is stored and the text stays in the field."""
        refuse_large_body(self.request, body_limit(1))
        # Anonymous like every resident: the one-time token in the form is what authorises it.
        alsoProvides(self.request, IDisableCSRFProtection)
        self.case = status_links.redeem(token, self.request)
        if self.case is None:
            status.record_failed_check(self.request)
            self.link_used = True
            return
        self.message_text = _text(self.request.form.get("message")).strip()[:MAX_TEXT]
        upload = self.request.form.get("photo")
        attachment = None
        data = upload.read() if getattr(upload, "filename", None) else b""
        if data:
            try:
                attachment = clean_upload(data, upload.filename)
            except UploadRejected as rejected:
                self.add_error = rejected.message
                return
        if not self.message_text and attachment is None:
            self.add_error = _("error_status_add_empty", default="Please write something or choose a photo.")
            return
        with api.env.adopt_roles(["Manager"]):
            journal.add_resident_addition(self.case, self.message_text, attachment)
            store_thumbnails(self.case)
        self.added, self.message_text = True, ""

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
