"""Cases, the thank-you and status pages and the intranet never carry public cache headers.

The add-on's own views and services with case or personal data answer `no-store, private`
through the ruleset `weissenfels.private` (caching/configure.zcml); the answers no ruleset
sees (403, 413, 400, 429) through `caching.no_store()`.
"""

from case_forms import HOUSING_FORM
from case_forms import make_case
from case_forms import submit
from io import BytesIO
from PIL import Image
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.namedfile.file import NamedBlobImage
from weissenfels.portal.cases.settings import ICaseSettings
from weissenfels.portal.security import throttle
from weissenfels.portal.testing import DEMO_PASSWORD

import os
import pytest
import requests
import transaction


def is_public(response):
    header = response.headers.get("Cache-Control", "")
    return "public" in header or ("s-maxage" in header and "s-maxage=0" not in header)


@pytest.fixture
def site(demo_functional_portal):
    api.portal.set_registry_record("min_fill_seconds", 0, interface=ICaseSettings)
    transaction.commit()
    return demo_functional_portal


def test_public_unit_page_is_cacheable_for_comparison(site):
    response = requests.get(site.absolute_url() + "/de/wohnraumkontrolle", timeout=30)
    assert response.status_code == 200
    assert is_public(response)


def test_thank_you_page_is_never_public(site):
    response = submit(
        site.absolute_url() + "/de/neustadtbuero/kontakt",
        {"topic": "work", "message": "Ich suche Arbeit.", "privacy_consent": True},
    )
    assert response.status_code == 200 and "WSF-" in response.text
    assert not is_public(response)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_status_page_is_never_public(site, method):
    case = make_case(site, "neustadtbuero", text="x", code="geheim", language="de")
    transaction.commit()
    data = {"reference": case.reference, "code": "geheim"} if method == "POST" else None
    response = requests.request(method, site.absolute_url() + "/de/@@vorgang-status", data=data, timeout=30)
    assert response.status_code == 200
    assert not is_public(response)


def test_case_view_is_never_public(site):
    case = make_case(site, "wohnraumkontrolle", text="x", code="geheim", language="de")
    transaction.commit()
    response = requests.get(case.absolute_url(), auth=("sb-wohnraumkontrolle", DEMO_PASSWORD), timeout=30)
    assert response.status_code == 200
    assert not is_public(response)


@pytest.mark.parametrize("path", ["/intranet", "/intranet/ag-clearingstelle", "/intranet/@@my-action-items"])
def test_intranet_pages_are_never_public(site, path):
    response = requests.get(site.absolute_url() + path, auth=("mitglied-clearingstelle", DEMO_PASSWORD), timeout=30)
    assert response.status_code == 200
    assert not is_public(response)


HANDLER = ("sb-wohnraumkontrolle", DEMO_PASSWORD)
ADMIN = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
JSON = {"Accept": "application/json"}


def is_no_store(response):
    header = response.headers.get("Cache-Control", "")
    return "no-store" in header and "private" in header


def png():
    out = BytesIO()
    Image.new("RGB", (400, 300), "red").save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def case_url(site):
    photo = NamedBlobImage(data=png(), contentType="image/png", filename="flur.png")
    case = make_case(site, "wohnraumkontrolle", text="Schimmel", code="geheim", attachments=[photo])
    transaction.commit()
    return case.absolute_url()


# (path below the case or the site, who asks, headers): every page that once set the header itself.
CASE_PAGES = [
    ("/@@case-attachment?index=0", HANDLER, {}),
    ("/@@case-thumbnail?index=0", HANDLER, {}),
    ("/@case-notes", HANDLER, JSON),
]
SITE_PAGES = [
    ("/vorgaenge/@@vorgaenge-inbox", HANDLER, {}),
    ("/vorgaenge/wohnraumkontrolle/@@vorgaenge-inbox", HANDLER, {}),
    ("/@@vorgaenge-kennzahlen", ADMIN, {}),
    ("/@@vorgaenge-kennzahlen.csv", ADMIN, {}),
    ("/@@vorgaenge-kennzahlen.xlsx", ADMIN, {}),
    ("/@@datenschutz-auskunft", ADMIN, {}),
    ("/@@login-blocks", ADMIN, {}),
    ("/@data-subject-request?query=a@example.org", ADMIN, JSON),
]


@pytest.mark.parametrize(("path", "auth", "headers"), CASE_PAGES, ids=[p for p, _a, _h in CASE_PAGES])
def test_case_pages_answer_no_store(case_url, path, auth, headers):
    response = requests.get(case_url + path, auth=auth, headers=headers, timeout=30)
    assert response.status_code == 200, response.text[:300]
    assert is_no_store(response), " ".join(response.headers)


@pytest.mark.parametrize(("path", "auth", "headers"), SITE_PAGES, ids=[p for p, _a, _h in SITE_PAGES])
def test_site_pages_answer_no_store(site, path, auth, headers):
    origin = "/".join(site.absolute_url().split("/")[:3])  # the DSR service wants its own pages
    response = requests.get(site.absolute_url() + path, auth=auth, headers={**headers, "Origin": origin}, timeout=30)
    assert response.status_code == 200, response.text[:300]
    assert is_no_store(response), " ".join(response.headers)


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_status_page_answers_no_store(site, method):
    case = make_case(site, "neustadtbuero", text="x", code="geheim", language="de")
    transaction.commit()
    data = {"reference": case.reference, "code": "geheim"} if method == "POST" else None
    response = requests.request(method, site.absolute_url() + "/de/@@vorgang-status", data=data, timeout=30)
    assert response.status_code == 200
    assert is_no_store(response)


def test_forged_request_403_answers_no_store(site):
    response = requests.post(
        site.absolute_url() + "/@@datenschutz-auskunft",
        data={"query": "a@example.org"},
        auth=ADMIN,
        headers={"Origin": "https://evil.example"},
        timeout=30,
    )
    assert response.status_code == 403
    assert is_no_store(response)


def test_bad_input_400_answers_no_store(site):
    url = site.absolute_url() + "/vorgaenge/@@vorgaenge-inbox?text:list=a&text:list=b"
    response = requests.get(url, auth=HANDLER, timeout=30)
    assert response.status_code == 400
    assert "no-store" in response.headers.get("Cache-Control", "")


def test_too_large_413_answers_no_store(site):
    api.portal.set_registry_record("max_upload_mb", 1, interface=ICaseSettings)
    transaction.commit()
    form = f"{site.absolute_url()}/{HOUSING_FORM}"
    requests.get(form, timeout=30)  # the limit is known from the form view
    body = {"photo": ("gross.jpg", b"\xff\xd8\xff" + os.urandom(7 * 1024 * 1024), "image/jpeg")}
    response = requests.post(form, files=body, headers={"Accept": "text/html"}, timeout=60)
    assert response.status_code == 413
    assert is_no_store(response)


@pytest.fixture
def no_blocks():
    throttle.reset()
    yield
    throttle.reset()


def test_rate_limit_429_answers_no_store(site, no_blocks):
    def login(password):
        return requests.post(
            site.absolute_url() + "/@login",
            json={"login": SITE_OWNER_NAME, "password": password},
            headers=JSON,
            timeout=30,
        )

    for _ in range(5):
        login("wrong")
    response = login(SITE_OWNER_PASSWORD)
    assert response.status_code == 429
    assert "no-store" in response.headers.get("Cache-Control", "")
