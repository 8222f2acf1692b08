"""Data subject requests (GDPR Art. 15 access, Art. 17 erasure) over the cases (Vorgang).

One place for finding, exporting and deleting a person's cases; the administrators' view
(privacy/browser.py) and the REST service (privacy/services.py) only call these functions.
Every export and deletion goes through audit.record().
"""

from Acquisition import aq_parent
from plone import api
from weissenfels.portal import _
from weissenfels.portal.handling import journal
from weissenfels.portal.privacy import audit
from weissenfels.portal.users import fullname

import re


MIN_QUERY_LENGTH = 3
MAX_QUERY_LENGTH = 200


class InvalidQuery(ValueError):
    """The query is empty, too short or too long; .message is the translatable reason."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def normalize(text):
    """Case- and whitespace-insensitive form of a text, for the exact check."""
    return " ".join(str(text).casefold().split())


def clean_query(query):
    """The query as searched, or InvalidQuery: an e-mail address or a name, nothing vaguer."""
    if not isinstance(query, str):
        raise InvalidQuery(_("error_dsr_query_type", default="Please enter an e-mail address or a name."))
    query = " ".join(query.split())
    if len(query) > MAX_QUERY_LENGTH:
        raise InvalidQuery(_("error_dsr_query_long", default="The search text is too long (at most 200 characters)."))
    if len(query) < MIN_QUERY_LENGTH or not re.search(r"\w", query):
        raise InvalidQuery(
            _("error_dsr_query_short", default="Please enter an e-mail address or a name (at least 3 characters).")
        )
    return query


def _catalog_text_query(query):
    # Each word quoted: a name like "Ana Or Not" must not become catalog operators.
    return " ".join(f'"{word}"' for word in re.findall(r"\w+", query))


def matching_values(case, query):
    """The submitted rows that contain the query as a whole word or phrase (any case)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(normalize(query)) + r"(?!\w)")
    return [row for row in case.submitted_values or () if pattern.search(normalize(row.get("value") or ""))]


def find_cases(query):
    """Every case, in every unit, whose submitted values contain the query.

    The catalog (SearchableText holds every submitted value, cases/indexers.py) narrows the
    search; the exact check on the stored values decides, so "ana@example.org" does not
    find "hana@example.org". Unrestricted: the callers are for administrators only.
    """
    query = clean_query(query)
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(
        portal_type="Vorgang", SearchableText=_catalog_text_query(query), sort_on="created"
    )
    cases = []
    for brain in brains:
        case = brain._unrestrictedGetObject()
        if matching_values(case, query):
            cases.append(case)
    return cases


def _iso(value):
    if hasattr(value, "ISO8601"):  # DateTime, as the workflow history stores it
        return value.ISO8601()
    return value.isoformat() if value is not None and hasattr(value, "isoformat") else None


def attachment_path(case, index, blob):
    """Where an attachment lies in the export ZIP (privacy/export_zip.py)."""
    name = re.sub(r"[^\w.\-]+", "_", blob.filename or "datei") or "datei"
    return f"anhaenge/{case.reference}/{index + 1}-{name}"


def _author(user_id):
    return {"id": user_id, "name": fullname(user_id)} if user_id else None


def journal_data(case):
    """Every journal entry (notes, replies, assignments, forwarding, ...) with time and author."""
    items = []
    for entry in journal.entries(case):
        item = {
            "kind": entry["kind"],
            "time": _iso(entry.get("time")),
            "author": _author(entry.get("author")),
            "text": entry.get("text") or "",
        }
        for key in ("handler", "source_unit", "target_unit", "template_title", "note", "texts"):
            if entry.get(key):
                item[key] = _author(entry[key]) if key == "handler" else entry[key]
        items.append(item)
    return items


def case_data(case):
    """What the portal stores about the submitter in one case, as JSON-ready data: the
    values, the attachments (the files lie beside the JSON in the export ZIP under `file`),
    every history entry and journal entry with its time and author, the assignments."""
    workflow = api.portal.get_tool("portal_workflow")
    history = workflow.getInfoFor(case, "review_history", []) if workflow.getWorkflowsFor(case) else []
    return {
        "reference": case.reference,
        "unit": aq_parent(case).getId(),
        "form_title": case.form_title,  # German, as the team reads it
        "resident_form_title": getattr(case, "resident_form_title", None) or case.form_title,
        "form_uid": case.form_uid,
        "language": case.submission_language,  # the page language the person read
        "form_language": getattr(case, "form_language", None),
        "contact_language": case.contact_language,
        "submitted": _iso(case.submitted),
        "modified": _iso(case.modified()),
        "state": api.content.get_state(case, default=None),
        # German label and value (free text as written), and what the person saw.
        "values": [
            {
                "id": row.get("id"),
                "label": row.get("label"),
                "value": row.get("value"),
                "tokens": list(row.get("tokens") or ()),
                "resident_label": row.get("resident_label", row.get("label")),
                "resident_value": row.get("resident_value", row.get("value")),
                "only_in": row.get("only_in") or "",
            }
            for row in case.submitted_values or ()
        ],
        "attachments": [
            {
                "filename": blob.filename,
                "content_type": blob.contentType,
                "size": blob.getSize(),
                "file": attachment_path(case, index, blob),
            }
            for index, blob in enumerate(case.attachments or ())
        ],
        "handler": _author(journal.handler(case)),
        "assignments": [
            {"time": item["time"], "handler": item.get("handler"), "by": item["author"]}
            for item in journal_data(case)
            if item["kind"] == journal.ASSIGNED
        ],
        "journal": journal_data(case),
        "public_reply": case.public_reply or "",
        "internal_note": case.internal_note or "",
        "history": [
            {
                "action": entry.get("action"),
                "state": entry.get("review_state"),
                "time": _iso(entry.get("time")),
                "author": _author(entry.get("actor")),
                "comments": entry.get("comments") or "",
            }
            for entry in history
        ],
    }


def export(query, channel, cases=None):
    """Find and serialize the query's cases (or the ones given, found for it); logged as an export."""
    cases = find_cases(query) if cases is None else cases
    data = [case_data(case) for case in cases]
    audit.record("export", clean_query(query), [item["reference"] for item in data], channel)
    return data


def delete(query, channel, references=None):
    """Delete the query's cases (only those in references, if given); logged. Returns the
    deleted references. The administrator confirmed a list of references: a case that
    matches now but was not on that list stays."""
    cases = find_cases(query)
    if references is not None:
        wanted = set(references)
        cases = [case for case in cases if case.reference in wanted]
    deleted = [case.reference for case in cases]
    # Erasure on request is the administrator's decision (the callers require "Plone
    # Site Setup: Users and Groups"), whatever the case folders grant: no "Delete objects" check here.
    with api.env.adopt_roles(["Manager"]):
        for case in cases:
            api.content.delete(obj=case, check_linkintegrity=False)
    audit.record("delete", clean_query(query), deleted, channel)
    return deleted
