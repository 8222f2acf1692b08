"""The case for its team: the case view, its attachments, forwarding to another unit."""

from plone import api
from plone.i18n.locales.interfaces import IContentLanguageAvailability
from plone.protect import CheckAuthenticator
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.cases import answers
from weissenfels.portal.cases.downloads import send_attachment
from weissenfels.portal.cases.folders import case_folder
from weissenfels.portal.cases.states import STATE_MESSAGES
from weissenfels.portal.handling.workflow import forward
from weissenfels.portal.languages import language_name
from weissenfels.portal.units.registry import active_units
from zExceptions import NotFound
from zope.component import getUtility
from zope.i18n import translate


# ?ansicht=original shows the answers as the resident read them (the toggle on the page).
RESIDENT_VIEW = "original"


class CaseView(BrowserView):
    """The case for its team: what was sent (escaped text), attachments, reply, history.

    The answers are shown with the German labels and option titles (free text as written);
    the toggle shows them as the resident's form showed them."""

    def resident_view(self):
        return self.request.form.get("ansicht") == RESIDENT_VIEW

    def rows(self):
        rows = answers.view_rows(self.context, resident=self.resident_view())
        for row in rows:
            row["note"] = answers.only_in_note(row["only_in"]) if row["only_in"] else None
        return rows

    def toggle_url(self):
        base = self.context.absolute_url()
        return base if self.resident_view() else f"{base}?ansicht={RESIDENT_VIEW}"

    def form_title(self):
        if self.resident_view():
            return self.context.resident_form_title or self.context.form_title
        return self.context.form_title

    def languages(self):
        """The three languages of a case, each named: (id, label, name)."""
        case = self.context
        return [
            (
                "case-language",
                _("label_case_page_language", default="Page language of the submitter"),
                self.language_name(case.submission_language),
            ),
            (
                "case-form-language",
                _("label_case_form_language", default="Language of the form"),
                self.language_name(case.form_language),
            ),
            (
                "case-contact-language",
                _("label_case_contact_language", default="Contact language"),
                self.language_name(case.contact_language),
            ),
        ]

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

    def language_name(self, code):
        """A language in the page's language and by its own name, e.g. "Rumänisch, Română (ro)"."""
        if not code:
            return translate(_("language_unknown", default="unknown"), context=self.request)
        info = getUtility(IContentLanguageAvailability).getLanguages().get(code, {})
        name = translate(language_name(code), context=self.request)
        native = info.get("native")
        return f"{name}, {native} ({code})" if native and native != name else f"{name} ({code})"


class CaseAttachmentView(BrowserView):
    """Download an attachment; always as a download, never rendered inline."""

    def __call__(self):
        try:
            blob = self.context.attachments[int(self.request.form.get("index", ""))]
        except (ValueError, IndexError, TypeError):
            raise NotFound("No such attachment") from None
        return send_attachment(self.request.response, blob)


class ForwardCaseView(BrowserView):
    """Forward a case to another unit (transition weiterleiten; workflow.py moves it)."""

    error = None

    def units(self):
        current = self.context.aq_parent.getId()
        return [u for u in active_units() if u.key != current and case_folder(u.key) is not None]

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
            api.portal.show_message(_("msg_case_forwarded", default="The case has been forwarded."), self.request)
            self.request.response.redirect(back_url)
            return ""
        return self.index()
