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
    """Reference, form and every submitted value: the team finds cases by what was sent,
    in German and as the resident saw it."""
    parts = [obj.reference or "", obj.form_title or "", getattr(obj, "resident_form_title", None) or ""]
    for row in obj.submitted_values or ():
        parts.append(row.get("value") or "")
        if row.get("resident_value") and row.get("resident_value") != row.get("value"):
            parts.append(row["resident_value"])
    return " ".join(parts)


@indexer(IVorgang)
def case_options(obj):
    """The ticked options: ((field id, token, German label, German option title), ...), for
    the figures (counted by token, across languages)."""
    options = []
    for row in obj.submitted_values or ():
        titles = row.get("option_titles") or ()
        for index, token in enumerate(row.get("tokens") or ()):
            title = titles[index] if index < len(titles) else token
            options.append((row.get("id") or "", token, row.get("label") or "", title))
    return tuple(options)
