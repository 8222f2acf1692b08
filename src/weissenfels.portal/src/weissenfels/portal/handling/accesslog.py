"""Access log: who opened which case when (GDPR: access to personal data is accounted for).

One OOBTree on /vorgaenge, keyed (case UID, ISO time, user id); the value is the channel:
None for the case's page (entries older than the channel have None too), REST for the case's
JSON from the REST API (handling/serializers.py: GET of the case, @search with fullobjects,
a PATCH answered with the case). Viewing a case never
writes to the case itself, and two views insert two different keys: the BTree's conflict
resolution merges concurrent inserts (except when a bucket splits, where Zope retries).
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from plone import api
from plone.protect.utils import safeWrite
from weissenfels.portal.setuphandlers.cases import cases_root


LOG_ATTRIBUTE = "_weissenfels_case_access_log"
PAGE = None  # the case view in the browser
REST = "REST"  # the case's JSON from the REST API


def _log(create=False):
    root = cases_root()
    log = getattr(root, LOG_ATTRIBUTE, None)
    if log is None and create:
        log = OOBTree()
        setattr(root, LOG_ATTRIBUTE, log)
    return log


def ensure_log():
    _log(create=True)


def record(case, request=None, channel=PAGE):
    user = api.user.get_current()
    if user is None or api.user.is_anonymous():
        return
    log = _log(create=True)
    log[(case.UID(), datetime.now().isoformat(), user.getId())] = channel
    if request is not None:
        # A GET that writes: tell plone.protect these writes (the log's BTree and buckets)
        # are intended, and nothing else.
        jar = log._p_jar
        for obj in list(getattr(jar, "_registered_objects", ())) if jar else ():
            if type(obj).__module__.startswith("BTrees."):
                safeWrite(obj, request)
        safeWrite(log, request)


def views(case, limit=None):
    """[(datetime, user id, channel)] of the case, newest first (channel: PAGE or REST)."""
    log = _log()
    if not log:
        return []
    uid = case.UID()
    items = list(log.items(min=(uid, "", ""), max=(uid, "\uffff", "\uffff")))[::-1]
    if limit:
        items = items[:limit]
    return [(datetime.fromisoformat(time), user, channel) for (_uid, time, user), channel in items]

