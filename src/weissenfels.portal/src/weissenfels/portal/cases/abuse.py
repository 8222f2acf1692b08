"""Spam defences of the public forms: honeypot, minimum fill time, per-client rate limit.

The form view (form.py) renders the honeypot and a signed start time; the
CreateCase action checks them before it creates anything. Every POST to a form counts
toward the rate limit, failed ones too (count_attempt, called by the form view before it
reads anything): invalid posts are no free way to send data.
"""

from plone.keyring.interfaces import IKeyManager
from weissenfels.portal import _
from weissenfels.portal.cases.folders import cases_root_tree
from weissenfels.portal.cases.public_uploads import IPublicFormRequest
from weissenfels.portal.cases.settings import setting
from weissenfels.portal.security.ratelimit import SlidingWindow
from zope.annotation.interfaces import IAnnotations
from zope.component import getUtility
from ZPublisher.HTTPRequest import FileUpload

import hashlib
import hmac
import itertools
import json
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
        return already_sent_message(request)
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

# Receipts of the last hour's sends, on /vorgaenge: {token: (sent, check, sealed code,
# language)}, so that a resend after a dropped connection answers with the first send's
# thank-you page instead of an error (first_send). Kept apart from the used tokens, which
# stay for good (a token is single-use for ever), and forgotten after RECEIPT_SECONDS.
RECEIPTS_ATTRIBUTE = "_weissenfels_form_receipts"
RECEIPT_SECONDS = 3600


def _used_tokens(create=False):
    return cases_root_tree(USED_TOKENS_ATTRIBUTE, create)


def _receipts(create=False):
    return cases_root_tree(RECEIPTS_ATTRIBUTE, create)


def first_reference(request):
    """The reference of the case this form's token became, or None."""
    used = _used_tokens()
    return None if used is None else used.get(_form_text(request, STARTED_FIELD))


def already_sent(request):
    return first_reference(request) is not None


def already_sent_message(request):
    return _(
        "error_form_already_sent_reference",
        default="This form has already been sent and was received under the reference ${reference}. "
        "To send another message, please reload the page.",
        # a left-to-right isolate, as <bdi dir="ltr"> in HTML: a reference in an Arabic sentence
        mapping={"reference": f"\u2066{first_reference(request)}\u2069"},
    )


def mark_sent(request, reference, code, language):
    """Uses up the form's token and keeps the receipt of this send for a resend."""
    token = _form_text(request, STARTED_FIELD)
    _used_tokens(create=True)[token] = reference
    receipts = _receipts(create=True)
    _forget_old_receipts(receipts)
    text, files = submission_fingerprint(request)
    sealed = _seal(code.encode("utf-8"), _key("seal", token, text))
    file_checks = {name: _key("file", token, f"{name}\0{digest}").hex() for name, digest in files.items()}
    receipts[token] = (time.time(), _key("check", token, text).hex(), file_checks, sealed.hex(), language)


RESEND_KEY = "weissenfels.portal.first_send"


def first_send(request):
    """The first send's receipt {reference, code, language} if this request sends again
    what a case was made of (same signed token, same content), else None.

    What is safe to show: the token is a nonce in the one page the resident's browser got,
    so whoever sends it again is that browser (or had its page). The reference alone opens
    nothing and is named to any holder of the token (already_sent_message). The status code
    opens the status page: it is shown again only for the same content, every field as
    typed and every file's name, and the bytes of every file the resend carries: a browser
    sending a form again from its history (reload after a dropped connection) sends the
    files read from disk again, but a photo the page made smaller (photo-downscale.js) was
    only in the page's memory and comes back empty. It is stored sealed with a key made
    from the token, that content and the site's secret: the database alone (a backup, a
    dump) does not give it away, and after RECEIPT_SECONDS it is gone."""
    annotations = IAnnotations(request)
    if RESEND_KEY not in annotations:
        annotations[RESEND_KEY] = _first_send(request)
    return annotations[RESEND_KEY]


def _first_send(request):
    if not IPublicFormRequest.providedBy(request):
        return None
    token = _form_text(request, STARTED_FIELD)
    value, _sep, signature = token.rpartition(".")
    if not value or not hmac.compare_digest(signature, _signature(value)):
        return None
    reference = first_reference(request)
    receipts = _receipts()
    receipt = receipts.get(token) if receipts is not None and reference else None
    if receipt is None or receipt[0] < time.time() - RECEIPT_SECONDS:
        return None
    _sent, check, file_checks, sealed, language = receipt
    text, files = submission_fingerprint(request)
    if not hmac.compare_digest(check, _key("check", token, text).hex()):
        return None
    for name, digest in files.items():
        if not hmac.compare_digest(file_checks.get(name, ""), _key("file", token, f"{name}\0{digest}").hex()):
            return None
    code = _seal(bytes.fromhex(sealed), _key("seal", token, text)).decode("utf-8")
    return {"reference": reference, "code": code, "language": language}


def submission_fingerprint(request):
    """What the form sent: (a hash of every field's name and value and every file's name,
    {file field: hash of its bytes} for the files that are not empty)."""
    parts, files = [], {}
    for name in sorted(request.form):
        value = request.form[name]
        for item in value if isinstance(value, list | tuple) else [value]:
            if isinstance(item, FileUpload):
                parts.append([name, item.filename])
                digest = _file_hash(item)
                if digest is not None:
                    files[name] = digest
            else:
                parts.append([name, repr(item)])
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest(), files


def _file_hash(upload):
    """The SHA-256 of an upload's bytes, None if it has none."""
    digest, size = hashlib.sha256(), 0
    upload.seek(0)
    for chunk in iter(lambda: upload.read(1024 * 1024), b""):
        digest.update(chunk)
        size += len(chunk)
    upload.seek(0)
    return digest.hexdigest() if size else None


def _key(purpose, token, fingerprint):
    secret = getUtility(IKeyManager).secret()
    return hmac.new(secret.encode(), f"{purpose}\0{token}\0{fingerprint}".encode(), hashlib.sha256).digest()


def _seal(data, key):
    # XOR with a key used once (each token is); a status code (12 characters, status.py) is
    # shorter than the key (32 bytes).
    return bytes(a ^ b for a, b in zip(data, key, strict=False))


def _forget_old_receipts(receipts, most=100):
    """Drops expired receipts, oldest tokens first (a token starts with the time its form was
    rendered), a few per send: the map stays small without a cleanup job."""
    limit = time.time() - RECEIPT_SECONDS
    for token in list(itertools.islice(receipts.keys(), most)):
        if receipts[token][0] >= limit:
            break
        del receipts[token]


def reset_rate_limit():
    """For tests and for an administrator's console."""
    SUBMISSIONS.reset()
