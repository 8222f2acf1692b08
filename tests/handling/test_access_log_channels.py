"""Every way a case's content reaches a user is in its access log (issue 13: attachments,
thumbnails, @case-notes, @search excerpts and inbox excerpts were missing although
SECURITY.md promised every view)."""

from case_forms import make_case
from io import BytesIO
from PIL import Image
from plone import api
from plone.namedfile.file import NamedBlobImage
from weissenfels.portal.handling import accesslog
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


HANDLER = ("sb-wohnraumkontrolle", DEMO_PASSWORD)
JSON = {"Accept": "application/json"}


def png():
    out = BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def case(demo_functional_portal):
    photo = NamedBlobImage(data=png(), contentType="image/png", filename="flur.png")
    found = make_case(demo_functional_portal, "wohnraumkontrolle", text="Schimmel im Flur", attachments=[photo])
    transaction.commit()
    return found


def channels(case):
    transaction.begin()
    fresh = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=case.UID())[0]._unrestrictedGetObject()
    return [(user, channel) for _time, user, channel in accesslog.views(fresh)]


@pytest.mark.parametrize(
    "request_args, channel",
    [
        (("/@@case-attachment?index=0", {}), accesslog.ATTACHMENT),
        (("/@@case-thumbnail?index=0", {}), accesslog.THUMBNAIL),
        (("/@case-notes", JSON), accesslog.REST_NOTES),
    ],
)
def test_case_views_are_logged(case, request_args, channel):
    path, headers = request_args
    response = requests.get(case.absolute_url() + path, auth=HANDLER, headers=headers, timeout=30)
    assert response.status_code == 200
    assert ("sb-wohnraumkontrolle", channel) in channels(case)


def test_search_excerpts_are_logged(case):
    site = api.portal.get().absolute_url()
    response = requests.get(
        f"{site}/@search?portal_type=Vorgang&metadata_fields=case_excerpt", auth=HANDLER, headers=JSON, timeout=30
    )
    assert response.status_code == 200
    assert any("Schimmel" in (item.get("case_excerpt") or "") for item in response.json()["items"])
    assert ("sb-wohnraumkontrolle", accesslog.SEARCH) in channels(case)


def test_a_search_without_case_text_is_not_a_view(case):
    site = api.portal.get().absolute_url()
    response = requests.get(f"{site}/@search?portal_type=Vorgang", auth=HANDLER, headers=JSON, timeout=30)
    assert response.status_code == 200 and response.json()["items"]
    assert channels(case) == []


def test_inbox_excerpts_are_logged(case):
    response = requests.get(api.portal.get().absolute_url() + "/vorgaenge/@@vorgaenge-inbox", auth=HANDLER, timeout=30)
    assert response.status_code == 200 and "Schimmel im Flur" in response.text
    assert ("sb-wohnraumkontrolle", accesslog.INBOX) in channels(case)


def test_other_teams_leave_no_entry(case):
    response = requests.get(
        case.absolute_url() + "/@@case-attachment?index=0",
        auth=("sb-clearingstelle", DEMO_PASSWORD),
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code != 200
    assert channels(case) == []
