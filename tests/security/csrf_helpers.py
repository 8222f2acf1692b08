"""Forged requests on REST write endpoints: the attacks of tests/security/test_csrf_rest.py
and test_fuzz.py, as data.

An action is one state-changing call (plone.restapi's own services and every add-on service)
with the user who may make it, a fresh target, and a check whether the state changed.
A forgery is what a page elsewhere makes the victim's browser send: its Origin, Referer and
Sec-Fetch-Site, and whether the body is a `<form enctype="text/plain">`.
"""

from case_forms import make_case
from collections.abc import Callable
from dataclasses import dataclass
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.locking.interfaces import ILockable
from security_helpers import all_cases
from security_helpers import HANDLER
from security_helpers import SITE_ADMIN
from site_client import site_origin
from urllib.parse import urlsplit
from weissenfels.portal.handling import journal
from weissenfels.portal.privacy import audit
from weissenfels.portal.testing import DEMO_PASSWORD

import itertools
import json
import requests
import transaction


MANAGER = "verwalterin"  # a site Manager (created by the fixture below): logs in by cookie too
PASSWORDS = {SITE_OWNER_NAME: SITE_OWNER_PASSWORD}
JSON = "application/json"
_serial = itertools.count()


def password(user):
    return PASSWORDS.get(user, DEMO_PASSWORD)


def forgeries(site_url):
    """What foreign and same-site pages make a browser send: {name: (headers, text/plain body?)}."""
    parts = urlsplit(site_url)
    other_port = f"{parts.scheme}://{parts.hostname}:{parts.port + 1}"
    sibling = f"{parts.scheme}://intranet.{parts.hostname}:{parts.port}"
    return {
        "foreign site": ({"Origin": "https://evil.example"}, False),
        "other port of the host": ({"Origin": other_port}, False),
        "sibling host": ({"Origin": sibling}, False),
        "null origin": ({"Origin": "null"}, False),
        "foreign referer, no origin": ({"Referer": f"{other_port}/angriff.html"}, False),
        "sec-fetch-site cross-site": ({"Sec-Fetch-Site": "cross-site"}, False),
        "sec-fetch-site same-site": ({"Sec-Fetch-Site": "same-site"}, False),
        "site origin, but sent cross-site": ({"Origin": site_origin(site_url), "Sec-Fetch-Site": "same-site"}, False),
        "no origin, no token": ({}, False),
        "text/plain form from another port": ({"Origin": other_port}, True),
    }


def forgeries_for(site_url, method):
    """The forgeries a page can make for this method: a `<form>` sends only GET and POST."""
    return {name: forged for name, forged in forgeries(site_url).items() if method == "POST" or not forged[1]}


@dataclass
class Action:
    user: str
    method: str
    endpoint: str  # below the target; "" for the target itself
    body: Callable  # target -> dict (JSON body) or None
    prepare: Callable  # site -> target
    changed: Callable  # (site, target) -> bool
    query: dict = None


class Target:
    """What an action works on: an object (its path below the site) and a unique name."""

    def __init__(self, obj=None, path="", name=""):
        self.obj, self.path, self.name = obj, path, name


def below_site(obj):
    return "/".join(obj.getPhysicalPath()[2:])


def a_case(site):
    case = make_case(site, "wohnraumkontrolle", values=[("E-Mail", "opfer@example.org")])
    transaction.commit()
    return Target(case, below_site(case), case.reference)


def a_page(site):
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(container=site["de"], type="Document", id=f"ziel-{next(_serial)}", title="Ziel")
    transaction.commit()
    return Target(page, below_site(page), page.getId())


def a_new_name(site):
    return Target(site["de"], "de", f"gefaelscht-{next(_serial)}")


def the_site(site):
    return Target(site, "", f"mallory{next(_serial)}")


def fresh(target):
    transaction.begin()  # see what the server's threads committed
    return target.obj


def state(target):
    return api.content.get_state(fresh(target))


def has_note(target):
    return any("Gefälscht" in e["text"] for e in journal.entries(fresh(target)))


def case_unit(site, target):
    return all_cases(site).get(target.name)


ACTIONS = {
    "@workflow/ablehnen on a case (handler)": Action(
        HANDLER,
        "POST",
        "@workflow/ablehnen",
        lambda t: {"comment": "Abgelehnt"},
        a_case,
        lambda s, t: state(t) != "eingegangen",
    ),
    "@users POST: a new Manager (admin)": Action(
        MANAGER,
        "POST",
        "@users",
        lambda t: {
            "username": t.name,
            "email": f"{t.name}@evil.example",
            "password": "Mallory-1234-secret",
            "roles": ["Manager"],
        },
        the_site,
        lambda s, t: fresh(t) is not None and api.user.get(username=t.name) is not None,
    ),
    "@sharing POST (admin)": Action(
        MANAGER,
        "POST",
        "@sharing",
        lambda t: {"entries": [{"id": "AuthenticatedUsers", "type": "group", "roles": {"Editor": True}}]},
        a_page,
        lambda s, t: "Editor" in dict(fresh(t).get_local_roles()).get("AuthenticatedUsers", ()),
    ),
    "@lock POST (admin)": Action(
        MANAGER, "POST", "@lock", lambda t: {}, a_page, lambda s, t: ILockable(fresh(t)).locked()
    ),
    "PATCH content (admin)": Action(
        MANAGER, "PATCH", "", lambda t: {"title": "Gefälscht"}, a_page, lambda s, t: fresh(t).Title() == "Gefälscht"
    ),
    "POST content (admin)": Action(
        MANAGER,
        "POST",
        "",
        lambda t: {"@type": "Document", "id": t.name, "title": "Gefälscht"},
        a_new_name,
        lambda s, t: t.name in fresh(t).objectIds(),
    ),
    "DELETE content (admin)": Action(
        MANAGER, "DELETE", "", lambda t: None, a_page, lambda s, t: t.name not in fresh(Target(s["de"])).objectIds()
    ),
    "@case-notes POST (handler)": Action(
        HANDLER,
        "POST",
        "@case-notes",
        lambda t: {"kind": "note", "text": "Gefälschte Notiz"},
        a_case,
        lambda s, t: has_note(t),
    ),
    "@case-assign POST (handler)": Action(
        HANDLER,
        "POST",
        "@case-assign",
        lambda t: {"handler": HANDLER},
        a_case,
        lambda s, t: journal.handler(fresh(t)) == HANDLER,
    ),
    "@case-forward POST (handler)": Action(
        HANDLER,
        "POST",
        "@case-forward",
        lambda t: {"target_unit": "clearingstelle", "comment": "Gefälscht"},
        a_case,
        lambda s, t: case_unit(s, t) != "wohnraumkontrolle",
    ),
    "@data-subject-request GET (site admin)": Action(
        SITE_ADMIN,
        "GET",
        "@data-subject-request",
        lambda t: None,
        lambda s: Target(s, "", a_case(s).name),
        lambda s, t: fresh(t) is not None and bool(audit.entries()),
        query={"query": "opfer@example.org"},
    ),
    "@data-subject-request DELETE (site admin)": Action(
        SITE_ADMIN,
        "DELETE",
        "@data-subject-request",
        lambda t: None,
        lambda s: Target(s, "", a_case(s).name),
        lambda s, t: case_unit(s, t) is None,
        query={"query": "opfer@example.org"},
    ),
}


def url_of(site_url, action, target, api_traverser=False):
    parts = [site_url] + (["++api++"] if api_traverser else []) + [p for p in (target.path, action.endpoint) if p]
    return "/".join(parts)


def send(session, site_url, action, target, headers=None, text_plain=False):
    """The action's request. As JSON (Accept and Content-Type), or as a browser sends a
    `<form enctype="text/plain">`: no Accept, through ++api++, the JSON as plain text."""
    body = action.body(target)
    data = json.dumps(body) if body is not None else None
    if text_plain:
        base = {"Content-Type": "text/plain", "Accept": "text/html"}
    else:
        base = {"Accept": JSON, **({"Content-Type": JSON} if data is not None else {})}
    return session.request(
        action.method,
        url_of(site_url, action, target, api_traverser=text_plain),
        params=action.query,
        data=data,
        headers={**base, **(headers or {})},
        allow_redirects=False,
        timeout=60,
    )


# --- clients: the ways a browser (or a script) carries a login --------------------------------


def basic_client(user):
    session = requests.Session()
    session.auth = (user, password(user))
    return session


def cookie_client(site_url, user):
    """Logged in through the login form, as a browser: it holds the `__ac` cookie."""
    session = requests.Session()
    response = session.post(
        f"{site_url}/login",
        data={"__ac_name": user, "__ac_password": password(user), "buttons.login": "Anmelden", "came_from": ""},
        headers={"Origin": site_origin(site_url)},
        allow_redirects=False,
        timeout=30,
    )
    assert "__ac" in session.cookies, (response.status_code, response.headers)
    return session


def bearer_client(site_url, user):
    response = requests.post(
        f"{site_url}/@login", json={"login": user, "password": password(user)}, headers={"Accept": JSON}, timeout=30
    )
    assert response.status_code == 200, response.text
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {response.json()['token']}"
    return session


def client(kind, site_url, user):
    return basic_client(user) if kind == "basic" else cookie_client(site_url, user)


def is_refusal(response):
    """403 with the portal's message: JSON for a JSON client, a short page for a browser form."""
    if response.status_code != 403:
        return False
    if response.headers.get("Content-Type", "").startswith(JSON):
        return response.json()["error"]["type"] == "Forbidden"
    return 'id="forged-request"' in response.text
