"""Views for cases: the public status page, the case view, attachments, forwarding."""

from plone import api
from plone.i18n.locales.interfaces import IContentLanguageAvailability
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.cases import status
from weissenfels.portal.cases.downloads import send_attachment
from weissenfels.portal.cases.status import status_code_matches
from weissenfels.portal.cases.workflow import forward
from weissenfels.portal.organisation import UNITS
from weissenfels.portal.setuphandlers.cases import case_folder
from Products.CMFCore.WorkflowCore import WorkflowException
from zExceptions import NotFound
from zope.component import getUtility


STATE_MESSAGES = {
    "eingegangen": _("case_state_eingegangen", default="Received"),
    "in_bearbeitung": _("case_state_in_bearbeitung", default="In progress"),
    "erledigt": _("case_state_erledigt", default="Completed"),
    "abgelehnt": _("case_state_abgelehnt", default="Rejected"),
}


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
        # Codes are secrets: never let a cache keep an answer.
        self.request.response.setHeader("Cache-Control", "no-store, private")
        return self.index()

    def lookup(self, reference, code):
        catalog = api.portal.get_tool("portal_catalog")
        for brain in catalog.unrestrictedSearchResults(portal_type="Vorgang", case_reference=reference):
            case = brain._unrestrictedGetObject()
            if status_code_matches(code, case.status_code_hash):
                return {
                    "reference": case.reference,
                    "state": STATE_MESSAGES.get(brain.review_state, brain.review_state),
                    "reply": case.public_reply or "",
                }
        return None


class CaseView(BrowserView):
    """The case for its team: what was sent (escaped text), attachments, reply, history."""

    def rows(self):
        return self.context.submitted_values or ()

    def attachments(self):
        base = self.context.absolute_url()
        for index, blob in enumerate(self.context.attachments or ()):
            yield {
                "url": f"{base}/@@case-attachment?index={index}",
                "filename": blob.filename,
                "size_kb": max(1, blob.getSize() // 1024),
                "content_type": blob.contentType,
            }

    def state_title(self):
        return STATE_MESSAGES.get(api.content.get_state(self.context))

    def unit_title(self):
        return self.context.aq_parent.Title()

    def language_name(self):
        """The submitter's language by its own name, e.g. "Română (ro)"."""
        code = self.context.submission_language or ""
        info = getUtility(IContentLanguageAvailability).getLanguages().get(code, {})
        return f"{info['native']} ({code})" if info.get("native") else code


class CaseAttachmentView(BrowserView):
    """Download an attachment; always as a download, never rendered inline."""

    def __call__(self):
        try:
            blob = self.context.attachments[int(self.request.form.get("index", ""))]
        except (ValueError, IndexError, TypeError):
            raise NotFound("No such attachment") from None
        return send_attachment(self.request.response, blob)


class ForwardCaseView(BrowserView):
    """Forward a case to another unit (transition weiterleiten; cases/workflow.py moves it)."""

    error = None

    def units(self):
        current = self.context.aq_parent.getId()
        return [u for u in UNITS if u.id != current and case_folder(u.id) is not None]

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.submitted"):
            CheckAuthenticator(self.request)
            target = self.request.form.get("target_unit") or ""
            comment = (self.request.form.get("comment") or "").strip()
            back_url = self.context.aq_parent.absolute_url()
            try:
                forward(self.context, target, comment)
            except WorkflowException as exc:
                # The workflow tool re-raises the exception wrapped in another one.
                message = exc
                while isinstance(message, Exception) and message.args:
                    message = message.args[0]
                self.error = message
                return self.index()
            api.portal.show_message(
                _("msg_case_forwarded", default="The case has been forwarded."), self.request
            )
            self.request.response.redirect(back_url)
            return ""
        return self.index()
