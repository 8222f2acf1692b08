"""Same-origin check for the privacy view and service (a second line behind plone.protect)."""

from urllib.parse import urlsplit


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def is_foreign_origin(request):
    """True if the browser says the request comes from another site (Origin, Sec-Fetch-Site).

    Browsers send Origin with every cross-site POST/DELETE and every fetch(); without the
    header the request is a same-site navigation or a non-browser client (which has no
    victim's cookies to abuse). "null" (sandboxed frames, file:) counts as foreign.
    """
    # A top-level GET from another site carries no Origin, but modern browsers say so here:
    # a link on another site must not make an administrator's browser export (and log).
    if (request.getHeader("Sec-Fetch-Site") or "").strip().lower() == "cross-site":
        return True
    origin = request.getHeader("Origin")
    if not origin:
        return False
    return origin.strip().lower() != _origin(request.get("SERVER_URL") or request.get("ACTUAL_URL") or "")
