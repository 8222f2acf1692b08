"""Spam defences of the public forms: honeypot, minimum fill time, per-client rate limit.

The form view (browser/case_form.py) renders the honeypot and a signed start time; the
CreateCase action checks them before it creates anything.
"""

from plone.keyring.interfaces import IKeyManager
from weissenfels.portal import _
from weissenfels.portal.cases.settings import setting
from zope.component import getUtility

import collections
import hashlib
import hmac
import threading
import time


HONEYPOT_FIELD = "wsf_website"  # looks tempting to bots; hidden from people by CSS
STARTED_FIELD = "wsf_started"

# Per process: good enough for one instance; behind a load balancer each instance counts
# on its own (the limit is then per client and instance).
_hits = collections.defaultdict(collections.deque)
_lock = threading.Lock()


def _signature(value):
    secret = getUtility(IKeyManager).secret()
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()[:32]


def started_token(now=None):
    """The signed time the form was rendered; a client cannot make it older."""
    value = str(int(now if now is not None else time.time()))
    return f"{value}.{_signature(value)}"


def check_submission(request):
    """None if the submission may create a case, else the message to show."""
    if (request.form.get(HONEYPOT_FIELD) or "").strip():
        return _("error_spam_honeypot", default="Your submission looks automated and was not saved.")
    token = request.form.get(STARTED_FIELD) or ""
    value, _sep, signature = token.partition(".")
    if not value.isdigit() or not hmac.compare_digest(signature, _signature(value)):
        return _(
            "error_spam_token",
            default="The form has expired. Please reload the page and send it again.",
        )
    if time.time() - int(value) < setting("min_fill_seconds"):
        return _(
            "error_spam_too_fast",
            default="The form was sent too quickly to have been filled in by hand. Please check it and send it again.",
        )
    if rate_limited(request.getClientAddr() or "unknown"):
        return _(
            "error_spam_rate_limit",
            default="Too many submissions from your connection. Please try again later.",
        )
    return None


def rate_limited(client):
    window = setting("rate_limit_window_seconds")
    limit = setting("rate_limit_count")
    now = time.time()
    with _lock:
        hits = _hits[client]
        while hits and hits[0] < now - window:
            hits.popleft()
        return len(hits) >= limit


def record_submission(request):
    with _lock:
        _hits[request.getClientAddr() or "unknown"].append(time.time())


def reset_rate_limit():
    """For tests and for an administrator's console."""
    with _lock:
        _hits.clear()
