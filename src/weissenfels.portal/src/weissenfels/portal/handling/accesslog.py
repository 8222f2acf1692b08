"""Access log: who opened which case when (GDPR: access to personal data is accounted for).

One OOBTree on /vorgaenge, keyed (case UID, ISO time, user id). Viewing a case never
writes to the case itself, and two views insert two different keys: the BTree's conflict
resolution merges concurrent inserts (except when a bucket splits, where Zope retries).
"""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from plone import api
from plone.protect.utils import safeWrite
from weissenfels.portal.setuphandlers.cases import cases_root


LOG_ATTRIBUTE = "_weissenfels_case_access_log"


def _log(create=False):
    root = cases_root()
    log = getattr(root, LOG_ATTRIBUTE, None)
    if log is None and create:
        log = OOBTree()
        setattr(root, LOG_ATTRIBUTE, log)
    return log


def ensure_log():
    _log(create=True)


def record(case, request=None):
    user = api.user.get_current()
    if user is None or api.user.is_anonymous():
        return
    log = _log(create=True)
    log[(case.UID(), datetime.now().isoformat(), user.getId())] = None
    if request is not None:
        # A GET that writes: tell plone.protect these writes (the log's BTree and buckets)
        # are intended, and nothing else.
        jar = log._p_jar
        for obj in list(getattr(jar, "_registered_objects", ())) if jar else ():
            if type(obj).__module__.startswith("BTrees."):
                safeWrite(obj, request)
        safeWrite(log, request)


def views(case, limit=None):
    """[(datetime, user id)] of the case, newest first."""
    log = _log()
    if not log:
        return []
    uid = case.UID()
    keys = list(log.keys(min=(uid, "", ""), max=(uid, "\uffff", "\uffff")))[::-1]
    if limit:
        keys = keys[:limit]
    return [(datetime.fromisoformat(time), user) for _uid, time, user in keys]

