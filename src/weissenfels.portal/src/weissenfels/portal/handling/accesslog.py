"""Access log: who opened which case when (GDPR: access to personal data is accounted for).

One OOBTree on /vorgaenge, keyed (case UID, ISO time, user id); the value is the channel:
None for the case's page (entries older than the channel have None too), REST for the case's
JSON from the REST API (handling/serializers.py: GET of the case, @search with fullobjects,
a PATCH answered with the case), and since issue 13 every other way a case's content is shown:
an attachment download or a thumbnail (`record_published`), the notes over REST
(`@case-notes`), a REST listing with the case's text fields (@search, @querystring-search with
`case_*` metadata: handling/serializers.py) and the inbox rows with their excerpt
(handling/inbox.py). Listings log each case whose text they showed. Viewing a case never
writes to the case itself, and two views insert two different keys: the BTree's conflict
resolution merges concurrent inserts (except when a bucket splits, where Zope retries).
"""

from datetime import datetime
from plone import api
from plone.protect.utils import safeWrite
from weissenfels.portal.cases.folders import cases_root_tree


LOG_ATTRIBUTE = "_weissenfels_case_access_log"
PAGE = None  # the case view in the browser
REST = "REST"  # the case's JSON from the REST API
ATTACHMENT = "attachment"  # an attachment downloaded (@@case-attachment)
THUMBNAIL = "thumbnail"  # a photo's thumbnail (@@case-thumbnail)
REST_NOTES = "REST notes"  # GET @case-notes
SEARCH = "search"  # a REST listing (@search, @querystring-search) with the case's text fields
INBOX = "inbox"  # an inbox row with the case's excerpt

# Views of a case whose answer is the case's content: view name -> channel.
CHANNEL_OF_VIEW = {"case-attachment": ATTACHMENT, "case-thumbnail": THUMBNAIL}


def _log(create=False):
    return cases_root_tree(LOG_ATTRIBUTE, create)


def ensure_log():
    _log(create=True)


def record(case, request=None, channel=PAGE):
    record_uids([case.UID()], request, channel)


def record_uids(uids, request=None, channel=PAGE):
    """One entry per case UID for the current user (none for anonymous)."""
    user = api.user.get_current()
    if user is None or api.user.is_anonymous() or not uids:
        return
    log = _log(create=True)
    now = datetime.now().isoformat()
    for uid in uids:
        log[(uid, now, user.getId())] = channel
    if request is not None:
        # A GET that writes: tell plone.protect these writes (the log's BTree and buckets)
        # are intended, and nothing else.
        jar = log._p_jar
        for obj in list(getattr(jar, "_registered_objects", ())) if jar else ():
            if type(obj).__module__.startswith("BTrees."):
                safeWrite(obj, request)
        safeWrite(log, request)


def record_published(event):
    """IPubBeforeCommit: a case's attachment, thumbnail or REST notes were answered."""
    from weissenfels.portal.content.vorgang import IVorgang
    from weissenfels.portal.handling.services import CaseNotesGet

    request = event.request
    published = request.get("PUBLISHED")
    case = getattr(published, "context", None)
    if not IVorgang.providedBy(case) or request.response.getStatus() != 200:
        return
    if isinstance(published, CaseNotesGet):
        record(case, request, REST_NOTES)
    elif getattr(published, "__name__", None) in CHANNEL_OF_VIEW:
        record(case, request, CHANNEL_OF_VIEW[published.__name__])


def views(case, limit=None):
    """[(datetime, user id, channel)] of the case, newest first (channel: one of the above)."""
    log = _log()
    if not log:
        return []
    uid = case.UID()
    items = list(log.items(min=(uid, "", ""), max=(uid, "\uffff", "\uffff")))[::-1]
    if limit:
        items = items[:limit]
    return [(datetime.fromisoformat(time), user, channel) for (_uid, time, user), channel in items]
