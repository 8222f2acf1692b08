"""The compression filter of the instance's pipeline (weissenfels.portal.wsgi_gzip), around a
small WSGI application: which responses it compresses, and that they decompress to the body."""

from weissenfels.portal.wsgi_gzip import GzipFilter

import gzip
import pytest


BODY = "<p>Wer hilft mir?</p>" * 100


def app(content_type="text/html; charset=utf-8", status="200 OK", body=BODY, extra=()):
    def wsgi(environ, start_response):
        data = body.encode()
        start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(data))), *extra])
        return [data[:100], data[100:]]

    return wsgi


def call(application, **environ):
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"], seen["headers"] = status, dict(headers)

    body = b"".join(GzipFilter(application)({"REQUEST_METHOD": "GET", **environ}, start_response))
    return seen["headers"], body


def test_html_for_an_anonymous_gzip_client_is_compressed():
    headers, body = call(app(), HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert headers["Content-Encoding"] == "gzip"
    assert headers["Vary"] == "Accept-Encoding"
    assert "Content-Length" not in headers
    assert gzip.decompress(body).decode() == BODY


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"HTTP_ACCEPT_ENCODING": "gzip;q=0"},
        {"HTTP_ACCEPT_ENCODING": "gzip", "HTTP_COOKIE": "lang=de; __ac=abc"},
        {"HTTP_ACCEPT_ENCODING": "gzip", "HTTP_COOKIE": "auth_token=abc"},
        {"HTTP_ACCEPT_ENCODING": "gzip", "HTTP_AUTHORIZATION": "Basic YTpi"},
    ],
)
def test_plain_without_gzip_or_with_credentials(environ):
    headers, body = call(app(), **environ)
    assert "Content-Encoding" not in headers
    assert body.decode() == BODY


@pytest.mark.parametrize("content_type", ["image/jpeg", "application/pdf", "application/zip"])
def test_binary_content_stays_as_it_is(content_type):
    headers, body = call(app(content_type=content_type), HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in headers and "Vary" not in headers
    assert body.decode() == BODY


def test_small_bodies_and_encoded_bodies_stay_as_they_are():
    headers, _ = call(app(body="ok"), HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in headers
    headers, _ = call(app(extra=[("Content-Encoding", "br")]), HTTP_ACCEPT_ENCODING="gzip")
    assert headers["Content-Encoding"] == "br"


def test_existing_vary_is_extended():
    headers, _ = call(app(extra=[("Vary", "Cookie")]), HTTP_ACCEPT_ENCODING="gzip")
    assert headers["Vary"] == "Cookie, Accept-Encoding"
