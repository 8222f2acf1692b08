"""First line of defence: a form's logic is saved only by who holds easyform's permission.

Whatever path writes an EasyForm (the XML model editors, the field and action editors, the
settings form, REST PATCH/POST, copy and paste, import), its guarded elements (logic.py)
before and after are compared, and a change by a user without the guarding permission is
refused: the transaction is doomed (nothing of the request is committed, even if a view
catches the exception) and a 403 with a translated message answers. The subscribers:

- IObjectAddedEvent: a new, pasted or imported form, compared with a new form's defaults;
- IObjectModifiedEvent: the settings form and REST PATCH;
- ISchemaModifiedEvent: easyform's field and action editors;
- IPubBeforeCommit: the catch-all, every EasyForm the request changed, compared with its
  committed state, for any path nobody listed.

The model editors check before saving and answer with a status message (browser/modeleditor.py).
A permitted save records the form's code as approved (logic.approve) for runtime.py.
"""

from AccessControl import getSecurityManager
from Acquisition import aq_base
from Acquisition import aq_parent
from collective.easyform.interfaces import IEasyForm
from plone import api
from plone.app.uuid.utils import uuidToObject
from plone.uuid.interfaces import IUUID
from Products.Five import BrowserView
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.easyform import logic
from weissenfels.portal.security.rest import short_error_answer
from zExceptions import Forbidden
from ZODB.POSException import POSKeyError
from ZODB.utils import z64
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import Interface

import transaction


class IFormLogicRefused(Interface):
    """Marks a Forbidden: a form's guarded logic was changed without the permission."""


def refusal_message(refused, request):
    """The translated sentence for [(element, permission)]."""
    message = _(
        "error_form_logic_refused",
        default='Not saved: ${elements} may only be changed by someone holding "${permission}" '
        "(administrators). Nothing was changed.",
        mapping={
            "elements": ", ".join(element.key for element, _reason in refused),
            "permission": ", ".join(sorted({reason for _element, reason in refused})),
        },
    )
    return translate(message, context=request)


def refused_changes(form, before, after):
    refused = logic.refusals(form, before, after)
    if refused:
        user = getSecurityManager().getUser().getId()
        logger.warning(
            "Refused change of form logic on %s by %s: %s",
            form.absolute_url(),
            user,
            [element.key for element, _reason in refused],
        )
    return refused


def refuse(refused, request):
    """Dooms the transaction and raises the Forbidden that the exception view answers."""
    transaction.doom()
    error = Forbidden(refusal_message(refused, request))
    alsoProvides(error, IFormLogicRefused)
    raise error


def enforce(form, before):
    """Refuses the change from `before` to the form's current state; a permitted save
    approves the form's code the user may write (also when saved unchanged: that is how an
    administrator approves a form the upgrade scan reported)."""
    after = logic.elements_of(form)
    refused = refused_changes(form, before, after)
    if refused:
        refuse(refused, getattr(form, "REQUEST", None))
    logic.approve(form, getSecurityManager().getUser().getId())


def committed_elements(form):
    """The elements of the form as the database holds it (before this transaction)."""
    base = aq_base(form)
    jar = base._p_jar
    if jar is None or base._p_oid is None or base._p_serial == z64:
        return logic.default_elements(form)
    # The database's own storage: after a savepoint the connection reads from a temporary
    # store, which cannot load old revisions. ZODB has no public call for "committed state".
    try:
        data = jar.db().storage.loadSerial(base._p_oid, base._p_serial)
    except POSKeyError:  # created in this transaction (stored by a savepoint only)
        return logic.default_elements(form)
    return logic.elements_of_state(form, jar._reader.getState(data))


def check_added(form, event):
    """A new form is compared with easyform's defaults; what it leaves out of them (the
    default mailer's settings) is not a change anybody has to be allowed."""
    after = logic.elements_of(form)
    enforce(form, {key: element for key, element in logic.default_elements(form).items() if key in after})


def check_modified(form, event):
    enforce(form, committed_elements(form))


def check_schema_saved(context, event):
    form = aq_parent(context)
    enforce(form, committed_elements(form))


def changed_forms(jar):
    """EasyForms this transaction changed (unwrapped), including those a savepoint stored.
    Connection._registered_objects and _savepoint_storage are ZODB internals: the only way
    to see every object a request wrote, whichever code wrote it."""
    objects = list(getattr(jar, "_registered_objects", ()))
    savepoint = getattr(jar, "_savepoint_storage", None)
    if savepoint is not None:
        objects += [jar.get(oid) for oid in list(savepoint.index)]
    return {id(obj): obj for obj in objects if IEasyForm.providedBy(obj)}.values()


def wrapped(form):
    """The form in its acquisition context (local roles count), found by its UID."""
    return uuidToObject(IUUID(form, None), unrestricted=True) or form


def check_commit(event):
    """IPubBeforeCommit: the catch-all for every path that changed a form."""
    try:
        jar = api.portal.get()._p_jar
    except api.exc.CannotGetPortalError:
        return
    for form in changed_forms(jar):
        form = wrapped(form)
        enforce(form, committed_elements(form))


class FormLogicRefusedView(BrowserView):
    """The exception view of IFormLogicRefused: 403 with the message, a page or JSON."""

    def __call__(self):
        message = self.context.args[0] if self.context.args else ""
        title = translate(_("error_form_logic_refused_title", default="Not saved"), context=self.request)
        return short_error_answer(self.request, 403, "Forbidden", title, message, "form-logic-refused")
