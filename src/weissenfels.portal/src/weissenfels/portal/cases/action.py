"""The easyform action "Als Vorgang speichern": a submission becomes a Vorgang.

Registered like collective.easyform's own actions (actions.zcml there): an ActionFactory
for the actions editor and a supermodel BaseHandler, named by the action's type, which
every stored actions model holds. That type is the class's first dotted path,
`weissenfels.portal.easyform.actions.CreateCase`, and stays so (ACTION_TYPE): the
utilities are named by it, and ActionType writes it when easyform saves a model
(plone.supermodel would write the class's current module).
"""

from collective.easyform.actions import Action
from collective.easyform.actions import ActionFactory
from collective.easyform.api import get_context
from collective.easyform.api import get_schema
from collective.easyform.config import FORM_ERROR_MARKER
from collective.easyform.interfaces import IAction
from datetime import datetime
from plone import api
from plone.dexterity.utils import createContentInContainer
from plone.namedfile.interfaces import INamed
from plone.supermodel.exportimport import BaseHandler
from plone.supermodel.interfaces import IFieldNameExtractor
from weissenfels.portal import _
from weissenfels.portal.cases import abuse
from weissenfels.portal.cases import answers
from weissenfels.portal.cases import mail
from weissenfels.portal.cases.events import CaseStored
from weissenfels.portal.cases.folders import cases_root
from weissenfels.portal.cases.status import hash_status_code
from weissenfels.portal.cases.status import new_status_code
from weissenfels.portal.cases.thumbnails import store_thumbnails
from weissenfels.portal.cases.uploads import clean_upload
from weissenfels.portal.cases.uploads import UploadRejected
from weissenfels.portal.content.vorgang import next_reference
from weissenfels.portal.multilingual.fallback import wanted_language
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.units.registry import unit_by_key
from zope import schema
from zope.annotation.interfaces import IAnnotations
from zope.component import adapter
from zope.event import notify
from zope.interface import implementer
from zope.schema import getFieldsInOrder


# The type stored in every form's actions model (see the module's docstring).
ACTION_TYPE = "weissenfels.portal.easyform.actions.CreateCase"

# The question "May we contact you by e-mail?" in every case form: ticked, with an address,
# the resident hears of replies and state changes (cases/mail.py).
CONTACT_CONSENT_FIELD = "contact_by_email"

# Where the thank-you page (form.py) finds the new case's reference and code.
REQUEST_KEY = "weissenfels.portal.created_case"

CLOSED = _("error_case_unit_closed", default="This form no longer accepts submissions: the unit has been retired.")


class ICreateCase(IAction):
    """Stores each submission as a case (Vorgang) in a unit's case folder."""

    unit = schema.Choice(
        title=_("label_create_case_unit", default="Unit (case folder)"),
        description=_(
            "help_create_case_unit",
            default="Submissions become cases in /vorgaenge/<unit>; only that unit's team sees them.",
        ),
        vocabulary="weissenfels.portal.vocabularies.active_units",
        required=True,
    )
    language_field = schema.ASCIILine(
        title=_("label_create_case_language_field", default="Field with the contact language"),
        description=_(
            "help_create_case_language_field",
            default="A choice whose option tokens are language codes; mails to the resident are in that language.",
        ),
        default="preferred_language",
        required=False,
    )
    email_field = schema.ASCIILine(
        title=_("label_create_case_email_field", default="Field with the submitter's e-mail address"),
        description=_("help_create_case_email_field", default="If filled in, a receipt is sent there."),
        default="email",
        required=False,
    )


@implementer(ICreateCase)
class CreateCase(Action):
    __doc__ = ICreateCase.__doc__

    def __init__(self, **kw):
        for name, field in ICreateCase.namesAndDescriptions():
            setattr(self, name, kw.pop(name, field.default))
        super().__init__(**kw)

    def accepts_cases(self):
        try:
            return not unit_by_key(self.unit).retired
        except KeyError:
            return False

    def onSuccess(self, fields, request):
        # The form being submitted is the context of the published view. easyform's
        # get_context() reads a tagged value of the parsed schema, which parallel
        # requests share: under load it returned another request's (closed) form.
        form = getattr(request.get("PUBLISHED"), "context", None) or get_context(self)
        if not self.accepts_cases():
            # A retired unit's forms are closed (cases/form.py shows where to go instead).
            return {FORM_ERROR_MARKER: CLOSED}
        refusal = abuse.check_submission(request)
        if refusal is not None:
            return {FORM_ERROR_MARKER: refusal}
        # The answers are shown as the form the resident read showed them; the submitter's
        # language is theirs: a visitor sent to the German form because theirs is missing
        # (?untranslated=uk) gets a Ukrainian case language, receipt and status link.
        form_language = form.Language() or DEFAULT_LANGUAGE
        language = wanted_language(request) or form_language
        form_schema = get_schema(form)
        # The German form of the same translation group names every answer for the team.
        german = answers.german_fields(form)
        rows, attachments, errors = [], [], {}
        for name, field in getFieldsInOrder(form_schema):
            if name not in fields:
                continue  # server-side or disabled fields are not the resident's input
            value = fields[name]
            if INamed.providedBy(value):
                try:
                    attachments.append(clean_upload(value.data, value.filename))
                except UploadRejected as rejected:
                    errors[name] = rejected.message
                    continue
                value = value.filename
            rows.append(answers.answer_row(name, field, value, form_language, german.get(name)))
        if errors:
            return errors

        folder = cases_root()[self.unit]  # the unit's key names its case folder
        contact = answers.contact_language(rows, self.language_field or answers.CONTACT_LANGUAGE_FIELD)
        case, code = store_case(form, folder, rows, attachments, language, contact_language=contact)
        abuse.mark_sent(request, case.reference)
        IAnnotations(request)[REQUEST_KEY] = {"reference": case.reference, "code": code, "language": language}

        mail.notify_team(case, folder)
        email = fields.get(self.email_field) if self.email_field else None
        if email and fields.get(CONTACT_CONSENT_FIELD) is True:
            case.contact_email = email.strip()
        if email:
            mail.send_receipt(case, email, case.contact_language)


def store_case(form, folder, rows, attachments, language, submitted=None, contact_language=None):
    """A new case in a unit's case folder with the answers to a form (rows as
    answers.answer_row makes them); returns it and its status code (only the code's hash is
    stored). `language` is the page language the resident read; the form's own language and
    the contact language (None: the page language) are kept beside it."""
    code = new_status_code()
    # Created with the rights of the form, not the resident's: a resident never owns
    # (and so never sees) the case.
    with api.env.adopt_roles(["Manager"]):
        reference = next_reference(cases_root())
        case = createContentInContainer(
            folder, "Vorgang", checkConstraints=False, id=reference.lower(), title=reference
        )
        case.reference = reference
        case.form_uid = api.content.get_uuid(form)
        # Staff read the form's German title everywhere; the resident's title is kept.
        case.form_title = answers.german_title(form)
        case.resident_form_title = form.Title()
        case.submission_language = language
        case.form_language = form.Language() or DEFAULT_LANGUAGE
        case.contact_language = contact_language
        case.submitted = submitted or datetime.now()
        case.submitted_values = rows
        case.attachments = attachments
        store_thumbnails(case)
        case.status_code_hash = hash_status_code(code)
        for user_id in [u for u, roles in case.get_local_roles() if "Owner" in roles]:
            case.manage_delLocalRoles([user_id])
        case.reindexObject()
    notify(CaseStored(case))
    return case, code


display_value = answers.display_value  # where it was before cases/answers.py


CreateCaseAction = ActionFactory(
    CreateCase,
    _("label_create_case_action", default="Als Vorgang speichern"),
    "cmf.ManagePortal",
)
CreateCaseHandler = BaseHandler(CreateCase)


@implementer(IFieldNameExtractor)
@adapter(ICreateCase)
class ActionType:
    """The action's type in a saved actions model: ACTION_TYPE, wherever the class lives."""

    def __init__(self, field):
        self.field = field

    def __call__(self):
        return ACTION_TYPE
