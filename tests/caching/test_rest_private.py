"""Every REST answer to an authenticated request is private: no shared cache may keep it.

The finding: `@search` with case data for a logged-in handler carried
`Cache-Control: public, s-maxage=60` (plone.app.caching's terseCaching for
plone.content.dynamic), so a caching proxy could hand one handler's search to the next client.
"""

from case_forms import make_case
from plone import api
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


HANDLER = ("sb-wohnraumkontrolle", DEMO_PASSWORD)


def shared_cacheable(response):
    """True if a shared cache (a proxy) may store the answer (RFC 9111, 3 and 5.2.2)."""
    directives = {
        d.strip().split("=")[0].lower(): d.strip()
        for d in response.headers.get("Cache-Control", "").split(",")
        if d.strip()
    }
    if "private" in directives or "no-store" in directives:
        return False
    return "public" in directives or "s-maxage" in directives


@pytest.fixture
def case(demo_functional_portal):
    portal = demo_functional_portal
    found = make_case(portal, "wohnraumkontrolle", text="Schimmel im Treppenhaus")
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(container=portal.de, type="Document", id="hinweise", title="Hinweise")
        api.content.transition(obj=page, transition="publish")
    transaction.commit()
    return found


def rest_requests(portal, case):
    """(method, url, json body) over the REST surface a handler uses."""
    site = portal.absolute_url()
    unit = f"{site}/vorgaenge/wohnraumkontrolle"
    return [
        ("GET", f"{site}/@search?SearchableText=Schimmel&metadata_fields=case_excerpt", None),
        ("GET", f"{site}/@search?portal_type=Vorgang&fullobjects=1", None),
        (
            "POST",
            f"{site}/@querystring-search",
            {"query": [{"i": "portal_type", "o": "plone.app.querystring.operation.selection.any", "v": ["Vorgang"]}]},
        ),
        ("GET", f"{site}/@navigation", None),
        ("GET", f"{case.absolute_url()}/@breadcrumbs", None),
        ("GET", f"{site}/@types", None),
        ("GET", f"{site}/@types/Document", None),
        ("GET", f"{case.absolute_url()}/@workflow", None),
        ("GET", f"{case.absolute_url()}/@sharing", None),
        ("GET", f"{case.absolute_url()}/@history", None),
        ("GET", case.absolute_url(), None),
        ("GET", unit, None),
        ("GET", f"{site}/de/hinweise", None),
        ("GET", f"{site}/de", None),
        ("GET", site, None),
        ("GET", f"{case.absolute_url()}/@case-notes", None),
        ("GET", f"{site}/@vocabularies/plone.app.vocabularies.ReallyUserFriendlyTypes", None),
        ("GET", f"{site}/@vocabularies", None),
        ("GET", f"{site}/@site", None),
        ("GET", f"{site}/@users/sb-wohnraumkontrolle", None),
        ("GET", f"{site}/@actions", None),
        ("GET", f"{site}/de/@translations", None),
        ("GET", f"{site}/@querystring", None),
        ("GET", f"{site}/@addons", None),
        ("GET", f"{site}/@registry/plone.site_title", None),
        ("GET", f"{site}/@login", None),
        ("GET", f"{site}/@contextnavigation", None),
    ]


def logged_in(portal, how):
    """A handler's session: HTTP basic auth, or the session cookie of the login form."""
    session = requests.Session()
    origin = portal.absolute_url().rsplit("/", 1)[0]
    if how == "basic":
        session.auth = HANDLER
    else:
        response = session.post(
            portal.absolute_url() + "/login",
            headers={"Origin": origin},
            timeout=30,
            data={"__ac_name": HANDLER[0], "__ac_password": HANDLER[1], "buttons.login": "Log in"},
        )
        assert response.status_code == 200 and "__ac" in session.cookies
    session.headers.update({"Accept": "application/json", "Origin": origin})
    return session


@pytest.mark.parametrize("how", ["basic", "cookie"])
def test_authenticated_rest_answers_are_never_public(case, how):
    portal = api.portal.get()
    session = logged_in(portal, how)
    public, answered = [], 0
    for method, url, body in rest_requests(portal, case):
        response = session.request(method, url, json=body, timeout=30)
        answered += response.status_code == 200
        if shared_cacheable(response):
            public.append((method, url, response.status_code, response.headers.get("Cache-Control")))
    assert public == []
    assert answered >= 20  # the surface was really reached, not refused


def test_anonymous_search_stays_cacheable_for_comparison(case):
    portal = api.portal.get()
    response = requests.get(
        f"{portal.absolute_url()}/@search?portal_type=Document", headers={"Accept": "application/json"}, timeout=30
    )
    assert response.status_code == 200
    assert shared_cacheable(response), dict(response.headers)
