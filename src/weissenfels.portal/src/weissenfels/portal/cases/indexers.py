"""Catalog indexers for Vorgang (profiles/default/catalog.xml)."""

from Acquisition import aq_parent
from plone.indexer import indexer
from weissenfels.portal.content.vorgang import IVorgang


@indexer(IVorgang)
def case_reference(obj):
    return obj.reference


@indexer(IVorgang)
def case_unit(obj):
    # The unit is where the case lies: forwarding moves it and the index follows.
    return getattr(aq_parent(obj), "unit", None)


@indexer(IVorgang)
def case_form(obj):
    return obj.form_uid


@indexer(IVorgang)
def case_form_title(obj):
    return obj.form_title


@indexer(IVorgang)
def case_submitted(obj):
    return obj.submitted


@indexer(IVorgang)
def case_submitted_day(obj):
    """The day of submission as YYYYMMDD. Date filters query this index: a few hundred days
    to join, where case_submitted (a DateIndex, to the minute) has a key per case."""
    return submission_day(obj.submitted) if obj.submitted else None


def submission_day(moment):
    return int(moment.strftime("%Y%m%d"))


@indexer(IVorgang)
def searchable_text(obj):
    """Reference, form and every submitted value: the team finds cases by what was sent."""
    parts = [obj.reference or "", obj.form_title or ""]
    for row in obj.submitted_values or ():
        parts.append(row.get("value") or "")
    return " ".join(parts)
