"""The handling journal of a case: internal notes, public replies, assignments, forwarding,
deletion of personal data. Each entry keeps its author and time.

Stored in an annotation of the case (a PersistentList of plain dicts, appended on POST
only). The status page shows only the replies: case.public_reply holds them for it.
"""

from Acquisition import aq_parent
from BTrees.OOBTree import OOBTree
from datetime import datetime
from persistent.list import PersistentList
from plone import api
from weissenfels.portal.cases import mail
from weissenfels.portal.units.registry import unit_by_key
from zope.annotation.interfaces import IAnnotations


JOURNAL_KEY = "weissenfels.portal.handling.journal"
FORWARDED_KEY = "weissenfels.portal.handling.forwarded_away"

NOTE = "note"
REPLY = "reply"
ASSIGNED = "assigned"
FORWARDED = "forwarded"
ERASED = "erased"
ANONYMISED = "anonymised"
RESIDENT = "resident"  # information or a photo the resident added from the status page


def entries(case):
    return list(IAnnotations(case).get(JOURNAL_KEY, ()))


def add_entry(case, kind, text="", when=None, **extra):
    """A journal entry by the current user; `when` only for entries made after the fact (demo)."""
    annotations = IAnnotations(case)
    journal = annotations.get(JOURNAL_KEY)
    if journal is None:
        journal = annotations[JOURNAL_KEY] = PersistentList()
    user = api.user.get_current()
    entry = {
        "kind": kind,
        "unit": case_unit(case),
        "author": user.getId() if user else None,
        "time": when or datetime.now(),
        "text": text,
        **extra,
    }
    journal.append(entry)
    return entry


def add_resident_addition(case, text, attachment=None):
    """What the resident added from the status page (cases/status_page.py): text and/or a
    checked upload (cases/uploads.clean_upload), kept with the case's attachments."""
    filename = None
    if attachment is not None:
        case.attachments = [*case.attachments, attachment]
        filename = attachment.filename
    entry = add_entry(case, RESIDENT, text, filename=filename)
    entry["author"] = None  # the resident, not a user of the site
    case.resident_updated = entry["time"]
    case.reindexObject(idxs=["case_first_response"])  # and the metadata (case_resident_update)
    return entry


def resident_update(case):
    """The time of the resident's last addition if the team has not acted since, else None."""
    updated = getattr(case, "resident_updated", None)
    if updated is None:
        return None
    team = [e["time"] for e in entries(case) if e["kind"] != RESIDENT]
    for item in case.workflow_history.get("weissenfels_case_workflow", ())[1:]:
        team.append(item["time"].asdatetime().replace(tzinfo=None))
    return updated if not team or max(team) < updated else None


def add_note(case, text, when=None):
    entry = add_entry(case, NOTE, text, when=when)
    if getattr(case, "resident_updated", None):
        case.reindexObject(idxs=["case_first_response"])  # the team acted: the inbox mark goes
    return entry


def add_reply(case, text, when=None, **extra):
    """A public reply; `extra` holds a template reply's texts per language (handling/replies.py)."""
    entry = add_entry(case, REPLY, text, when=when, **extra)
    # The status page (cases/status_page.py) shows case.public_reply: all replies, oldest first.
    replies = [e for e in entries(case) if e["kind"] == REPLY]
    case.public_reply = "\n\n".join(f"{e['time']:%d.%m.%Y}: {e['text']}" for e in replies)
    case.reindexObject(idxs=["case_first_response"])
    # The resident reads the reply in their contact language (a template's translation, or
    # German with the notice); imported here: replies.py builds on this module.
    from weissenfels.portal.handling.replies import reply_text

    mail.notify_resident_reply(case, reply_text(case, entry, mail.contact_language(case)))
    return entry


def team_members(case):
    """User ids of the team of the unit the case lies in."""
    unit_id = getattr(case.aq_parent, "unit", None)
    try:
        group = unit_by_key(unit_id).team_group
    except KeyError:
        return []
    return sorted(u.getId() for u in api.user.get_users(groupname=group))


def assign(case, user_id, when=None):
    """Assign the case to a member of its team; ValueError for anyone else."""
    if user_id not in team_members(case):
        raise ValueError(user_id)
    case.case_handler = user_id
    add_entry(case, ASSIGNED, handler=user_id, when=when)
    case.reindexObject(idxs=["case_handler"])


def handler(case):
    return getattr(case, "case_handler", None)


def first_response(case):
    """The first sign of handling: a public reply or a transition other than forwarding."""
    times = [e["time"] for e in entries(case) if e["kind"] == REPLY]
    for item in case.workflow_history.get("weissenfels_case_workflow", ())[1:]:
        if item.get("action") in ("bearbeiten", "erledigen", "ablehnen"):
            times.append(item["time"].asdatetime().replace(tzinfo=None))
            break
    return min(times) if times else None


def closed(case):
    """When the case was last closed (erledigt or abgelehnt), or None while it is open."""
    history = case.workflow_history.get("weissenfels_case_workflow", ())
    if not history or history[-1].get("review_state") not in ("erledigt", "abgelehnt"):
        return None
    return history[-1]["time"].asdatetime().replace(tzinfo=None)


def record_forwarded_away(folder, case, target_unit, comment):
    """The unit that forwards a case keeps a line about it: it no longer sees the case."""
    annotations = IAnnotations(folder)
    log = annotations.get(FORWARDED_KEY)
    if log is None:
        log = annotations[FORWARDED_KEY] = OOBTree()
    user = api.user.get_current()
    now = datetime.now()
    log[(now.isoformat(), case.reference)] = {
        "reference": case.reference,
        "target_unit": target_unit,
        "comment": comment,
        "author": user.getId() if user else None,
        "time": now,
    }


def forwarded_away(folder, limit=50):
    log = IAnnotations(folder).get(FORWARDED_KEY)
    if not log:
        return []
    return [log[key] for key in list(log.keys())[-limit:]][::-1]


def case_unit(case):
    """The key of the unit whose folder holds the case now."""
    return getattr(aq_parent(case), "unit", None)


def with_units(case):
    """The journal entries, each with the unit that wrote it ("unit").

    Entries written before units were recorded take theirs from the forwardings after them:
    everything before a forwarding belongs to the unit it left.
    """
    items = entries(case)
    unit = case_unit(case)
    result = []
    for entry in reversed(items):
        if entry["kind"] == FORWARDED and entry.get("source_unit"):
            unit = entry["source_unit"]
        result.append(dict(entry, unit=entry.get("unit") or unit))
    return result[::-1]


def transition_units(case):
    """The case workflow's history, each item with the unit the case was in ("unit")."""
    history = list(case.workflow_history.get("weissenfels_case_workflow", ()))
    sources = [e.get("source_unit") for e in entries(case) if e["kind"] == FORWARDED]
    unit = case_unit(case)
    result = []
    for item in reversed(history):
        if item.get("action") == "weiterleiten" and sources:
            unit = sources.pop() or unit
        result.append(dict(item, unit=unit))
    return result[::-1]


def own_unit_entries(case, kinds):
    """Entries of these kinds written by the unit that holds the case now.

    "Nur das Team sieht diese Notiz": after forwarding, the new team does not see the
    previous team's internal notes; what it needs to know travels in the forwarding reason.
    """
    unit = case_unit(case)
    return [e for e in with_units(case) if e["kind"] in kinds and e["unit"] == unit]
