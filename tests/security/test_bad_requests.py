"""Requests that used to end in 500 get a clear, translated 400 (security/bad_requests.py):
unreadable search texts, batching parameters that are no numbers, tools' methods over the web."""

from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from security_helpers import EDITOR
from security_helpers import HANDLER
from security_helpers import session_for

import pytest


SEARCH_DE = "Die Suchanfrage kann nicht gelesen werden"
SEARCH_EN = "The search text cannot be read"
BATCH_DE = "Die Seitenangaben"
BATCH_EN = "must be whole numbers of 0 or more"
TOOL_DE = "Diese Adresse kann nicht direkt aufgerufen werden"

HTML = {"Accept": "text/html", "Accept-Language": "de"}
JSON = {"Accept": "application/json", "Accept-Language": "en"}


def message(response):
    if response.headers.get("Content-Type", "").startswith("application/json"):
        data = response.json()
        return data["error"]["message"] if "error" in data else data["message"]  # ours, plone.rest's
    return response.text


@pytest.mark.parametrize("user", [None, HANDLER, "admin"])
@pytest.mark.parametrize(
    "path, headers, expected",
    [
        ("/vorgaenge/@@vorgaenge-inbox?text=a%20AND", HTML, SEARCH_DE),
        ("/@search?SearchableText=a%20AND", JSON, SEARCH_EN),
        ("/@search?SearchableText=a%20OR%20", JSON, SEARCH_EN),
        ("/de/@@search?b_start=x", HTML, BATCH_DE),
        ("/de/@@search?b_size=-1", HTML, BATCH_DE),
        ("/@@search?b_start=x", HTML, BATCH_DE),
        ("/@search?b_size=x", JSON, BATCH_EN),
        ("/@search?b_start=x", JSON, BATCH_EN),
        ("/vorgaenge/@@vorgaenge-inbox?b_start=1e3", HTML, BATCH_DE),
        ("/de/folder_contents?b_start=x", HTML, BATCH_DE),
        ("/@search?sort_limit=x", JSON, BATCH_EN),
        ("/@@search?SearchableText:list=a&SearchableText:list=b", HTML, SEARCH_DE),
        ("/@search?SearchableText:list=a&SearchableText:list=b", JSON, SEARCH_EN),
        ("/vorgaenge/@@vorgaenge-inbox?text:list=a&text:list=b", HTML, SEARCH_DE),
    ],
)
def test_clear_400_instead_of_500(site, user, path, headers, expected):
    session = session_for(user)
    if user == "admin":
        session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    response = session.get(site.absolute_url() + path, headers=headers, allow_redirects=False, timeout=30)
    if (user is None and "vorgaenge" in path) or (user != "admin" and "folder_contents" in path):
        assert response.status_code in (302, 401, 404)  # they never reach these views
        return
    assert response.status_code == 400, (response.status_code, response.text[:500])
    assert expected in message(response)


@pytest.mark.parametrize(
    "path",
    [
        "/portal_membership/searchForMembers?name=a",
        "/portal_membership/searchForMembers",
        "/portal_groups/searchForGroups?id=a",
        "/portal_membership/getMemberById?id=admin",
    ],
)
def test_tools_methods_are_no_web_api(site, path):
    response = session_for(HANDLER).get(site.absolute_url() + path, headers=HTML, allow_redirects=False, timeout=30)
    assert response.status_code in (302, 400, 404)  # never a 500, never the tool's answer
    if response.status_code == 400:
        assert TOOL_DE in response.text
    assert "searchForMembers" not in path or response.status_code == 400


def test_administrators_keep_the_tools_in_the_zmi(site):
    session = session_for(None)
    session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    response = session.get(site.absolute_url() + "/portal_membership/manage_main", timeout=30)
    assert response.status_code == 200


def test_good_batching_still_works(site):
    response = session_for(HANDLER).get(
        site.absolute_url() + "/de/@@search?SearchableText=Wohnraum&b_start=0&b_size=10", headers=HTML, timeout=30
    )
    assert response.status_code == 200


@pytest.mark.parametrize("user", [None, HANDLER])
@pytest.mark.parametrize(
    "path, expected",
    [
        ("/@contextnavigation?expand.contextnavigation.topLevel=x", "A value in this request is not valid"),
        ("/@linkintegrity?uids=x", "No content has the UID x"),
        ("/@translations", "The site root has no translations"),
    ],
)
def test_rest_services_answer_400_to_unusable_input(site, user, path, expected):
    response = session_for(user).get(site.absolute_url() + path, headers=JSON, timeout=30)
    if response.status_code == 401:  # @linkintegrity asks anonymous visitors to log in first
        assert user is None
        return
    assert response.status_code == 400, (response.status_code, response.text[:300])
    assert expected in message(response)


def test_translations_of_a_language_root_still_work(site):
    response = session_for(HANDLER).get(site.absolute_url() + "/de/@translations", headers=JSON, timeout=30)
    assert response.status_code == 200


@pytest.mark.parametrize("user", ["redakteurin", "admin"])
def test_an_add_form_for_a_type_the_folder_does_not_take_is_not_found(site, user):
    """plone.dexterity's add form raised ValueError (500) for a type not allowed there, to
    whoever holds the type's add permission."""
    session = session_for(None if user == "admin" else user)
    if user == "admin":
        session.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    base = site.absolute_url()
    paths = ["/de/clearingstelle/++add++Folder", "/de/++add++Arbeitsgruppe"]
    if user == "admin":  # the register's types
        paths += ["/de/clearingstelle/++add++Objekt", "/intranet/++add++Wohnung"]
    for path in paths:
        response = session.get(base + path, headers=HTML, allow_redirects=False, timeout=30)
        assert response.status_code == 404, (path, response.status_code)
        assert "Seite nicht gefunden" in response.text
    allowed = session.get(base + "/de/clearingstelle/++add++Document", headers=HTML, timeout=30)
    assert allowed.status_code == 200 and 'id="form-buttons-save"' in allowed.text


def test_who_may_not_add_still_meets_the_login(site):
    for user in (None, EDITOR):  # EDITOR edits, adds nothing
        response = session_for(user).get(
            site.absolute_url() + "/de/++add++Arbeitsgruppe", headers=HTML, allow_redirects=False, timeout=30
        )
        assert response.status_code == 302 and "require_login" in response.headers["Location"]
