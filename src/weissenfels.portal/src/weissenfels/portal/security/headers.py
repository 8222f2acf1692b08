"""HTTP security headers on every response of a site with the add-on installed."""

from AccessControl import getSecurityManager
from weissenfels.portal.interfaces import IBrowserLayer
from weissenfels.portal.security.settings import get_setting


STATIC_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "SAMEORIGIN",
}


def is_https(request):
    return request.get("SERVER_URL", "").startswith("https://")


def set_security_headers(event):
    request = event.request
    if not IBrowserLayer.providedBy(request):
        return
    response = request.response
    for name, value in STATIC_HEADERS.items():
        response.setHeader(name, value)
    anonymous = getSecurityManager().getUser().getUserName() == "Anonymous User"
    policy = "content_security_policy" if anonymous else "content_security_policy_authenticated"
    response.setHeader("Content-Security-Policy", get_setting(policy))
    if is_https(request):
        # Behind an HTTPS proxy (VirtualHostMonster with https), no cookie travels in clear.
        for attributes in response.cookies.values():
            attributes["secure"] = True
