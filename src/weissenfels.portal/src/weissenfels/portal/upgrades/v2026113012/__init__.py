"""2026113012: every case stores its answers by field id and option token, with a German
snapshot beside what the resident saw (cases/answers.py).

Cases stored before kept per field only {"id", "label", "value"}: label and option titles in
the form's language, options joined by ", ". This step reads them as the resident's view,
finds the option tokens again in the resident's form (titles in the order the form lists
them), and takes the German labels and titles from the German form of the translation group
as it is now. Fields missing in the German form keep their label and are marked as only in
the resident's form. A case whose form is gone keeps what it has. The form is then named by
its German title (the resident's title is kept), the form's language is stored and the
catalog column case_options is added; the cases are reindexed. An old free-text answer to
"In welcher Sprache sollen wir Sie kontaktieren?" that names a site language (code, or its
name in German, English or itself) becomes the case's contact language.

Every form's question `preferred_language`, free text until now, becomes a choice of the
site's languages (tokens = language codes, titles = each language's own name), as the demo
forms now create it.
"""

from collective.easyform.api import get_schema
from datetime import datetime
from plone import api
from plone.app.uuid.utils import uuidToObject
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.cases import answers
from weissenfels.portal.languages import OWN_NAMES
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import LANGUAGES
from zope.i18n import translate
from zope.schema import getFieldsInOrder
from zope.schema.interfaces import IBool
from zope.schema.interfaces import ICollection
from zope.schema.interfaces import IDate
from zope.schema.interfaces import IDatetime

import transaction


COLUMN = "case_options"
YES = _("value_yes", default="Yes")
NO = _("value_no", default="No")


def tokens_from_titles(field, text):
    """The tokens whose titles, in the form's order and joined by ", ", make up `text`."""
    vocabulary_field = field.value_type if ICollection.providedBy(field) else field
    vocabulary = getattr(vocabulary_field, "vocabulary", None)
    if vocabulary is None or not hasattr(vocabulary, "__iter__"):
        return None
    tokens, rest = [], text or ""
    for term in vocabulary:
        title = str(term.title or term.value)
        if rest == title or rest.startswith(title + ", "):
            tokens.append(str(term.token))
            rest = rest[len(title) + 2 :]
        if not rest:
            break
    return tokens if not rest else None


def migrate_row(row, field, german_field, form_language):
    """A row stored the old way in the new format (see the module's docstring)."""
    new = {
        "id": row.get("id"),
        "resident_label": row.get("label") or "",
        "resident_value": row.get("value") or "",
        "only_in": "",
    }
    value = new["resident_value"]
    tokens = tokens_from_titles(field, value) if field is not None and answers._is_choice(field) else None
    if tokens is not None:
        new["tokens"] = tokens
    if field is not None and german_field is None:
        new["label"] = new["resident_label"]
        new["only_in"] = form_language if form_language != DEFAULT_LANGUAGE else ""
    elif german_field is not None:
        new["label"] = str(german_field.title)
    else:
        new["label"] = new["resident_label"]  # the form no longer has the field: keep it as it was
    if tokens is not None:
        new["option_titles"] = [
            answers.option_title(german_field, t) or answers.option_title(field, t) or t for t in tokens
        ]
        new["value"] = ", ".join(new["option_titles"])
    elif field is not None and IBool.providedBy(field) and value:
        yes = translate(YES, target_language=form_language)
        new["value"] = translate(YES if value == yes else NO, target_language=DEFAULT_LANGUAGE)
    elif field is not None and (IDate.providedBy(field) or IDatetime.providedBy(field)) and value:
        new["value"] = german_date(value)
    else:
        new["value"] = value
    return new


def german_date(text):
    for parse, show in (("%Y-%m-%d %H:%M", "%d.%m.%Y, %H:%M"), ("%Y-%m-%d", "%d.%m.%Y")):
        try:
            return datetime.strptime(text, parse).strftime(show)
        except ValueError:
            continue
    return text


def migrate_case(case):
    """True if the case was stored the old way and is now migrated."""
    rows = list(case.submitted_values or ())
    if rows and all(answers.is_current_format(row) for row in rows):
        return False
    form = uuidToObject(case.form_uid) if case.form_uid else None
    form_language = (form.Language() if form is not None else None) or case.submission_language or DEFAULT_LANGUAGE
    fields = dict(getFieldsInOrder(get_schema(form))) if form is not None else {}
    german = answers.german_fields(form) if form is not None else {}
    case.submitted_values = [
        row
        if answers.is_current_format(row)
        else migrate_row(row, fields.get(row.get("id")), german.get(row.get("id")), form_language)
        for row in rows
    ]
    if getattr(case, "resident_form_title", None) is None:
        case.resident_form_title = case.form_title
        if form is not None:
            case.form_title = answers.german_title(form)
    if getattr(case, "form_language", None) is None:
        case.form_language = form_language
    return True


# How people wrote a language by hand: code, own name, German and English name.
LANGUAGE_NAMES = {
    "de": ("deutsch", "german"),
    "en": ("english", "englisch"),
    "ro": ("română", "romana", "rumänisch", "romanian"),
    "pl": ("polski", "polnisch", "polish"),
    "bg": ("български", "bulgarisch", "bulgarian"),
    "hu": ("magyar", "ungarisch", "hungarian"),
    "ar": ("العربية", "arabisch", "arabic"),
    "uk": ("українська", "ukrainisch", "ukrainian"),
}


def language_from_text(text):
    wanted = (text or "").strip().lower()
    for code, names in LANGUAGE_NAMES.items():
        if wanted == code or wanted in names:
            return code
    return None


def contact_language_from_text(case):
    """The contact language from the old answer: an option of the choice it is now, or a
    language named by hand."""
    if getattr(case, "_contact_language", None):
        return
    code = answers.contact_language(case.submitted_values or ())
    for row in case.submitted_values or ():
        if not code and row.get("id") == answers.CONTACT_LANGUAGE_FIELD:
            code = language_from_text(row.get("resident_value") or row.get("value"))
    if code:
        case.contact_language = code


def language_choice(model):
    """The forms' model with the text question preferred_language as a choice of languages."""
    from lxml import etree

    root = etree.fromstring(model.encode("utf-8"))
    changed = False
    for field in root.iter("{http://namespaces.plone.org/supermodel/schema}field"):
        if field.get("name") != answers.CONTACT_LANGUAGE_FIELD or field.get("type") != "zope.schema.TextLine":
            continue
        field.set("type", "zope.schema.Choice")
        namespace = "{http://namespaces.plone.org/supermodel/schema}"
        for old in field.findall(f"{namespace}values") + field.findall(f"{namespace}default"):
            field.remove(old)
        values = etree.SubElement(field, f"{namespace}values")
        for code in LANGUAGES:
            element = etree.SubElement(values, f"{namespace}element", key=code)
            element.text = OWN_NAMES.get(code, code)
        changed = True
    return etree.tostring(root, encoding="unicode") if changed else None


def forms_language_choice(context):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="EasyForm"):
        form = brain._unrestrictedGetObject()
        model = language_choice(form.fields_model or "") if form.fields_model else None
        if model is not None:
            form.fields_model = model
            logger.info("%s: the contact language is now a choice", form.absolute_url_path())


def migrate_cases(context):
    catalog = api.portal.get_tool("portal_catalog")
    if COLUMN not in catalog.schema():
        catalog.addColumn(COLUMN)
    done = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="Vorgang"):
        case = brain._unrestrictedGetObject()
        if migrate_case(case):
            contact_language_from_text(case)
            done += 1
        # Metadata (case_options, the German form title) and full text, also for cases
        # stored already in the new format before the column existed.
        case.reindexObject(idxs=["SearchableText"])
        if done and done % 500 == 0:
            transaction.savepoint(optimistic=True)
    logger.info("Migrated the answers of %s cases to field ids, tokens and German labels", done)
