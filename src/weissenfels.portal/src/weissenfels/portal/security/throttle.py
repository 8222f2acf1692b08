"""Slow down password guessing: after N failed logins from one client, refuse its logins for a while.

A login attempt is a request that carries credentials: the login form's __ac_password, an
HTTP basic-auth header, or a POST to the REST API's @login. The count is per Zope process
and per client address (request.getClientAddr(), which honours trusted proxies); with N
processes behind a load balancer a client gets at most N times the limit.
"""

from AccessControl import getSecurityManager
from plone import api
from collections import defaultdict
from collections import deque
from weissenfels.portal import _
from weissenfels.portal.interfaces import IBrowserLayer
from weissenfels.portal.security.settings import get_setting
from zExceptions import HTTPTooManyRequests
from zope.i18n import translate

import base64
import threading
import time


class FailedLogins:
    """Failed login times per client, kept for the configured window."""

    def __init__(self):
        self._lock = threading.Lock()
        self._failures = defaultdict(deque)

    def _prune(self, client, now, window):
        failures = self._failures[client]
        while failures and failures[0] <= now - window:
            failures.popleft()
        return failures

    def blocked(self, client, max_failures, window, now=None):
        with self._lock:
            return len(self._prune(client, now or time.time(), window)) >= max_failures

    def record(self, client, window, now=None):
        with self._lock:
            now = now or time.time()
            self._prune(client, now, window).append(now)

    def reset(self, client=None):
        with self._lock:
            if client is None:
                self._failures.clear()
            else:
                self._failures.pop(client, None)


FAILED_LOGINS = FailedLogins()


class TooManyRequests(HTTPTooManyRequests):
    """429. Named so: ZPublisher and plone.rest derive the status code from the class name."""


def is_rest_login(request):
    return request.get("REQUEST_METHOD") == "POST" and request.get("PATH_INFO", "").endswith("/@login")


def is_login_attempt(request):
    return bool(request._auth) or "__ac_password" in request.form or is_rest_login(request)


def refuse_blocked_client(event):
    request = event.request
    if not IBrowserLayer.providedBy(request) or not is_login_attempt(request):
        return
    client = request.getClientAddr()
    if FAILED_LOGINS.blocked(client, get_setting("max_failed_logins"), get_setting("failed_login_window")):
        minutes = max(1, get_setting("failed_login_window") // 60)
        message = _(
            "error_too_many_failed_logins",
            default="Too many failed logins from your connection. Please try again in ${minutes} minutes.",
            mapping={"minutes": minutes},
        )
        request.response.setHeader("Retry-After", str(get_setting("failed_login_window")))
        raise TooManyRequests(translate(message, context=request))


def _credentials(request):
    """(login, password) the request carries: basic auth or the login form."""
    if request._auth and request._auth.lower().startswith("basic "):
        try:
            login, _sep, password = base64.b64decode(request._auth[6:]).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return None, None
        return login, password
    return request.form.get("__ac_name"), request.form.get("__ac_password")


def _valid_credentials(request):
    """True if the login and password are right for the site or the Zope root, even when
    the request was refused for lack of permission (that is no failed login)."""
    login, password = _credentials(request)
    if not login or password is None:
        return False
    site = api.portal.get()
    for user_folder in (site.acl_users, site.getPhysicalRoot().acl_users):
        if user_folder.authenticate(login, password, request) is not None:
            return True
    return False


def record_login_attempt(event):
    request = event.request
    if not IBrowserLayer.providedBy(request) or not is_login_attempt(request):
        return
    if request.response.getStatus() == 429:  # refused above: not an attempt that was checked
        return
    client = request.getClientAddr()
    if is_rest_login(request):
        failed = request.response.getStatus() == 401
    else:
        anonymous = getSecurityManager().getUser().getUserName() == "Anonymous User"
        failed = anonymous and not _valid_credentials(request)
    if failed:
        FAILED_LOGINS.record(client, get_setting("failed_login_window"))
    else:
        FAILED_LOGINS.reset(client)
