"""Second line of defence: easyform runs only scripts and expressions approved on the form.

guard.py refuses unpermitted saves on every path we know; this module makes a path nobody
listed harmless too. Before collective.easyform 5.0.2 evaluates a TALES expression
(`collective.easyform.api.get_expression`), renders a mailer's page template
(`Mailer.get_mail_body`), validates a field by its TValidator
(`FieldExtenderValidator.validate`) or runs a CustomScript (`CustomScript.executeCustomScript`, which
switches off Zope's proxy-role check), the definition must be recorded as approved on the
form (logic.approve: saved by a user holding the permission). Otherwise nothing runs: the
refusal is logged and the request ends with a clear 503 page ("this form cannot be used at
the moment"), its transaction aborted, so nothing the request did is stored.

These are patches: easyform has no component hook for evaluating its expressions or running
its scripts. `get_expression` is imported by name into easyform's view, fields and actions
modules, so each module's reference is replaced, not only the api's.
"""

from Acquisition import aq_chain
from Acquisition import aq_inner
from collective.easyform import actions as easyform_actions
from collective.easyform import api as easyform_api
from collective.easyform import fields as easyform_fields
from collective.easyform.browser import view as easyform_view
from collective.easyform.interfaces import IEasyForm
from collective.easyform.interfaces import IFieldExtender
from collective.easyform.interfaces import IMailer
from Products.Five import BrowserView
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.easyform import logic
from weissenfels.portal.security.rest import short_error_answer
from zExceptions import HTTPServiceUnavailable
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import Interface


ORIGINAL_GET_EXPRESSION = easyform_api.get_expression
ORIGINAL_EXECUTE_SCRIPT = easyform_actions.CustomScript.executeCustomScript
ORIGINAL_MAIL_BODY = easyform_actions.Mailer.get_mail_body
ORIGINAL_VALIDATE = easyform_fields.FieldExtenderValidator.validate

MESSAGE = _(
    "error_form_logic_unapproved",
    default="This form cannot be used at the moment. Nothing was stored. Please try again later "
    "or contact us by phone or e-mail (see the imprint).",
)


class IUnapprovedFormLogic(Interface):
    """Marks the error raised instead of running code nobody approved."""


class ServiceUnavailable(HTTPServiceUnavailable):
    """Zope and plone.transformchain take the status from the class name: 503 by this one."""


def form_of(context):
    for obj in aq_chain(aq_inner(context)):
        if IEasyForm.providedBy(obj):
            return obj
    return None


def require_approval(form, definition, what):
    if form is None or logic.is_approved(form, definition):
        return
    logger.warning(
        "Did not run the unapproved %s of %s (an administrator must save the form): %r",
        what,
        form.absolute_url(),
        definition[:200],
    )
    # The resident's message as the error's text: easyform shows a TValidator's error as is.
    error = ServiceUnavailable(translate(MESSAGE, context=getRequest()))
    alsoProvides(error, IUnapprovedFormLogic)
    raise error


def get_expression(context, expression_string, **kwargs):
    require_approval(form_of(context), expression_string, "TALES expression")
    return ORIGINAL_GET_EXPRESSION(context, expression_string, **kwargs)


def execute_custom_script(self, result, form, req):
    require_approval(form_of(form), logic.script_definition(self), f"script {self.__name__}")
    return ORIGINAL_EXECUTE_SCRIPT(self, result, form, req)


def get_mail_body(self, unsorted_data, request, context):
    if self.body_pt != IMailer["body_pt"].default:
        require_approval(form_of(context), self.body_pt, f"mail template of {self.__name__}")
    return ORIGINAL_MAIL_BODY(self, unsorted_data, request, context)


def validate(self, value):
    # Checked before easyform's validator, which turns any error of a TValidator into
    # Invalid(exception), and z3c.form fails rendering that (TypeError, 500).
    expression = getattr(IFieldExtender(self.field), "TValidator", None)
    if expression:
        require_approval(form_of(self.context), expression, "TALES expression")
    return ORIGINAL_VALIDATE(self, value)


def patch():
    for module in (easyform_api, easyform_view, easyform_fields, easyform_actions):
        module.get_expression = get_expression
    easyform_actions.CustomScript.executeCustomScript = execute_custom_script
    easyform_actions.Mailer.get_mail_body = get_mail_body
    easyform_fields.FieldExtenderValidator.validate = validate  # GroupFieldExtenderValidator inherits it


class UnapprovedFormLogicView(BrowserView):
    """The exception view of IUnapprovedFormLogic: 503, a short page or JSON."""

    def __call__(self):
        message = translate(MESSAGE, context=self.request)
        title = translate(_("error_form_logic_unapproved_title", default="Form not available"), context=self.request)
        return short_error_answer(self.request, 503, "ServiceUnavailable", title, message, "form-unavailable")
