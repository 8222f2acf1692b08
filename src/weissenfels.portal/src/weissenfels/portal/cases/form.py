"""The public easyform forms on this site: spam defences, upload limits, the case thank-you page.

Replaces easyform's "view" on the add-on's layer. Everything else is easyform's: fields,
validation, actions (action.py creates the case). A POST is counted toward the
rate limit and its body size checked before the form reads anything; uploads are checked
(size, type, pixels, active PDF content) while the form validates and never kept between
attempts (cases/public_uploads.py).
"""

from collective.easyform.api import get_schema
from collective.easyform.browser.view import EasyFormForm
from collective.easyform.browser.view import EasyFormFormWrapper
from functools import cached_property
from plone import api
from plone.namedfile.interfaces import INamed
from plone.namedfile.interfaces import INamedField
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from urllib.parse import quote
from weissenfels.portal import _
from weissenfels.portal.cases import abuse
from weissenfels.portal.cases.action import REQUEST_KEY
from weissenfels.portal.cases.mail import site_name
from weissenfels.portal.cases.mail_html import Reference
from weissenfels.portal.cases.public_uploads import body_limit
from weissenfels.portal.cases.public_uploads import IPublicFormRequest
from weissenfels.portal.cases.public_uploads import refuse_large_body
from weissenfels.portal.cases.uploads import check_upload
from weissenfels.portal.cases.uploads import UploadRejected
from weissenfels.portal.multilingual.direction import RTL_LANGUAGES
from weissenfels.portal.multilingual.fallback import UNTRANSLATED
from weissenfels.portal.multilingual.fallback import wanted_language
from weissenfels.portal.security.form_input import bad_form_input
from weissenfels.portal.units.retire import closed_unit
from weissenfels.portal.units.retire import successor_page
from z3c.form.interfaces import IErrorViewSnippet
from zope.annotation.interfaces import IAnnotations
from zope.component import getMultiAdapter
from zope.i18n import translate
from zope.interface import directlyProvidedBy
from zope.interface import directlyProvides
from zope.interface import Invalid
from zope.schema import getFieldsInOrder
from zope.schema import ValidationError
from zope.schema.interfaces import IInt
from ZPublisher.HTTPRequest import FileUpload
from ZTUtils import make_query


def mark_public_form_request(request):
    """Marks the request IPublicFormRequest, first among its layers.

    alsoProvides would append the marker after the layers the site gave the request, and a
    template registered for one of those wins the lookup: on a site made by `make start`,
    plone.app.z3cform's IPloneFormLayer (its file_input.pt, with "keep the existing file"
    and an upload id) came before it, so a resident whose submission had an error was told
    the photo was kept, which it was not (cases/public_uploads.py)."""
    others = [layer for layer in directlyProvidedBy(request) if layer is not IPublicFormRequest]
    directlyProvides(request, IPublicFormRequest, *others)


class CaseForm(EasyFormForm):
    form_template = ViewPageTemplateFile("templates/case_form.pt")
    case_thanks_template = ViewPageTemplateFile("templates/case_thanks.pt")

    honeypot_field = abuse.HONEYPOT_FIELD
    started_field = abuse.STARTED_FIELD

    @cached_property
    def schema(self):
        # easyform parses the form's XML model on every use of `schema`, once per field
        # while updating and validating: half the time of a submission. Once per request
        # is enough; the model does not change while a request is answered.
        return get_schema(self.context)

    rate_limited = False
    resent = False

    def update(self):
        mark_public_form_request(self.request)
        limit = body_limit(self.file_field_count())  # read on every view: IPubStart's check uses it
        if self.request.method == "POST":
            self.rate_limited = abuse.count_attempt(self.request)
            refuse_large_body(self.request, limit)
        refuse_converted_values(self.request)
        single_uploads(self.request)
        latin_digits(self.request, self.schema)
        # The same form sent again (abuse.first_send): not validated again, since the photos a
        # browser sends again from its history may come back empty; the action shows the receipt.
        self.resent = self.request.method == "POST" and abuse.first_send(self.request) is not None
        # After a validation error keep the first start time: fixing a field is not a bot.
        self._started_token = self.request.form.get(abuse.STARTED_FIELD) or abuse.started_token()
        super().update()
        if self.thanksPage and self.created_case:
            self.template = self.case_thanks_template
        if self.request.method == "POST":
            # The widgets hold their values now. Plone's language selector copies the
            # request's form into its links (plone.app.multilingual addQuery): without
            # this, every answer a resident typed would land in the page's URLs.
            wanted = wanted_language(self.request)
            self.request.form.clear()
            if wanted:
                self.request.form[UNTRANSLATED] = wanted

    def file_field_count(self):
        return len([name for name, field in getFieldsInOrder(self.schema) if INamedField.providedBy(field)])

    def extractData(self, setErrors=True):
        """easyform's validation, then the uploads' checks (cheap: nothing is decoded), so
        that a refused file is named at its field; a blocked client gets only its refusal."""
        data, errors = super().extractData(setErrors=setErrors and not self.resent)
        if self.rate_limited:
            return data, (*errors, self._error(Invalid(abuse.RATE_LIMITED), None, setErrors))
        if self.resent:
            return data, ()
        for widget in self._all_widgets():
            value = data.get(widget.field.__name__)
            if not INamed.providedBy(value) or widget.error is not None:
                continue
            try:
                check_upload(value.data)
            except UploadRejected as rejected:
                error = ValidationError()
                error.doc = lambda message=rejected.message: message
                errors += (self._error(error, widget, setErrors),)
        return data, errors

    def _all_widgets(self):
        for form in [self, *self.groups]:
            yield from form.widgets.values()

    def _error(self, error, widget, set_errors):
        field = widget.field if widget is not None else None
        snippet = getMultiAdapter((error, self.request, widget, field, self, self.context), IErrorViewSnippet)
        snippet.update()
        if set_errors:
            if widget is not None:
                widget.error = snippet
            self.widgets.errors += (snippet,)
        return snippet

    def action(self):
        """easyform's action, keeping ?untranslated=<language>: a visitor reading the German
        form instead of theirs keeps the notice on the page that answers the sending."""
        action = super().action()
        wanted = wanted_language(self.request)
        return f"{action}?{make_query({UNTRANSLATED: wanted})}" if wanted else action

    @property
    def created_case(self):
        return IAnnotations(self.request).get(REQUEST_KEY)

    def started_token(self):
        return self._started_token

    def status_url(self):
        language = self.created_case["language"]
        return f"{api.portal.get().absolute_url()}/{language}/@@vorgang-status"

    def codes_file(self):
        """Reference, code and status page as a small text file to save (a data: URL made in
        the page itself: the code never travels in a URL to the server)."""
        case = self.created_case
        language = case["language"]
        # In an Arabic file the reference, the code and the address stay left to right (isolates).
        message = _(
            "case_codes_file",
            default="${site}\nReference: ${reference}\nStatus code: ${code}\nStatus page: ${url}\n",
            mapping={
                "site": site_name(),
                "reference": Reference(case["reference"]).plain(language),
                "code": Reference(case["code"]).plain(language),
                "url": Reference(self.status_url()).plain(language),
            },
        )
        text = translate(message, target_language=language).replace("\n", "\r\n")
        return "data:text/plain;charset=utf-8," + quote(text)


def refuse_converted_values(request):
    """A browser sends text and files. A crafted field name with a Zope converter
    (`people_count:int`, `:boolean`, `:record`) turns its value into another type, which
    z3c.form's widgets fail on with a 500 (found by tests/security/test_fuzz.py): 400 instead,
    like other form data that cannot be read (security/form_input.py)."""
    for name, value in request.form.items():
        if not name.startswith("form."):  # not the form's widgets or buttons: z3c.form ignores it
            continue
        items = value if isinstance(value, (list, tuple)) else [value]
        if not all(isinstance(item, (str, FileUpload)) for item in items):
            raise bad_form_input(f"{name}: {type(value).__name__} where a form sends text")


# Arabic-Indic (U+0660-0669) and Persian (U+06F0-06F9) digits as Latin ones.
LATIN_DIGITS = str.maketrans(
    {chr(0x0660 + n): str(n) for n in range(10)} | {chr(0x06F0 + n): str(n) for n in range(10)}
)


def latin_digits(request, schema):
    """A number typed with an Arabic keyboard (U+0667) is the number 7: z3c.form's integer
    converter reads Latin digits only and told an Arabic resident "not a whole number"
    (issue 18). Number fields only; what they write in text fields stays as written."""
    for name, field in getFieldsInOrder(schema):
        key = f"form.widgets.{name}"
        if IInt.providedBy(field) and isinstance(request.form.get(key), str):
            request.form[key] = request.form[key].translate(LATIN_DIGITS)


def single_uploads(request):
    """One file per file field, as a browser sends it. Two parts under one field name made
    plone.formwidget.namedfile fail with a 500 (found by tests/security/test_fuzz.py)."""
    for name, value in list(request.form.items()):
        if isinstance(value, list) and any(isinstance(item, FileUpload) for item in value):
            request.form[name] = value[0]


class CaseFormView(EasyFormFormWrapper):
    form = CaseForm
    index = ViewPageTemplateFile("templates/case_form_layout.pt")
    closed_template = ViewPageTemplateFile("templates/case_form_closed.pt")

    def __call__(self):
        # A retired unit's form takes nothing more (units/retire.py) and shows where to go.
        self.closed_unit = closed_unit(self.context)
        if self.closed_unit is not None:
            return self.closed_template()
        return super().__call__()

    def form_language(self):
        """The language of what the form view shows: the form's own, the visitor's on the
        thank-you page (written in the submission language)."""
        form = self.form_instance
        if getattr(form, "thanksPage", False) and getattr(form, "created_case", None):
            return form.created_case["language"]
        return self.context.Language() or "de"

    def form_direction(self):
        return "rtl" if self.form_language() in RTL_LANGUAGES else "ltr"

    def successor(self):
        return successor_page(self.closed_unit, wanted_language(self.request) or self.context.Language())
