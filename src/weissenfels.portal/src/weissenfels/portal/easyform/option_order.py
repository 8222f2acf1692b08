"""A form saved in easyform's field editor keeps the order of its choice options.

The cause is upstream: plone.supermodel (3.0.0, still so on its main branch) writes the
options of a Choice whose terms have titles (`<element key="yes">Ja</element>`) as an
OrderedDictField, and `plone.supermodel.utils.valueToElement` writes every dict field
with `for k, v in sorted(value.items())`, i.e. sorted by token. easyform 5.0.2 stores the
form's fields with `serializeSchema` (collective.easyform.api.set_fields) after every save
in the field editor (plone.schemaeditor 5.0.1), so each save re-sorted every choice of the
form: "Ja/Nein" became "Nein/Ja", "Sonstiges" (token "other") landed in the middle. The
parsed schema still holds the editor's order (plone.schemaeditor's ChoiceFieldFactory and
plone.supermodel's ChoiceHandler build the vocabulary in the given order); only the XML
loses it.

On a save, after easyform has written the model (ZCML order), the options of every choice
(and of every checkbox group's value type) are put back in the order of the schema the
editor saved. Nothing upstream is patched; a model saved as XML (modeleditor) is stored as
written and never needs this.
"""

from Acquisition import aq_parent
from lxml import etree
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import IVocabularyTokenized


SCHEMA_NS = "http://namespaces.plone.org/supermodel/schema"


def keep_option_order(fields_context, event):
    """Subscriber (IEasyFormFieldsContext, ISchemaModifiedEvent), after easyform's updateFields."""
    form = aq_parent(fields_context)
    model = form.fields_model
    ordered = options_in_schema_order(model, fields_context.schema)
    if ordered != model:
        form.fields_model = ordered


def options_in_schema_order(model, schema):
    """The model's XML with each choice's <values> in the order of the schema's vocabulary."""
    root = etree.fromstring(model.encode("utf-8"))
    changed = False
    for element in root.iter(f"{{{SCHEMA_NS}}}field"):
        field = schema.get(element.get("name"))
        if field is None:
            continue
        for values, vocabulary in _values_elements(element, field):
            changed |= _reorder(values, [str(term.value) for term in vocabulary])
    return etree.tostring(root, encoding="unicode") if changed else model


def _values_elements(element, field):
    """(the <values> element, the vocabulary) of a Choice, or of a Set/List of Choice."""
    if ICollection.providedBy(field):
        holder, field = element.find(f"{{{SCHEMA_NS}}}value_type"), field.value_type
    else:
        holder = element
    vocabulary = getattr(field, "vocabulary", None)
    if holder is None or not IVocabularyTokenized.providedBy(vocabulary):
        return []
    values = holder.find(f"{{{SCHEMA_NS}}}values")
    return [] if values is None else [(values, vocabulary)]


def _reorder(values, order):
    children = list(values)
    position = {key: index for index, key in enumerate(order)}
    keys = [child.get("key") for child in children]
    if None in keys or any(key not in position for key in keys):
        return False  # options without keys are written in order; an unknown key: leave it
    wanted = sorted(children, key=lambda child: position[child.get("key")])
    if wanted == children:
        return False
    tails = [child.tail for child in children]  # keep the pretty-printing where it was
    for child in children:
        values.remove(child)
    for child, tail in zip(wanted, tails, strict=True):
        child.tail = tail
        values.append(child)
    return True
