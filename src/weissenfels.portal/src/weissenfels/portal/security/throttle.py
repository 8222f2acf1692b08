"""Slow down password guessing on every way a password reaches Zope.

A login attempt is any request that carries a password, whatever its URL and whatever
layer: HTTP basic auth (the site and the Zope root), the login form's fields
`__ac_name`/`__ac_password` (PlonePAS reads them on every URL), a JSON body with "login" and
"password" (plone.restapi's JWT plugin reads it on every URL, its `@login` service in every
spelling) and PlonePAS's old `__ac` cookie holding login and password.

The check runs right after ZPublisher has parsed the request's input and before traversal
and authentication (the request's processInputs is wrapped on IPubStart): a blocked client
gets the same 429, body and headers whether its password is right or wrong, on every path.
The outcome is recorded when the request ends (IPubBeforeCommit/IPubBeforeAbort) by checking
the password against the user folders the request passed (the site's and the Zope root's):

- failures count per client (request.getClientAddr(), which honours trusted proxies), per
  (client, account) and per account, in a sliding window (security/ratelimit.py);
- a client is blocked for the window when one (client, account) pair reaches
  `max_failed_logins`, or the client reaches `max_failed_logins_per_client` over all accounts;
- a success resets only its own (client, account) pair;
- an account is never blocked for everyone (account ids are public): after
  `account_slowdown_after` failures from anywhere, every login to it waits a little longer
  before it is answered, up to `account_max_delay` seconds.

Settings come from the registry of the site the request went to, the schema defaults at
the Zope root. State is per Zope process; administrators see and lift blocks in
`@@login-blocks` (security/login_blocks.py).
"""

from AccessControl import getSecurityManager
from Acquisition import aq_base
from Products.PluggableAuthService.plugins.CookieAuthHelper import decode_cookie
from Products.PluggableAuthService.plugins.CookieAuthHelper import decode_hex
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.security.ratelimit import Blocks
from weissenfels.portal.security.ratelimit import SlidingWindow
from weissenfels.portal.security.ratelimit import too_many_requests
from weissenfels.portal.security.settings import get_setting
from zope.i18n import translate

import base64
import json
import math
import time


FAILURES = SlidingWindow()  # keys: ("client", c), ("pair", c, account), ("account", account)
BLOCKED_CLIENTS = Blocks()  # client -> account that tipped the block ("" for many accounts)
SLOWED_ACCOUNTS = Blocks()  # account -> seconds every login to it waits
# Request attributes, not environ or form: error logs print those, and this holds a password.
ATTEMPT = "_weissenfels_login_attempt"  # [(login, password)] of this request
REFUSED = "_weissenfels_login_refused"
DELAY_STEP = 0.5  # seconds added per failure beyond account_slowdown_after


def reset():
    """Forget every failure, block and slowdown (tests, an administrator's console)."""
    FAILURES.reset()
    BLOCKED_CLIENTS.lift()
    SLOWED_ACCOUNTS.lift()


def client_of(request):
    return request.getClientAddr() or "unknown"


def account_key(login):
    return (login or "").strip().lower()


# --- Which password does the request carry? ----------------------------------------------


def _basic_auth(request):
    auth = request._auth or ""
    if auth[:6].lower() != "basic ":
        return None
    try:
        login, _sep, password = base64.b64decode(auth[6:].strip()).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return ("", "")  # garbled credentials are still an attempt
    return (login, password)


def _login_form(request):
    if "__ac_password" not in request.form:
        return None
    login = request.form.get("__ac_name", "")
    password = request.form.get("__ac_password", "")
    return (login if isinstance(login, str) else "", password if isinstance(password, str) else "")


def _json_text_start(body):
    """The first characters of a JSON text as json.loads sees them: bytes are decoded as it
    decodes them (UTF-8 with or without a byte order mark, UTF-16, UTF-32)."""
    if isinstance(body, str):
        return body[:64]
    head = bytes(body[:64])
    try:
        return head.decode(json.detect_encoding(head), "ignore")
    except (LookupError, ValueError):
        return ""


def _json_body(request):
    """The (login, password) plone.restapi would read from the body: its JWT plugin and its
    @login service parse any body with json.loads, whatever its size, byte order mark or
    encoding, so every body json.loads accepts as an object counts (issue 13: padding, a BOM
    or UTF-16 must not slip past the throttle)."""
    content_type = request.get("CONTENT_TYPE", "") or ""
    if request.get("REQUEST_METHOD") == "GET" or content_type.startswith("multipart/"):
        return None  # no body, or one that holds files: never a JSON login
    try:
        body = request.get("BODY")
    except Exception:  # no body read, or one that cannot be read: not a JSON login
        return None
    if not body or not isinstance(body, (bytes, bytearray, str)):
        return None
    if _json_text_start(body).lstrip()[:1] != "{":
        return None  # cheap: a body that is no JSON object is no login
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(data, dict) or "login" not in data or "password" not in data:
        return None
    login, password = data["login"], data["password"]
    return (login if isinstance(login, str) else "", password if isinstance(password, str) else "")


def _password_cookie(request):
    """PlonePAS's cookie handler still accepts an `__ac` cookie of hex(login):hex(password)."""
    cookie = request.cookies.get("__ac", "")
    try:
        login, password = decode_cookie(cookie).split(":")
        return (decode_hex(login), decode_hex(password))
    except Exception:  # a plone.session ticket or garbage: no password in it
        return None


def login_credentials(request):
    """[(login, password)] of every password the request carries: PAS tries each of them,
    so each one is an attempt (a valid password of one's own next to a guess is no cover)."""
    found = [source(request) for source in (_basic_auth, _login_form, _json_body, _password_cookie)]
    return [credentials for credentials in found if credentials is not None]


# --- Before traversal: refuse blocked clients, slow down guessed accounts ----------------


def guard_login_attempts(event):
    """IPubStart: check the request's password, if any, right after its input is parsed.

    Registered after form_input.guard_form_parsing, which wraps processInputs too: this
    wrapper calls whatever processInputs is in place, then checks."""
    request = event.request
    parse = request.processInputs

    def process_inputs():
        parse()
        request.__dict__.pop("processInputs", None)
        check_login_attempt(request)

    request.processInputs = process_inputs


def check_login_attempt(request):
    attempts = login_credentials(request)
    if not attempts:
        return
    setattr(request, ATTEMPT, attempts)
    remaining = BLOCKED_CLIENTS.remaining(client_of(request))
    if remaining:
        setattr(request, REFUSED, True)
        raise login_blocked(request, remaining)
    delay = max(SLOWED_ACCOUNTS.info(account_key(login)) or 0 for login, _password in attempts)
    if delay:
        time.sleep(delay)


def blocked_message(request, seconds):
    message = _(
        "error_too_many_failed_logins",
        default="Too many failed logins from your connection. Please try again in ${minutes} minutes.",
        mapping={"minutes": max(1, math.ceil(seconds / 60))},
    )
    return translate(message, context=request)


def login_blocked(request, seconds):
    return too_many_requests(blocked_message(request, seconds), seconds)


# --- When the request ends: record the outcome -------------------------------------------


def _user_folders(request):
    """The user folders on the request's path (the site's, the Zope root's), innermost first."""
    folders, seen = [], set()
    for parent in request.get("PARENTS") or ():
        if getattr(aq_base(parent), "acl_users", None) is None:
            continue
        folder = parent.acl_users
        if id(aq_base(folder)) not in seen:
            seen.add(id(aq_base(folder)))
            folders.append(folder)
    return folders


def credentials_valid(request, login, password):
    """True if the password is right for the login in one of the request's user folders,
    even when the request itself was refused for lack of permission."""
    if not login or not password:
        return False
    user = getSecurityManager().getUser()
    if user is not None and account_key(user.getUserName()) == account_key(login):
        return True  # these credentials logged the request in
    for folder in _user_folders(request):
        try:
            if folder.authenticate(login, password, request) is not None:
                return True
        except Exception:  # a broken plugin is no valid login
            logger.exception("Checking a login against %r failed", folder)
    return False


def record_login_attempt(event):
    request = event.request
    attempts = getattr(request, ATTEMPT, None)
    if not attempts or getattr(request, REFUSED, False):
        return
    setattr(request, ATTEMPT, None)  # IPubBeforeAbort may follow IPubBeforeCommit: count once
    client = client_of(request)
    for login, password in attempts:
        if credentials_valid(request, login, password):
            FAILURES.reset(("pair", client, account_key(login)))
        else:
            record_failure(client, account_key(login))


def record_failure(client, account, now=None):
    window = get_setting("failed_login_window")
    pair = FAILURES.hit(("pair", client, account), window, now)
    overall = FAILURES.hit(("client", client), window, now)
    per_account = FAILURES.hit(("account", account), window, now)
    if pair >= get_setting("max_failed_logins"):
        BLOCKED_CLIENTS.block(client, window, account, now)
    elif overall >= get_setting("max_failed_logins_per_client"):
        BLOCKED_CLIENTS.block(client, window, "", now)
    beyond = per_account - get_setting("account_slowdown_after")
    if beyond >= 0:
        delay = min(get_setting("account_max_delay"), DELAY_STEP * (beyond + 1))
        SLOWED_ACCOUNTS.block(account, window, delay, now)


def lift_block(client):
    """An administrator lifts a client's block: its failures are forgotten too."""
    BLOCKED_CLIENTS.lift(client)
    FAILURES.reset_matching(lambda key: key[0] in ("client", "pair") and key[1] == client)
    logger.info("Login block of %s lifted", client)
