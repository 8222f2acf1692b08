"""Forwarding leaves a trace for both teams (handling journal and the old folder's log)."""

from Acquisition import aq_parent
from weissenfels.portal.cases import mail
from weissenfels.portal.handling import journal


# The resident (if they agreed to mail) hears of these states; forwarding is the teams' affair.
RESIDENT_HEARS_OF = ("in_bearbeitung", "erledigt", "abgelehnt")


def after_transition(case, event):
    if event.transition is None:
        return
    # The workflow tool reindexes only the state; the figures need these two as well.
    case.reindexObject(idxs=["case_first_response", "case_closed"])
    new_state = event.new_state.getId() if event.new_state is not None else None
    if new_state in RESIDENT_HEARS_OF and new_state != getattr(event.old_state, "getId", lambda: None)():
        mail.notify_resident_state(case, new_state)
    if event.transition.id != "weiterleiten":
        return
    kwargs = event.kwargs or {}
    folder = aq_parent(case)
    target = kwargs.get("target_unit")
    comment = kwargs.get("comment") or ""
    journal.add_entry(case, journal.FORWARDED, comment, source_unit=getattr(folder, "unit", None), target_unit=target)
    journal.record_forwarded_away(folder, case, target, comment)
