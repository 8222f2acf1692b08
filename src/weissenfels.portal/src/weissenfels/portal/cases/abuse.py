"""Spam defences of the public forms: honeypot, minimum fill time, per-client rate limit.

The form view (form.py) renders the honeypot and a signed start time; the
CreateCase action checks them before it creates anything. Every POST to a form counts
toward the rate limit, failed ones too (count_attempt, called by the form view before it
reads anything): invalid posts are no free way to send data.
"""

from BTrees.OOBTree import OOBTree
from plone.keyring.interfaces import IKeyManager
from weissenfels.portal import _
from weissenfels.portal.cases.folders import cases_root
from weissenfels.portal.cases.public_uploads import IPublicFormRequest
from weissenfels.portal.cases.settings import setting
from weissenfels.portal.security.ratelimit import SlidingWindow
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtility

import hashlib
import hmac
import secrets
import time


HONEYPOT_FIELD = "wsf_website"  # looks tempting to bots; hidden from people by CSS
STARTED_FIELD = "wsf_started"

# Per process: good enough for one instance; behind a load balancer each instance counts
# on its own (the limit is then per client and instance).
SUBMISSIONS = SlidingWindow()


def _signature(value):
    secret = getUtility(IKeyManager).secret()
    return hmac.new(secret.encode(), value.encode(), hashlib.sha256).hexdigest()[:32]


def started_token(now=None):
    """The signed time the form was rendered, plus a nonce: a client cannot make it older,
    and each rendered form has its own token, which a case uses up (already_sent)."""
    value = f"{int(now if now is not None else time.time())}.{secrets.token_hex(8)}"
    return f"{value}.{_signature(value)}"


def _form_text(request, name):
    # A field sent twice arrives as a list: that is no browser, and no text.
    value = request.form.get(name)
    return value if isinstance(value, str) else ""


def check_submission(request):
    """None if the submission may create a case, else the message to show."""
    if not IPublicFormRequest.providedBy(request):
        # Sent through another view of the form (easyform's @@embedded): none of the case
        # form's checks ran (body size, uploads while validating). Only the case form creates.
        return EXPIRED
    honeypot = request.form.get(HONEYPOT_FIELD) or ""
    if not isinstance(honeypot, str) or honeypot.strip():
        return _("error_spam_honeypot", default="Your submission looks automated and was not saved.")
    token = _form_text(request, STARTED_FIELD)
    value, _sep, signature = token.rpartition(".")
    seconds = value.partition(".")[0]
    if not seconds.isdigit() or not hmac.compare_digest(signature, _signature(value)):
        return EXPIRED
    if already_sent(request):
        return _(
            "error_spam_already_sent",
            default="This form has already been sent. To send another message, please reload the page.",
        )
    if time.time() - int(seconds) < setting("min_fill_seconds"):
        return _(
            "error_spam_too_fast",
            default="The form was sent too quickly to have been filled in by hand. Please check it and send it again.",
        )
    if count_attempt(request):
        return RATE_LIMITED
    return None


EXPIRED = _(
    "error_spam_token",
    default="The form has expired. Please reload the page and send it again.",
)
RATE_LIMITED = _(
    "error_spam_rate_limit",
    default="Too many submissions from your connection. Please try again later.",
)
ATTEMPT_KEY = "weissenfels.portal.form_attempt_refused"


def count_attempt(request):
    """Count this POST (once per request), valid or not, and say whether the client was
    over the limit before it (then it is refused, and not counted: the block ends)."""
    annotations = IAnnotations(request)
    if ATTEMPT_KEY not in annotations:
        client = request.getClientAddr() or "unknown"
        refused = annotations[ATTEMPT_KEY] = rate_limited(client)
        if not refused:
            SUBMISSIONS.hit(client, setting("rate_limit_window_seconds"))
    return annotations[ATTEMPT_KEY]


def rate_limited(client):
    return SUBMISSIONS.count(client, setting("rate_limit_window_seconds")) >= setting("rate_limit_count")


# Tokens of forms that became a case, on /vorgaenge: {token: reference}. In the ZODB, in the
# case's transaction: a double click or a replayed POST conflicts or finds its token used,
# on every instance, and a conflict retry does not see a token its failed attempt used.
USED_TOKENS_ATTRIBUTE = "_weissenfels_used_form_tokens"


def already_sent(request):
    used = getattr(cases_root(), USED_TOKENS_ATTRIBUTE, None)
    return used is not None and _form_text(request, STARTED_FIELD) in used


def mark_sent(request, reference):
    root = cases_root()
    used = getattr(root, USED_TOKENS_ATTRIBUTE, None)
    if used is None:
        used = OOBTree()
        setattr(root, USED_TOKENS_ATTRIBUTE, used)
    used[_form_text(request, STARTED_FIELD)] = reference


def reset_rate_limit():
    """For tests and for an administrator's console."""
    SUBMISSIONS.reset()
