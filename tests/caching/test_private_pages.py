"""Cases, the thank-you and status pages and the intranet never carry public cache headers."""

from case_forms import make_case
from case_forms import submit
from plone import api
from weissenfels.portal.cases.settings import ICaseSettings
from weissenfels.portal.testing import DEMO_PASSWORD

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
