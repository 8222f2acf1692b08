"""Catalog indexers of the handling (profiles/default/catalog.xml, second block)."""

from plone.indexer import indexer
from weissenfels.portal.content.vorgang import IVorgang
from weissenfels.portal.handling import address
from weissenfels.portal.handling import journal


EXCERPT_LENGTH = 160
PERSONAL_FIELDS = ("name", "email", "phone", "address", "street", "house_number", "postcode")


@indexer(IVorgang)
def case_handler(obj):
    return journal.handler(obj) or ""


@indexer(IVorgang)
def case_address_key(obj):
    return address.case_address_key(obj)


@indexer(IVorgang)
def case_submitter_key(obj):
    return address.submitter_key(obj)


@indexer(IVorgang)
def case_excerpt(obj):
    """The description if there is one, else the longest value that is not contact data."""
    rows = [r for r in obj.submitted_values or () if r.get("id") not in PERSONAL_FIELDS and r.get("value")]
    preferred = [r for r in rows if r.get("id") in ("description", "message", "anliegen", "question")]
    candidates = preferred or sorted(rows, key=lambda r: len(r["value"]), reverse=True)
    if not candidates:
        return ""
    text = " ".join(candidates[0]["value"].split())
    return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 1].rstrip() + "…"


@indexer(IVorgang)
def case_first_response(obj):
    return journal.first_response(obj)


@indexer(IVorgang)
def case_closed(obj):
    return journal.closed(obj)


@indexer(IVorgang)
def case_anonymised(obj):
    return bool(getattr(obj, "anonymised", None))


@indexer(IVorgang)
def case_resident_update(obj):
    """When the resident last added something from the status page, while the team has not
    acted since (journal.resident_update): the inbox marks such a case as updated."""
    return journal.resident_update(obj)
