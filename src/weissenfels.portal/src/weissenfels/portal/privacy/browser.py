"""@@datenschutz-auskunft: the administrators' page for data subject requests."""

from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.formatting import format_datetime
from weissenfels.portal.formatting import page_language
from weissenfels.portal.privacy import audit
from weissenfels.portal.privacy import subject_requests
from weissenfels.portal.privacy.export_zip import export_zip
from weissenfels.portal.security.csrf import is_same_origin
from zExceptions import Forbidden
from zope.i18n import translate

import datetime


class DataSubjectRequestView(BrowserView):
    """Search (POST, so no e-mail address lands in URLs and access logs), export as JSON,
    delete after a confirm step. Every POST needs Plone's authenticator."""

    query = ""
    error = None
    cases = None
    confirm_delete = False
    deleted = None

    def __call__(self):
        if self.request.method != "POST":
            return self.index()
        # A stolen token is not enough here: the browser must also say the page is ours
        # (security/csrf.py already refuses a foreign POST that lacks the token).
        if not is_same_origin(self.request):
            raise Forbidden("Foreign origin")
        CheckAuthenticator(self.request)
        form = self.request.form
        self.query = form.get("query") or ""
        try:
            if form.get("form.buttons.export"):
                return self.export()
            if form.get("form.buttons.delete"):
                references = form.get("references") or []
                if isinstance(references, str):
                    references = [references]
                self.deleted = subject_requests.delete(self.query, "view", references=references)
                api.portal.show_message(
                    _(
                        "msg_dsr_deleted",
                        default="${count} case(s) deleted: ${references}",
                        mapping={"count": len(self.deleted), "references": ", ".join(self.deleted) or "-"},
                    ),
                    self.request,
                )
                self.cases = subject_requests.find_cases(self.query)
                return self.index()
            self.cases = subject_requests.find_cases(self.query)
            self.confirm_delete = bool(form.get("form.buttons.delete_confirm")) and bool(self.cases)
        except subject_requests.InvalidQuery as invalid:
            self.error = invalid.message
        return self.index()

    def export(self):
        """The ZIP for the person (privacy/export_zip.py): JSON, attachments, summary."""
        now = datetime.datetime.now(datetime.UTC)
        body, _count = export_zip(self.query, "view", now)
        response = self.request.response
        response.setHeader("Content-Type", "application/zip")
        filename = f"datenschutz-auskunft-{now:%Y%m%d-%H%M%S}.zip"
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        return body

    def rows(self):
        for case in self.cases or ():
            yield {
                "reference": case.reference,
                "unit": case.aq_parent.Title(),
                "form_title": case.form_title,
                "submitted": format_datetime(case.submitted, page_language(self.request)),
                "matches": [row["label"] for row in subject_requests.matching_values(case, self.query)],
            }

    def log(self):
        """The newest 100 log entries, the action in the reader's language."""
        titles = {
            "export": _("dsr_action_export", default="Export"),
            "delete": _("dsr_action_delete", default="Deletion"),
        }
        channels = {
            "view": _("dsr_channel_view", default="this page"),
            "rest": _("dsr_channel_rest", default="REST API"),
        }
        for entry in audit.entries()[:100]:
            action = translate(titles.get(entry["action"], entry["action"]), context=self.request)
            channel = translate(channels.get(entry["channel"], entry["channel"]), context=self.request)
            yield dict(entry, action_title=f"{action} ({channel})")
