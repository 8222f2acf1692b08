"""The field wrapper of the public case forms (easyform's and plone.app.z3cform's
`ploneform-render-widget`, overridden on the add-on's layers in cases/configure.zcml): a
checkbox or radio group is a fieldset named by its legend (upstream: a label pointing at a
div), a file field's label names its input, and a field's error and help text are tied to
its inputs (aria-describedby, aria-invalid). The consent box links the privacy notice in the
visitor's language (privacy_link)."""

from collective.easyform.browser.widgets import RenderWidget
from functools import cached_property
from plone import api
from plone.base.interfaces import ILanguage
from plone.formwidget.namedfile.interfaces import INamedFileWidget
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from weissenfels.portal import _
from weissenfels.portal.multilingual.direction import RTL_LANGUAGES
from weissenfels.portal.multilingual.fallback import fallback_url
from weissenfels.portal.multilingual.fallback import visible_translation
from weissenfels.portal.multilingual.fallback import wanted_language
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from z3c.form.interfaces import ICheckBoxWidget
from z3c.form.interfaces import IRadioWidget
from z3c.form.interfaces import ISingleCheckBoxWidget
from zope.i18n import translate


# The consent every case form asks for, and the page that explains what is consented to.
CONSENT_FIELD = "privacy_consent"
PRIVACY_PAGE_ID = "datenschutz"


def privacy_notice_url(language):
    """The privacy notice in `language`; where that language has none, the German one with the
    "not translated" notice in that language; None where the site has no privacy notice."""
    german_root = api.portal.get().get(DEFAULT_LANGUAGE)
    german = german_root.get(PRIVACY_PAGE_ID) if german_root is not None else None
    if german is None or not api.user.has_permission("View", obj=german):
        return None
    if language == DEFAULT_LANGUAGE:
        return german.absolute_url()
    translation = visible_translation(german, language)
    return translation.absolute_url() if translation is not None else fallback_url(german, language)


class AccessibleWidget(RenderWidget):
    index = ViewPageTemplateFile("templates/widget.pt")

    @property
    def is_group(self):
        widget = self.context
        if widget.mode != "input" or ISingleCheckBoxWidget.providedBy(widget):
            return False  # one box (the consent) is named by its own label
        return ICheckBoxWidget.providedBy(widget) or IRadioWidget.providedBy(widget)

    @property
    def label_for(self):
        """The id of the control the label names: a file widget's id is its wrapper's,
        the input is `<id>-input` (templates/namedfile_input.pt, case_file_input.pt)."""
        widget = self.context
        return f"{widget.id}-input" if INamedFileWidget.providedBy(widget) else widget.id

    def visitor_language(self):
        """The language the visitor reads the form in: theirs where they were sent to the German
        form because theirs is missing (?untranslated=uk), else the form's own."""
        form = getattr(self.context.form, "context", None)
        own = ILanguage(form).get_language() if form is not None else None
        return wanted_language(self.request) or own or DEFAULT_LANGUAGE

    @cached_property
    def privacy_link(self):
        """The consent box's link to the privacy notice, in the visitor's language (text too:
        on the German form shown to a Ukrainian visitor the link is Ukrainian, and says so)."""
        widget = self.context
        if widget.mode != "input" or getattr(widget.field, "__name__", None) != CONSENT_FIELD:
            return None
        language = self.visitor_language()
        url = privacy_notice_url(language)
        if url is None:
            return None
        text = _("consent_privacy_link", default="Privacy notice: how we handle your details (opens in a new tab)")
        return {
            "url": url,
            "text": translate(text, target_language=language, context=self.request),
            "lang": language,
            "dir": "rtl" if language in RTL_LANGUAGES else "ltr",
        }

    def __call__(self, *args, **kw):
        widget = self.context
        if widget.mode == "input" and hasattr(widget, "attributes"):
            described = (
                [f"{widget.id}-help"]
                if getattr(widget, "description", None) or getattr(widget.field, "description", None)
                else []
            )
            if self.privacy_link:
                described.append(f"{widget.id}-privacy")
            extra = {}
            if widget.error:
                described.append(f"{widget.id}-error")
                extra["aria-invalid"] = "true"
            if described:
                extra["aria-describedby"] = " ".join(described)
            # z3c.form keeps the attributes in one dict per widget (plone.app.z3cform's
            # widgets add theirs to it and have no setter): add ours to it too.
            widget.attributes.update(extra)
        return super().__call__(*args, **kw)
