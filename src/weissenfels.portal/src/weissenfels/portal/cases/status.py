"""Status codes: shown once to the submitter, stored only as a hash; a client that fails
too many checks must wait (no guessing codes at a thousand a minute)."""

from weissenfels.portal import _
from weissenfels.portal.security.ratelimit import SlidingWindow
from weissenfels.portal.security.settings import get_setting
from zope.i18n import translate

import hashlib
import hmac
import math
import secrets


def new_status_code():
    return secrets.token_urlsafe(9)  # 72 random bits, 12 characters


def hash_status_code(code):
    # The code is random and long, so a plain SHA-256 is enough: there is no dictionary
    # of likely codes to try, and the reference number is needed as well.
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()


def status_code_matches(code, stored_hash):
    return bool(stored_hash) and hmac.compare_digest(hash_status_code(code or ""), stored_hash)


# --- Guessing codes: failed checks per client are limited (security/ratelimit.py) ---------

FAILED_CHECKS = SlidingWindow()


def checks_left(request):
    """False once the client has failed `status_check_max_failures` times in the window."""
    window = get_setting("status_check_window")
    return FAILED_CHECKS.count(request.getClientAddr() or "unknown", window) < get_setting("status_check_max_failures")


def record_failed_check(request):
    FAILED_CHECKS.hit(request.getClientAddr() or "unknown", get_setting("status_check_window"))


def too_many_checks_message(request):
    minutes = max(1, math.ceil(get_setting("status_check_window") / 60))
    message = _(
        "error_status_too_many_checks",
        default="Too many wrong reference numbers or status codes from your connection. "
        "Please wait ${minutes} minutes and try again.",
        mapping={"minutes": minutes},
    )
    return translate(message, context=request)
