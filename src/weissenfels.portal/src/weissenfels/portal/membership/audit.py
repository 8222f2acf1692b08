"""The membership audit: one entry per change, in an annotation on the case folder or workspace."""

from persistent.list import PersistentList
from zope.annotation.interfaces import IAnnotations

import datetime


AUDIT_KEY = "weissenfels.portal.membership_audit"
ADDED = "added"
REMOVED = "removed"


def record(context, actor, action, user_id, group_id):
    """Remember that actor added or removed user_id to or from group_id, now."""
    annotations = IAnnotations(context)
    entries = annotations.get(AUDIT_KEY)
    if entries is None:
        entries = annotations[AUDIT_KEY] = PersistentList()
    entries.append(
        {
            "time": datetime.datetime.now(datetime.UTC),
            "actor": actor,
            "action": action,
            "user": user_id,
            "group": group_id,
        }
    )


def entries(context, limit=None):
    """The entries, newest first, as plain dicts."""
    stored = IAnnotations(context).get(AUDIT_KEY) or []
    newest_first = [dict(entry) for entry in reversed(stored)]
    return newest_first[:limit] if limit else newest_first
