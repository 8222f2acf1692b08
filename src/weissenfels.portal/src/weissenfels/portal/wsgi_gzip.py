"""Compression for the embedded server: a WSGI filter in the instance's pipeline (zope.ini).

Zope's own `enableHTTPCompression` sees only responses Zope builds itself, not the streamed
resources (bundles, theme files, blobs), so the filter sits outside Zope. It compresses text
(HTML, CSS, JavaScript, JSON, SVG) for requests without credentials only: a logged-in page
carries CSRF tokens next to reflected input, which compression would expose (BREACH).
Responses stream through a zlib compressor; nothing is buffered whole.
"""

import zlib


COMPRESSIBLE = (
    "text/html",
    "text/css",
    "text/plain",
    "text/javascript",
    "text/xml",
    "application/javascript",
    "application/json",
    "application/xml",
    "application/ld+json",
    "image/svg+xml",
    "image/x-icon",
)
# Zope's login cookie, the session cookie, and plone.restapi's cookie: any of them means a
# logged-in visitor (or one trying to be).
CREDENTIAL_COOKIES = ("__ac", "auth_token", "__ac_session")
MIN_SIZE = 512


def _header(headers, name):
    name = name.lower()
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def has_credentials(environ):
    if environ.get("HTTP_AUTHORIZATION"):
        return True
    cookies = environ.get("HTTP_COOKIE", "")
    return any(f"{name}=" in cookies for name in CREDENTIAL_COOKIES)


def accepts_gzip(environ):
    for coding in environ.get("HTTP_ACCEPT_ENCODING", "").split(","):
        name, _, params = coding.strip().partition(";")
        if name.strip().lower() in ("gzip", "*") and params.replace(" ", "") not in ("q=0", "q=0.0"):
            return True
    return False


def _compressible(status, headers):
    if not status.startswith("200") and not status.startswith("404"):
        return False
    if _header(headers, "Content-Encoding"):
        return False
    content_type = (_header(headers, "Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in COMPRESSIBLE:
        return False
    length = _header(headers, "Content-Length")
    return not (length is not None and length.isdigit() and int(length) < MIN_SIZE)


def _add_vary(headers):
    vary = _header(headers, "Vary")
    if vary is None:
        headers.append(("Vary", "Accept-Encoding"))
    elif "accept-encoding" not in vary.lower():
        headers[:] = [(k, f"{v}, Accept-Encoding" if k.lower() == "vary" else v) for k, v in headers]


class GzipFilter:
    def __init__(self, app, level=6):
        self.app = app
        self.level = int(level)

    def __call__(self, environ, start_response):
        if environ.get("REQUEST_METHOD") not in ("GET", "POST") or has_credentials(environ):
            return self.app(environ, start_response)
        gzip_ok = accepts_gzip(environ)
        compressing = []

        def gzip_start_response(status, headers, exc_info=None):
            headers = list(headers)
            compressible = _compressible(status, headers)
            if compressible:
                _add_vary(headers)  # caches keep both forms apart, also when this one is plain
            if compressible and gzip_ok:
                headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
                headers.append(("Content-Encoding", "gzip"))
                compressing.append(True)
            return start_response(status, headers, exc_info)

        body = self.app(environ, gzip_start_response)
        if not compressing:
            return body
        return self._compress(body)

    def _compress(self, body):
        compressor = zlib.compressobj(self.level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        try:
            for chunk in body:
                data = compressor.compress(chunk)
                if data:
                    yield data
            yield compressor.flush()
        finally:
            if hasattr(body, "close"):
                body.close()


def filter_factory(global_conf, level=6):
    """The paste.filter_factory entry point `egg:weissenfels.portal#gzip`."""

    def make_filter(app):
        return GzipFilter(app, level)

    return make_filter
