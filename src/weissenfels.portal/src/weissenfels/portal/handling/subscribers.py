"""Forwarding leaves a trace for both teams (handling journal and the old folder's log)."""

from Acquisition import aq_parent
from weissenfels.portal.handling import journal


def after_transition(case, event):
    if event.transition is None:
        return
    # The workflow tool reindexes only the state; the figures need these two as well.
    case.reindexObject(idxs=["case_first_response", "case_closed"])
    if event.transition.id != "weiterleiten":
        return
    kwargs = event.kwargs or {}
    folder = aq_parent(case)
    target = kwargs.get("target_unit")
    comment = kwargs.get("comment") or ""
    journal.add_entry(case, journal.FORWARDED, comment, source_unit=getattr(folder, "unit", None), target_unit=target)
    journal.record_forwarded_away(folder, case, target, comment)
