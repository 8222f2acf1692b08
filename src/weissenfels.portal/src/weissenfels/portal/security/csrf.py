"""Forged requests (CSRF) are refused in one place, for every URL of the Zope process.

A browser adds the session cookie (`__ac`, SameSite=Lax) and cached HTTP Basic credentials
to every request it sends to the site, also when a page elsewhere makes it send one: a page on
another port or a sibling host of the same site is "same-site", so even the Lax cookie travels
there, and a `<form enctype="text/plain">` needs no CORS preflight. plone.restapi's services
switch plone.protect off, so `@workflow`, `@users`, `@sharing`, PATCH, DELETE ... accepted
such requests.

So, on IPubAfterTraversal (after authentication, before the published object runs), a request
that changes state (any method but GET, HEAD, OPTIONS; or a GET of a sensitive read, marked
ISensitiveRead, such as the data-subject export that writes its audit entry) and carries
credentials a browser sends by itself (an auth cookie, or an Authorization header other than
Bearer) is refused with 403 unless

- it is same-origin: its Origin header, else `Sec-Fetch-Site: same-origin`, else its Referer
  names the site's own origin: the configured public URL's (public_url.py: behind a proxy the
  proxied Host differs) or the one the request was addressed to (SERVER_URL); or
- it carries a valid plone.protect token (`_authenticator` or `X-CSRF-TOKEN`) of its user.

Bearer tokens are exempt (a browser never adds them by itself, and Authorization is no
CORS-safelisted header: a page elsewhere cannot add one without a preflight this site does
not grant, whatever cookie goes along); requests without credentials
run as Anonymous and gain nothing from a victim. The refusal happens before anything is
published and Zope aborts the transaction; it is logged at WARNING for the administrators.
"""

from AccessControl import getSecurityManager
from plone.protect.authenticator import check as check_authenticator
from Products.CMFCore.interfaces import ISiteRoot
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from urllib.parse import urlsplit
from weissenfels.portal import _
from weissenfels.portal.caching import no_store
from weissenfels.portal.public_url import public_origin
from weissenfels.portal.security.headers import STATIC_HEADERS
from zExceptions import Forbidden
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import Interface
from zope.interface.interfaces import ComponentLookupError

import json
import logging


logger = logging.getLogger("weissenfels.portal.csrf")

SAFE_METHODS = frozenset(("GET", "HEAD", "OPTIONS"))
DEFAULT_PORTS = {"http": 80, "https": 443}
# Cookies that carry a login even where no PAS plugin names them (the Zope root).
AUTH_COOKIES = frozenset(("__ac",))

MESSAGE = _(
    "error_forged_request",
    default="This request did not come from a page of this site and was refused. Nothing was "
    "changed. Please open the page on the site itself and try again.",
)


class ISensitiveRead(Interface):
    """A view or service that only reads, but whose reading must not be triggered from
    another site (it writes an audit entry or hands out personal data): checked like a write."""


class IForgedRequest(Interface):
    """Marks the Forbidden raised for a request that was refused as forged."""


def origin_of(url):
    """scheme://host[:port] of a URL, lower case, default port dropped; None if it has none."""
    try:
        parts = urlsplit((url or "").strip())
        port = parts.port
    except ValueError:
        return None
    if not parts.scheme or not parts.hostname:
        return None
    scheme = parts.scheme.lower()
    host = parts.hostname.lower()
    if ":" in host:  # IPv6
        host = f"[{host}]"
    if port is None or port == DEFAULT_PORTS.get(scheme):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


def plone_site(request):
    """The Plone site the request was traversed through, or None (the Zope root)."""
    for parent in request.get("PARENTS") or ():
        if ISiteRoot.providedBy(parent):
            return parent
    return None


def site_origins(request):
    """The origins that count as the site itself."""
    origins = {origin_of(request.get("SERVER_URL"))}
    if plone_site(request) is not None:
        origins.add(origin_of(public_origin()))
    origins.discard(None)
    return origins


def is_same_origin(request):
    """True if the browser says the request comes from a page of this site.

    Origin, when present, must be the site's ("null" and every other origin are foreign);
    Sec-Fetch-Site, when present, must be "same-origin" (a sibling host is "same-site");
    without either, the Referer must be the site's. Without any of them: False.
    """
    origin = request.getHeader("Origin")
    fetch_site = request.getHeader("Sec-Fetch-Site")
    if not origin and not fetch_site:
        referer = request.getHeader("Referer")
        return bool(referer) and origin_of(referer) in site_origins(request)
    if origin and origin_of(origin) not in site_origins(request):
        return False
    return not fetch_site or fetch_site.strip().lower() == "same-origin"


def auth_cookie_names(request):
    names = set(AUTH_COOKIES)
    site = plone_site(request)
    user_folder = getattr(site, "acl_users", None) if site is not None else None
    for plugin in user_folder.objectValues() if user_folder is not None else ():
        name = getattr(plugin, "cookie_name", None)
        if isinstance(name, str) and name:
            names.add(name)
    return names


def is_bearer(request):
    return (request._auth or "").strip().lower().startswith("bearer ")


def has_ambient_credentials(request):
    """True if the request carries credentials a browser adds by itself: an Authorization
    header (Basic, also cached ones; Negotiate ...) or an auth cookie. Bearer is never ambient."""
    if request._auth:
        return not is_bearer(request)
    cookies = getattr(request, "cookies", None) or {}
    return any(name in cookies for name in auth_cookie_names(request))


def needs_origin_check(request):
    safe = request.get("REQUEST_METHOD", "GET").upper() in SAFE_METHODS
    if safe and not ISensitiveRead.providedBy(request.get("PUBLISHED")):
        return False
    return has_ambient_credentials(request)


def has_valid_token(request):
    """plone.protect's own check of `_authenticator` / X-CSRF-TOKEN for the authenticated user
    (at the Zope root there is no keyring, so no token is valid there)."""
    try:
        check_authenticator(request)
    except (Forbidden, ComponentLookupError):
        return False
    return True


def refuse_forged_request(event):
    """IPubAfterTraversal: 403 for a state-changing request a foreign page made a browser send."""
    request = event.request
    if not needs_origin_check(request) or is_same_origin(request) or has_valid_token(request):
        return
    log_refusal(request)
    raise forged_request()


def log_refusal(request):
    user = getSecurityManager().getUser()
    logger.warning(
        "Refused a request from a foreign page (CSRF): %s %s by %s from %s; Origin %r, Referer %r, Sec-Fetch-Site %r",
        request.get("REQUEST_METHOD"),
        request.get("ACTUAL_URL") or request.get("PATH_INFO"),
        user.getUserName() if user is not None else "Anonymous User",
        request.getClientAddr(),
        request.getHeader("Origin"),
        request.getHeader("Referer"),
        request.getHeader("Sec-Fetch-Site"),
    )


def forged_request():
    refusal = Forbidden("Request from a foreign origin")
    alsoProvides(refusal, IForgedRequest)
    return refusal


class ForgedRequestView(BrowserView):
    """The exception view (name index.html) of IForgedRequest: 403, JSON or a short page."""

    index = ViewPageTemplateFile("templates/forged_request.pt")

    def __call__(self):
        response = self.request.response
        response.setStatus(403)
        no_store(response)
        for name, value in STATIC_HEADERS.items():
            response.setHeader(name, value)
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'")
        if "application/json" in (self.request.getHeader("Accept") or ""):
            response.setHeader("Content-Type", "application/json")
            message = translate(MESSAGE, context=self.request)
            return json.dumps({"error": {"type": "Forbidden", "message": message}})
        response.setHeader("Content-Type", "text/html; charset=utf-8")
        return self.index()
