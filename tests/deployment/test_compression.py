"""Compression on the site `make start` makes (weissenfels.portal.wsgi_gzip in zope.ini):
anonymous pages and static resources gzip-compressed with `Vary: Accept-Encoding`, plain
without `Accept-Encoding`, never for a logged-in visitor (BREACH: CSRF tokens next to
reflected input)."""

from site_client import origin_of

import gzip
import pytest
import re
import requests


pytestmark = pytest.mark.slow


def get(url, encoding, **kwargs):
    # stream=True: requests would otherwise decode the body and hide what came over the wire.
    return requests.get(url, headers={"Accept-Encoding": encoding}, stream=True, timeout=60, **kwargs)


def raw_body(answer):
    return answer.raw.read(decode_content=False)


def test_anonymous_page_is_compressed(started_site):
    page = get(started_site.url + "/de", "gzip, deflate, br")
    assert page.status_code == 200
    assert page.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in page.headers["Vary"]
    html = gzip.decompress(raw_body(page)).decode()
    assert "Weißenfels" in html


def test_without_accept_encoding_the_page_is_plain(started_site):
    page = get(started_site.url + "/de", "identity")
    assert page.status_code == 200
    assert "Content-Encoding" not in page.headers
    assert "Accept-Encoding" in page.headers["Vary"]
    assert "Weißenfels" in raw_body(page).decode()


def test_stylesheets_and_scripts_are_compressed(started_site):
    html = requests.get(started_site.url + "/de", timeout=60).text
    resources = re.findall(r'(?:href|src)="([^"]+\.(?:css|js)[^"]*)"', html)
    assert resources
    for url in resources[:4]:
        answer = get(url, "gzip")
        assert answer.status_code == 200, url
        assert answer.headers.get("Content-Encoding") == "gzip", url
        assert len(gzip.decompress(raw_body(answer))) > 0


def test_logged_in_pages_are_not_compressed(started_site):
    session = requests.Session()
    login = session.post(
        started_site.url + "/login",
        data={"__ac_name": "redakteurin", "__ac_password": started_site.demo_password, "buttons.login": "Anmelden"},
        headers={"Origin": origin_of(started_site.url)},
        timeout=60,
    )
    assert login.status_code == 200 and "__ac" in session.cookies
    page = session.get(started_site.url + "/de", headers={"Accept-Encoding": "gzip"}, stream=True, timeout=60)
    assert page.status_code == 200
    assert "Content-Encoding" not in page.headers
    assert "/logout" in raw_body(page).decode()
