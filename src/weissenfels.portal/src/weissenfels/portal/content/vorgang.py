"""Vorgang: a case made from one submission of a public form (cases/action.py)."""

from persistent import Persistent
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from weissenfels.portal import _
from ZODB.POSException import ConflictError
from zope import schema
from zope.interface import implementer

import datetime
import random
import time
import transaction


class IVorgang(model.Schema):
    """The submission fields are read-only: they are what the resident sent."""

    reference = schema.TextLine(title=_("label_case_reference", default="Reference"), readonly=True)
    form_uid = schema.ASCIILine(title=_("label_case_form_uid", default="Form (UID)"), readonly=True)
    form_title = schema.TextLine(title=_("label_case_form", default="Form"), readonly=True)
    submission_language = schema.ASCIILine(
        title=_("label_case_language", default="Language of the submitter"), readonly=True
    )
    submitted = schema.Datetime(title=_("label_case_submitted", default="Submitted"), readonly=True)
    # [{"id", "label", "value", "tokens", "resident_label", "resident_value", "only_in"}, ...]
    # in form order: German label and value, the resident's as they read it (cases/answers.py)
    submitted_values = schema.List(
        title=_("label_case_values", default="Submitted values"),
        value_type=schema.Dict(key_type=schema.TextLine(), value_type=schema.Text()),
        readonly=True,
    )
    # plone.namedfile NamedBlobFile / NamedBlobImage objects, metadata already stripped
    attachments = schema.List(
        title=_("label_case_attachments", default="Attachments"),
        value_type=schema.Object(schema=model.Schema),
        readonly=True,
        required=False,
    )
    status_code_hash = schema.ASCIILine(title="Status code hash", readonly=True)

    public_reply = schema.Text(
        title=_("label_case_public_reply", default="Public reply"),
        description=_(
            "help_case_public_reply",
            default="Shown to the submitter on the status page (with reference and status code). No personal data.",
        ),
        required=False,
    )
    internal_note = schema.Text(
        title=_("label_case_internal_note", default="Internal note"),
        description=_("help_case_internal_note", default="Only the team sees this."),
        required=False,
    )
    directives.omitted("form_uid", "submitted_values", "attachments", "status_code_hash")


@implementer(IVorgang)
class Vorgang(Item):
    """A case; the title is its reference number.

    Three languages are kept apart: `submission_language` the page language the resident
    read, `form_language` the language of the form they filled in, `contact_language` the
    one they asked to be contacted in (every mail to the resident uses it; it falls back to
    the page language when they did not choose).
    """

    submitted_values = ()
    attachments = ()
    public_reply = ""
    internal_note = ""
    form_language = None
    resident_form_title = None
    _contact_language = None

    @property
    def contact_language(self):
        return self._contact_language or self.submission_language or "de"

    @contact_language.setter
    def contact_language(self, value):
        self._contact_language = value or None


class ReferenceCounter(Persistent):
    """The running number of case references, one sequence per year.

    A plain Persistent object on purpose: two transactions that both increment it
    conflict, and the later one is retried, so no number is handed out twice.
    BTrees.Length would "resolve" such a conflict by adding up the increments and both
    transactions would keep the same number.
    """

    def __init__(self):
        self.year = None
        self.value = 0

    def next(self, year):
        if self.year != year:
            self.year = year
            self.value = 0
        self.value += 1
        return self.value


COUNTER_ATTRIBUTE = "_weissenfels_case_reference_counter"
COUNTER_ATTEMPTS = 50


def next_reference(cases_root, now=None):
    """The next reference number, e.g. WSF-2026-000123 (counter on /vorgaenge).

    The counter is incremented in its own short transaction on a second connection,
    retried on conflict. Incremented inside the submission's transaction instead, the
    conflict window is the whole request (snapshot isolation), and under 50 parallel
    submissions Zope's three retries ran out and residents got an error page. A number
    whose submission fails afterwards stays unused: references are unique, not gapless.
    """
    year = (now or datetime.datetime.now()).year
    db = cases_root._p_jar.db()
    manager = transaction.TransactionManager()
    for attempt in range(COUNTER_ATTEMPTS):
        connection = db.open(transaction_manager=manager)
        try:
            manager.begin()
            counter = getattr(connection.get(cases_root._p_oid), COUNTER_ATTRIBUTE)
            number = counter.next(year)
            manager.commit()
            return f"WSF-{year}-{number:06d}"
        except ConflictError:
            manager.abort()
            time.sleep(random.uniform(0, 0.01 * (attempt + 1)))  # noqa: S311 (backoff jitter, no secret)
        finally:
            connection.close()
    raise ConflictError("Could not allocate a case reference")
