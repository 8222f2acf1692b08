"""A required group of checkboxes needs at least one tick.

zope.schema calls a field "missing" only when its value equals the field's missing_value
(None for a Set or List). z3c.form 6.1's CollectionSequenceDataConverter turns a checkbox
group with nothing ticked (only its empty marker sent) into an empty set, not None, so
`Field.validate` never raises RequiredMissing and collective.easyform 5.0.2's
FieldExtenderValidator, which delegates to it, lets the empty answer through: a required
"Welche Probleme gibt es?" was stored with no problem named.

This validator, registered on the add-on's layer for easyform's forms and collection fields
(more specific than easyform's), refuses an empty collection of a required field with the
same RequiredMissing every other required field gives ("Erforderliche Eingabe fehlt.", in
the form's language through the zope domain), then runs easyform's validation as before.
"""

from collective.easyform.fields import FieldExtenderValidator
from collective.easyform.interfaces import IEasyForm
from collective.easyform.interfaces import IEasyFormForm
from weissenfels.portal.interfaces import IBrowserLayer
from z3c.form.interfaces import IValidator
from z3c.form.interfaces import NOT_CHANGED
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import RequiredMissing


@implementer(IValidator)
@adapter(IEasyForm, IBrowserLayer, IEasyFormForm, ICollection, Interface)
class RequiredCollectionValidator:
    def __init__(self, context, request, view, field, widget):
        self.context = context
        self.request = request
        self.view = view
        self.field = field
        self.widget = widget

    def validate(self, value, force=False):
        if self.field.required and is_empty(value) and not getattr(self.widget, "ignoreRequiredOnValidation", False):
            raise RequiredMissing(self.field.__name__).with_field_and_value(self.field, value)
        FieldExtenderValidator(self.context, self.request, self.view, self.field, self.widget).validate(value)


def is_empty(value):
    return value is not NOT_CHANGED and value is not None and not isinstance(value, str) and len(value) == 0
