"""HTTP security headers on every response: the portal's pages and the Zope root's.

Logged-in users get the relaxed policy that Plone's editing screens need, except below
/vorgaenge (the case view, its handling panel, attachments, thumbnails, the inbox): pages that
show what residents typed get the strict policy whoever looks at them (issue 13).
The Zope root (its ZMI, its error pages) has no add-on layer and no registry: the same static
headers and the built-in policies.
"""

from AccessControl.SecurityManagement import noSecurityManager
from Acquisition import aq_base
from weissenfels.portal.handling.interfaces import ICasesRoot
from weissenfels.portal.interfaces import IBrowserLayer
from weissenfels.portal.security.settings import DEFAULT_CSP
from weissenfels.portal.security.settings import DEFAULT_CSP_AUTHENTICATED
from weissenfels.portal.security.settings import get_setting


STATIC_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "SAMEORIGIN",
}


HSTS = "max-age=31536000; includeSubDomains"


def is_https(request):
    return request.get("SERVER_URL", "").startswith("https://")


def below_cases(request):
    """True for a request to /vorgaenge or anything in it (from the traversed parents)."""
    return any(ICasesRoot.providedBy(aq_base(obj)) for obj in request.get("PARENTS") or ())


def policy(request, anonymous):
    if not IBrowserLayer.providedBy(request):  # the Zope root: no registry to ask
        return DEFAULT_CSP if anonymous else DEFAULT_CSP_AUTHENTICATED
    if anonymous or below_cases(request):
        return get_setting("content_security_policy")
    return get_setting("content_security_policy_authenticated")


def is_anonymous(request):
    """Whom this request authenticated as. A request refused before authentication (bad form
    data, an oversized body) counts as anonymous: the thread's security manager may still
    hold the user of the previous request served by this thread. Read from request.other
    (set by traversal only): request.get would fall back to form data and cookies."""
    user = request.other.get("AUTHENTICATED_USER")
    return user is None or user.getUserName() == "Anonymous User"


def forget_previous_user(event):
    """IPubStart: no user until this request is authenticated.

    ZPublisher leaves a worker thread's security manager of the previous request in place
    until it authenticates the next one, after parsing its input and traversing. A request
    answered before that (the login throttle's 429, a 400 for unparsable input, a 413) would
    otherwise be answered as the previous request's user: set_security_headers gave a
    blocked client the logged-in policy after someone's (or its own right password's)
    request, so the 429 differed (issue 13: right and wrong passwords must look alike)."""
    noSecurityManager()


def set_security_headers(event):
    request = event.request
    response = request.response
    for name, value in STATIC_HEADERS.items():
        response.setHeader(name, value)
    response.setHeader("Content-Security-Policy", policy(request, is_anonymous(request)))
    if is_https(request):
        # Behind an HTTPS proxy (VirtualHostMonster with https): browsers keep to HTTPS, and
        # no cookie travels in clear.
        response.setHeader("Strict-Transport-Security", HSTS)
        for attributes in response.cookies.values():
            attributes["secure"] = True
