"""How an answer is stored on a case: field id, option tokens, and two snapshots.

A case keeps, per field the resident answered, one row (a dict) in `submitted_values`:

    {"id": field id,
     "label": the GERMAN label,  "value": the answer in German (option titles, Ja/Nein,
                                           dates), free text exactly as written,
     "tokens": [option tokens] (choices only: what the figures count across languages),
     "option_titles": [the German title of each token] (choices only),
     "resident_label": the label the resident read, "resident_value": the answer as they saw it,
     "only_in": the form's language when the German form has no such field, else ""}

The German snapshot comes from the German form of the form's translation group (PAM),
matched by field id and option token, at submission: a field renamed or removed later
does not change old cases. A field that exists only in the resident's form keeps that
form's label (and the view adds "nur im … Formular"). Every reader that wants the team's
view reads "label"/"value"; the resident's view is "resident_label"/"resident_value".
"""

from collective.easyform.api import get_schema
from datetime import date
from datetime import datetime
from plone.app.multilingual.interfaces import ITranslationManager
from weissenfels.portal import _
from weissenfels.portal.formatting import format_date
from weissenfels.portal.formatting import format_datetime
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import LANGUAGES
from zope.i18n import translate
from zope.schema import getFieldsInOrder
from zope.schema.interfaces import IBool
from zope.schema.interfaces import IChoice
from zope.schema.interfaces import ICollection


# The field whose option token is the language the resident wants to be contacted in
# (the action's default; ICreateCase.language_field).
CONTACT_LANGUAGE_FIELD = "preferred_language"


def german_form(form):
    """The German form of the form's translation group (the form itself if German), or None."""
    if (form.Language() or DEFAULT_LANGUAGE) == DEFAULT_LANGUAGE:
        return form
    try:
        return ITranslationManager(form).get_translation(DEFAULT_LANGUAGE)
    except (TypeError, LookupError):
        return None


def german_title(form):
    german = german_form(form)
    return (german if german is not None else form).Title()


def german_fields(form):
    """{field id: field} of the German form ({} when there is none)."""
    german = german_form(form)
    if german is None:
        return {}
    return dict(getFieldsInOrder(get_schema(german)))


def tokens_of(field, value):
    """The option tokens of a choice answer, in the order the form lists them; None if the
    field is no choice."""
    if value is None:
        return [] if _is_choice(field) else None
    if ICollection.providedBy(field) and IChoice.providedBy(field.value_type):
        vocabulary = getattr(field.value_type, "vocabulary", None)
        listed = (
            [term.token for term in vocabulary] if vocabulary is not None and hasattr(vocabulary, "__iter__") else []
        )
        items = [_token(field.value_type, item) for item in value]
        return [t for t in listed if t in items] + [t for t in items if t not in listed]
    if IChoice.providedBy(field):
        return [_token(field, value)]
    return None


def _is_choice(field):
    return IChoice.providedBy(field) or (ICollection.providedBy(field) and IChoice.providedBy(field.value_type))


def _token(field, value):
    vocabulary = getattr(field, "vocabulary", None)
    if vocabulary is not None and hasattr(vocabulary, "getTerm"):
        try:
            return str(vocabulary.getTerm(value).token)
        except LookupError:
            pass
    return str(value)


def option_title(field, token):
    """The title of an option of a choice field (or of its value type) by token, or None."""
    if field is None:
        return None
    if ICollection.providedBy(field):
        field = field.value_type
    vocabulary = getattr(field, "vocabulary", None)
    if vocabulary is None or not hasattr(vocabulary, "getTermByToken"):
        return None
    try:
        term = vocabulary.getTermByToken(token)
    except LookupError:
        return None
    return str(term.title or term.value)


def display_value(field, value, language):
    """The submitted value as text a person reads: option titles, not tokens."""
    if value is None:
        return ""
    if IBool.providedBy(field):
        message = _("value_yes", default="Yes") if value else _("value_no", default="No")
        return translate(message, target_language=language)
    tokens = tokens_of(field, value)
    if tokens is not None:
        return ", ".join(option_title(field, token) or token for token in tokens)
    if isinstance(value, datetime):
        return format_datetime(value, language)
    if isinstance(value, date):
        return format_date(value, language)
    if hasattr(value, "raw"):
        return value.raw
    return str(value)


def answer_row(name, field, value, form_language, german_field):
    """One stored answer (see the module's docstring). `value` is what easyform parsed; an
    upload is passed as its file name."""
    resident_value = display_value(field, value, form_language)
    tokens = tokens_of(field, value)
    row = {
        "id": name,
        "resident_label": str(field.title),
        "resident_value": resident_value,
        "only_in": "",
    }
    if tokens is not None:
        row["tokens"] = tokens
    if german_field is None:
        row["label"] = row["resident_label"]
        row["only_in"] = form_language if form_language != DEFAULT_LANGUAGE else ""
        if tokens is not None:
            row["option_titles"] = [option_title(field, token) or token for token in tokens]
            row["value"] = resident_value
        elif IBool.providedBy(field):
            row["value"] = display_value(field, value, DEFAULT_LANGUAGE)
        else:
            row["value"] = _german_text(value, resident_value)
        return row
    row["label"] = str(german_field.title)
    if tokens is not None:
        row["option_titles"] = [
            option_title(german_field, token) or option_title(field, token) or token for token in tokens
        ]
        row["value"] = ", ".join(row["option_titles"])
    elif IBool.providedBy(field):
        row["value"] = display_value(field, value, DEFAULT_LANGUAGE)
    else:
        row["value"] = _german_text(value, resident_value)
    return row


def _german_text(value, resident_value):
    """Free text stays as written; dates are shown the German way."""
    if isinstance(value, datetime):
        return format_datetime(value, DEFAULT_LANGUAGE)
    if isinstance(value, date):
        return format_date(value, DEFAULT_LANGUAGE)
    return resident_value


def contact_language(rows, field_id=CONTACT_LANGUAGE_FIELD):
    """The language code the resident chose in the contact-language question, or None."""
    for row in rows:
        if row.get("id") == field_id:
            for token in row.get("tokens") or ():
                if token in LANGUAGES:
                    return token
    return None


def is_current_format(row):
    return "resident_label" in row


def view_rows(case, resident=False):
    """The rows a page shows: [{"id", "label", "value", "only_in"}] in the team's (German)
    view or, with `resident`, as the resident saw them. Rows stored before the two snapshots
    (see the upgrade 2026113012) show what they hold."""
    rows = []
    for row in case.submitted_values or ():
        if resident:
            label = row.get("resident_label", row.get("label"))
            value = row.get("resident_value", row.get("value"))
        else:
            label, value = row.get("label"), row.get("value")
        rows.append(
            {"id": row.get("id"), "label": label or "", "value": value or "", "only_in": row.get("only_in") or ""}
        )
    return rows


ONLY_IN_NOTES = {
    "de": _("note_only_in_form_de", default="only in the German form"),
    "en": _("note_only_in_form_en", default="only in the English form"),
    "ro": _("note_only_in_form_ro", default="only in the Romanian form"),
    "pl": _("note_only_in_form_pl", default="only in the Polish form"),
    "bg": _("note_only_in_form_bg", default="only in the Bulgarian form"),
    "hu": _("note_only_in_form_hu", default="only in the Hungarian form"),
    "ar": _("note_only_in_form_ar", default="only in the Arabic form"),
    "uk": _("note_only_in_form_uk", default="only in the Ukrainian form"),
}


def only_in_note(code):
    return ONLY_IN_NOTES.get(code) or _(
        "note_only_in_form", default="only in the ${language} form", mapping={"language": code}
    )
