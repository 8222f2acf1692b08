"""The log of data subject requests: every export and deletion, who, when, what, which cases.

Kept persistently on the site (an annotation, shown to administrators on
@@datenschutz-auskunft) and written to the Python logger "weissenfels.portal.privacy".
The query is logged on purpose: the log must show what was asked for.
"""

from datetime import datetime
from datetime import UTC
from persistent.list import PersistentList
from plone import api
from zope.annotation.interfaces import IAnnotations

import logging


logger = logging.getLogger("weissenfels.portal.privacy")

ANNOTATION_KEY = "weissenfels.portal.privacy.log"


def _entries(create=False):
    annotations = IAnnotations(api.portal.get())
    entries = annotations.get(ANNOTATION_KEY)
    if entries is None and create:
        entries = annotations[ANNOTATION_KEY] = PersistentList()
    return entries


def record(action, query, references, channel):
    """Log one export or deletion ("export" / "delete") made through channel ("view" / "rest")."""
    entry = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "user": api.user.get_current().getId(),
        "action": action,
        "channel": channel,
        "query": query,
        "references": list(references),
    }
    _entries(create=True).append(entry)
    logger.info(
        "data subject request: %s by %s via %s, query %r, cases %s",
        action,
        entry["user"],
        channel,
        query,
        ", ".join(entry["references"]) or "(none)",
    )
    return entry


def entries():
    """The log, newest first."""
    return list(reversed(_entries() or ()))
