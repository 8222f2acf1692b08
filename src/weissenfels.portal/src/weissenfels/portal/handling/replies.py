"""Public replies the resident can read: reply templates (Textbausteine) in their language.

A handler picks a template of the case's unit (content in /textbausteine/<unit key>,
content/reply_template.py) and may add a German note. Sending snapshots the template's texts
with the case's placeholders filled, in every language the template has, into the journal
entry (handling/journal.py): a template edited later does not change what was sent. The case
page shows the German text; the status page and the resident's mails read
`reply_text(case, entry, language)`. A language the template lacks falls back to German
with the site's "not translated" notice (multilingual/notices.py).
"""

from Acquisition import aq_parent
from plone import api
from weissenfels.portal import _
from weissenfels.portal.cases import mail
from weissenfels.portal.content.reply_template import PLACEHOLDERS
from weissenfels.portal.formatting import format_date
from weissenfels.portal.handling import journal
from weissenfels.portal.handling.template_folders import TEMPLATES_ROOT_ID
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import LANGUAGES
from weissenfels.portal.units.registry import unit_by_key
from zope.i18n import translate

import re


TEAM_NOTE_LABEL = _("reply_team_note_german", default="Note from the team (in German)")
NOT_TRANSLATED = _(
    "notice_not_translated",
    default="This page has not been translated into your language yet. You are reading the German version.",
)
_PLACEHOLDER = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")


def contact_language(case):
    """The language the resident wants to be contacted in (one place: cases/mail.py)."""
    return mail.contact_language(case)


def case_unit_key(case):
    return getattr(aq_parent(case), "unit", None) or aq_parent(case).getId()


def templates_for(case):
    """The templates of the case's unit that the current user may see, by title (catalog)."""
    portal = api.portal.get()
    path = "/".join((*portal.getPhysicalPath(), TEMPLATES_ROOT_ID, case_unit_key(case)))
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog(portal_type="Textbaustein", path={"query": path, "depth": 1}, sort_on="sortable_title")
    return [brain.getObject() for brain in brains]


def templates_folder(case):
    """The folder of the case's unit's templates if the current user may view it, else None."""
    root = api.portal.get().get(TEMPLATES_ROOT_ID)
    folder = root.get(case_unit_key(case)) if root is not None else None
    if folder is None or not api.user.has_permission("View", obj=folder):
        return None
    return folder


def template_for(case, uid):
    """The template with this UID if it belongs to the case's unit and the user may see it."""
    for template in templates_for(case):
        if uid and template.UID() == uid:
            return template
    return None


def unit_phone(key):
    """The phone number on the unit's German page (language independent, so the same everywhere)."""
    page = api.portal.get().get(DEFAULT_LANGUAGE, {}).get(key) if api.portal.get().get(DEFAULT_LANGUAGE) else None
    return (getattr(page, "phone", None) or "").strip()


def placeholder_values(case, language):
    key = case_unit_key(case)
    try:
        unit_title = unit_by_key(key).title
    except KeyError:
        unit_title = aq_parent(case).Title()
    return {
        "reference": case.reference or "",
        "unit": unit_title,
        "phone": unit_phone(key) or "–",
        "date": format_date(case.submitted, language) if case.submitted else "",
    }


def fill(text, values):
    """Replace the known placeholders; any other brace stays as the editor wrote it."""
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)


def filled_texts(template, case):
    """{language: text with the case's values} for every language the template has."""
    texts = {}
    for code in LANGUAGES:
        text = template.text(code)
        if text:
            texts[code] = fill(text, placeholder_values(case, code))
    return texts


def german_text(texts, note):
    """What the case page, the journal's text and case.public_reply hold."""
    parts = [texts.get(DEFAULT_LANGUAGE, "")] if texts else []
    if note:
        parts.append(f"Hinweis des Teams: {note}" if texts else note)
    return "\n\n".join(p for p in parts if p)


def add_template_reply(case, template, note=""):
    """Send a reply from a template (plus an optional German note); returns the journal entry."""
    texts = filled_texts(template, case) if template is not None else {}
    note = (note or "").strip()
    return journal.add_reply(
        case,
        german_text(texts, note),
        template_uid=template.UID() if template is not None else None,
        template_title=template.Title() if template is not None else None,
        reviewed=list(getattr(template, "reviewed", None) or ()) if template is not None else [],
        texts=texts,
        note=note,
    )


def rendered_reply(entry, language, request=None):
    """One reply as the resident reads it in `language`:
    {"language", "text", "note", "note_label", "fallback", "notice"}.

    A template reply in that language, or German with the not-translated notice; a note (or
    a reply written freely in German) comes with the label "Note from the team (in German)"
    when the reader's language is not German.
    """
    texts = entry.get("texts") or {}
    note = entry.get("note") if "texts" in entry else entry.get("text")
    text = ""
    used = language
    if texts:
        used = language if language in texts else DEFAULT_LANGUAGE
        text = texts.get(used, "")
    fallback = bool(texts) and used != language
    german_reader = language == DEFAULT_LANGUAGE
    return {
        "language": used,
        "text": text,
        "note": note or "",
        "note_label": ""
        if german_reader or not note
        else translate(TEAM_NOTE_LABEL, target_language=language, context=request),
        "fallback": fallback,
        "notice": translate(NOT_TRANSLATED, target_language=language, context=request) if fallback else "",
    }


def reply_text(case, entry, language, request=None):
    """The reply as plain text in `language` (the resident's mails use this): the notice if it
    falls back to German, the template's text, the team's note with its label."""
    reply = rendered_reply(entry, language, request)
    parts = [reply["notice"], reply["text"]]
    if reply["note"]:
        parts.append(f"{reply['note_label']}:\n{reply['note']}" if reply["note_label"] else reply["note"])
    return "\n\n".join(p for p in parts if p)


def preview(case, template, note="", request=None):
    """What the handler sees before sending: the German text and the resident's version."""
    texts = filled_texts(template, case) if template is not None else {}
    entry = {"texts": texts, "note": (note or "").strip()} if texts else {"text": (note or "").strip()}
    language = contact_language(case)
    return {
        "german": german_text(texts, entry.get("note") or entry.get("text")),
        "language": language,
        "resident": rendered_reply(entry, language, request),
        "reviewed": language == DEFAULT_LANGUAGE or language in (getattr(template, "reviewed", None) or ()),
    }
