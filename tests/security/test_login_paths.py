"""One login throttle for every way a password comes in (issue 13): the Zope root, every
spelling of @login, a JSON login on any URL; per (client, account), so another account's
success resets nothing; the same 429 for right and wrong passwords; accounts slowed down,
never blocked; administrators see and lift blocks."""

from lxml import html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.app.testing import TEST_USER_NAME
from plone.app.testing import TEST_USER_PASSWORD
from ZPublisher import HTTPRequest

import json
import pytest
import requests
import time
import transaction


JSON = {"Accept": "application/json"}
SETTINGS = "weissenfels.portal.security.settings.ISecuritySettings."


@pytest.fixture
def site(functional_app, functional_portal):
    return functional_portal.absolute_url(), functional_app.absolute_url()


@pytest.fixture
def behind_proxy(monkeypatch):
    """The test server trusts 127.0.0.1 as proxy: X-Forwarded-For names the client, so one
    test can speak as several clients (as a portal behind nginx does)."""
    monkeypatch.setattr(HTTPRequest, "trusted_proxies", ["127.0.0.1"])


def as_client(address):
    return {"X-Forwarded-For": address}


def set_settings(**values):
    for name, value in values.items():
        api.portal.set_registry_record(SETTINGS + name, value)
    transaction.commit()


def rest_login(url, password, login=SITE_OWNER_NAME, path="/@login", headers=None):
    return requests.post(
        url + path, json={"login": login, "password": password}, headers={**JSON, **(headers or {})}, timeout=30
    )


def root_basic(app_url, password, headers=None):
    return requests.get(
        app_url + "/manage_main", auth=(SITE_OWNER_NAME, password), headers=headers, allow_redirects=False, timeout=30
    )


def site_basic(portal_url, password, headers=None):
    return requests.get(
        portal_url + "/@@overview-controlpanel",
        auth=(SITE_OWNER_NAME, password),
        headers=headers,
        allow_redirects=False,
        timeout=30,
    )


def form_login(portal_url, password, login=SITE_OWNER_NAME, path="/login"):
    return requests.post(
        portal_url + path,
        data={"__ac_name": login, "__ac_password": password, "buttons.login": "Anmelden", "came_from": ""},
        allow_redirects=False,
        timeout=30,
    )


def test_zope_root_basic_auth_is_throttled(site):
    """(a) The Zope root's admin over basic auth, outside any Plone site."""
    portal_url, app_url = site
    assert root_basic(app_url, SITE_OWNER_PASSWORD).status_code == 200
    for _ in range(5):
        assert root_basic(app_url, "wrong").status_code == 401
    assert root_basic(app_url, SITE_OWNER_PASSWORD).status_code == 429
    # One throttle: the site refuses the same client too.
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 429


@pytest.mark.parametrize("path", ["/@login/", "/++api++/@login", "/@@login", "/de/@login", "/@login?x=1"])
def test_every_spelling_of_login_is_counted(site, path):
    """(b) POST /@login/ with a trailing slash and the other spellings count as logins."""
    portal_url, _app_url = site
    for _ in range(5):
        assert rest_login(portal_url, "wrong", path=path).status_code != 429
    assert rest_login(portal_url, SITE_OWNER_PASSWORD, path=path).status_code == 429


@pytest.mark.parametrize("path", ["/de", "/@search", "/de/@@search"])
def test_json_login_on_any_url_is_counted(site, path):
    """plone.restapi's JWT plugin reads {"login", "password"} from any JSON body on any URL."""
    portal_url, _app_url = site
    for _ in range(5):
        assert rest_login(portal_url, "wrong", path=path).status_code != 429
    assert rest_login(portal_url, SITE_OWNER_PASSWORD, path=path).status_code == 429
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 429


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_json_login_without_json_content_type_is_counted(site, content_type):
    """@login reads the body whatever its Content-Type (a text/plain form of another site)."""
    portal_url, _app_url = site
    body = json.dumps({"login": SITE_OWNER_NAME, "password": "wrong"})
    for _ in range(5):
        sent = requests.post(
            portal_url + "/@login", data=body, headers={**JSON, "Content-Type": content_type}, timeout=30
        )
        assert sent.status_code != 429
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 429


@pytest.mark.parametrize("path", ["/login", "/login_form", "/@@login", "/de"])
def test_login_form_fields_on_any_url_are_counted(site, path):
    portal_url, _app_url = site
    for _ in range(5):
        assert form_login(portal_url, "wrong", path=path).status_code != 429
    assert form_login(portal_url, SITE_OWNER_PASSWORD, path=path).status_code == 429


def test_another_accounts_success_resets_nothing(site):
    """(c) Logging in to an account of one's own between guesses does not clear the count."""
    portal_url, _app_url = site
    for _ in range(4):
        assert rest_login(portal_url, "wrong").status_code == 401
    assert rest_login(portal_url, TEST_USER_PASSWORD, login=TEST_USER_NAME).status_code == 200
    assert rest_login(portal_url, "wrong").status_code == 401
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 429


def test_a_guess_next_to_ones_own_valid_password_is_counted(site):
    """Basic auth of one's own account plus the login form's fields for another: PAS tries
    both passwords, so both are attempts."""
    portal_url, _app_url = site
    for _ in range(5):
        requests.post(
            portal_url + "/@@personal-information",
            data={"__ac_name": SITE_OWNER_NAME, "__ac_password": "wrong"},
            auth=(TEST_USER_NAME, TEST_USER_PASSWORD),
            headers={"Origin": portal_url[: portal_url.index("/", 8)]},
            allow_redirects=False,
            timeout=30,
        )
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 429


def test_own_success_resets_only_its_own_pair(site):
    portal_url, _app_url = site
    for _ in range(4):
        rest_login(portal_url, "wrong")
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 200
    for _ in range(4):
        assert rest_login(portal_url, "wrong").status_code == 401
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 200


def test_many_accounts_from_one_client_block_it(site):
    """Spraying one password over many accounts: the client's own count blocks it."""
    portal_url, _app_url = site
    set_settings(max_failed_logins_per_client=6)
    for number in range(6):
        assert rest_login(portal_url, "wrong", login=f"user{number}").status_code == 401
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 429


def _answer(response):
    headers = {k.lower(): v for k, v in response.headers.items() if k.lower() not in ("date", "retry-after")}
    return response.status_code, response.text, headers


@pytest.mark.parametrize(
    "attempt", [site_basic, root_basic, rest_login, form_login], ids=["site-basic", "root-basic", "rest", "form"]
)
def test_blocked_client_gets_the_same_answer_for_right_and_wrong_passwords(site, attempt):
    """(d) The block must not tell whether the password was right."""
    portal_url, app_url = site
    for _ in range(5):
        site_basic(portal_url, "wrong")
    url = app_url if attempt is root_basic else portal_url
    right, wrong = attempt(url, SITE_OWNER_PASSWORD), attempt(url, "wrong")
    assert right.status_code == 429
    assert _answer(right) == _answer(wrong)
    assert "Retry-After" in right.headers and "Retry-After" in wrong.headers
    # and the same as on every other path
    assert _answer(right)[1] == _answer(rest_login(portal_url, "wrong", path="/de"))[1]


def test_blocked_answer_is_a_translated_page_for_browsers(site):
    portal_url, _app_url = site
    for _ in range(5):
        form_login(portal_url, "wrong")
    page = requests.post(
        portal_url + "/login",
        data={"__ac_name": SITE_OWNER_NAME, "__ac_password": "x"},
        headers={"Accept": "text/html", "Accept-Language": "de"},
        timeout=30,
    )
    assert page.status_code == 429
    assert (
        "Zu viele fehlgeschlagene Anmeldungen" in html.fromstring(page.text).get_element_by_id("too-many-requests").text
    )


def test_guessed_account_is_slowed_down_not_blocked_for_another_client(site, behind_proxy):
    portal_url, _app_url = site
    set_settings(account_slowdown_after=4, account_max_delay=2)
    for attacker in ("127.0.0.21", "127.0.0.22", "127.0.0.23"):
        for _ in range(2):
            assert rest_login(portal_url, "wrong", headers=as_client(attacker)).status_code == 401
    started = time.monotonic()
    owner = rest_login(portal_url, SITE_OWNER_PASSWORD, headers=as_client("127.0.0.30"))
    waited = time.monotonic() - started
    assert owner.status_code == 200  # never blocked ...
    assert 1.4 <= waited < 10  # ... but answered after a delay (0.5 s per failure, at most 2 s)
    # A client that never guessed logs in to another account at once.
    started = time.monotonic()
    assert (
        rest_login(portal_url, TEST_USER_PASSWORD, login=TEST_USER_NAME, headers=as_client("127.0.0.31")).status_code
        == 200
    )
    assert time.monotonic() - started < 1.4


def test_a_block_is_per_client(site, behind_proxy):
    portal_url, _app_url = site
    for _ in range(5):
        rest_login(portal_url, "wrong", headers=as_client("127.0.0.41"))
    assert rest_login(portal_url, SITE_OWNER_PASSWORD, headers=as_client("127.0.0.41")).status_code == 429
    assert rest_login(portal_url, SITE_OWNER_PASSWORD, headers=as_client("127.0.0.42")).status_code == 200


def test_administrator_sees_and_lifts_a_block(site, behind_proxy):
    portal_url, _app_url = site
    for _ in range(5):
        rest_login(portal_url, "wrong", headers=as_client("127.0.0.51"))
    assert rest_login(portal_url, SITE_OWNER_PASSWORD, headers=as_client("127.0.0.51")).status_code == 429

    admin = requests.Session()
    admin.auth = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
    admin.headers.update({"X-Forwarded-For": "127.0.0.52", "Accept-Language": "de"})
    page = admin.get(portal_url + "/@@login-blocks", timeout=30)
    assert page.status_code == 200
    tree = html.fromstring(page.text)
    assert [cell.text for cell in tree.cssselect("td.login-block-client")] == ["127.0.0.51"]
    assert "Anmeldesperren" in page.text
    form = tree.cssselect("#login-blocks form")[0]
    data = {field.name: field.value for field in form.inputs if field.name}

    forged = admin.post(
        portal_url + "/@@login-blocks",
        data={"client": "127.0.0.51"},
        headers={"Origin": portal_url[: portal_url.index("/", 8)]},
        timeout=30,
    )
    assert forged.status_code == 403  # no CSRF token: nothing lifted
    assert rest_login(portal_url, SITE_OWNER_PASSWORD, headers=as_client("127.0.0.51")).status_code == 429

    lifted = admin.post(
        portal_url + "/@@login-blocks",
        data=data,
        headers={"Origin": portal_url[: portal_url.index("/", 8)]},
        timeout=30,
    )
    assert lifted.status_code == 200
    assert html.fromstring(lifted.text).get_element_by_id("login-blocks-none") is not None
    assert rest_login(portal_url, SITE_OWNER_PASSWORD, headers=as_client("127.0.0.51")).status_code == 200


def test_login_blocks_page_is_for_site_administrators(demo_functional_portal):
    from weissenfels.portal.testing import DEMO_PASSWORD

    portal_url = demo_functional_portal.absolute_url()
    for user_id, role in (("site-administrator", "Site Administrator"), ("editor-everywhere", "Editor")):
        api.user.create(email=f"{user_id}@weissenfels.example", username=user_id, password=DEMO_PASSWORD)
        api.user.grant_roles(username=user_id, roles=[role])
    transaction.commit()
    for user, allowed in (("site-administrator", True), ("editor-everywhere", False), ("sb-wohnraumkontrolle", False)):
        page = requests.get(
            portal_url + "/@@login-blocks", auth=(user, DEMO_PASSWORD), allow_redirects=False, timeout=30
        )
        assert (page.status_code == 200 and 'id="login-blocks-none"' in page.text) is allowed, user


def test_password_cookie_of_plonepas_is_counted(site):
    """PlonePAS still reads an `__ac` cookie of hex(login):hex(password): one more way in."""
    import base64

    portal_url, _app_url = site

    def cookie(password):
        value = f"{SITE_OWNER_NAME.encode().hex()}:{password.encode().hex()}"
        return {"__ac": base64.b64encode(value.encode()).decode()}

    assert (
        requests.get(
            portal_url + "/@@overview-controlpanel",
            cookies=cookie(SITE_OWNER_PASSWORD),
            allow_redirects=False,
            timeout=30,
        ).status_code
        == 200
    )
    for _ in range(5):
        requests.get(
            portal_url + "/@@overview-controlpanel", cookies=cookie("wrong"), allow_redirects=False, timeout=30
        )
    assert rest_login(portal_url, SITE_OWNER_PASSWORD).status_code == 429


def test_login_blocks_is_linked_in_the_security_group_of_site_setup(site):
    portal_url, _app_url = site
    page = requests.get(
        portal_url + "/@@overview-controlpanel", auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), timeout=30
    )
    assert "@@login-blocks" in page.text


def _json_login_body(encoding, password):
    import json

    body = {"login": SITE_OWNER_NAME, "password": password}
    if encoding == "padded":  # larger than any limit a throttle might set for "a login body"
        return json.dumps({**body, "pad": "a" * 70_000}).encode()
    if encoding == "utf-8-bom":
        return b"\xef\xbb\xbf" + json.dumps(body).encode()
    return json.dumps(body).encode(encoding)


@pytest.mark.parametrize("encoding", ["padded", "utf-8-bom", "utf-16", "utf-16-be", "utf-32"])
def test_json_login_in_any_form_json_accepts_is_counted_and_refused_while_blocked(site, encoding):
    """plone.restapi parses the body with json.loads: padding beyond 64 KB, a byte order mark,
    UTF-16 or UTF-32 are a login to it, so to the throttle too (the started site gave a token
    to a blocked client for each of them)."""
    portal_url, _app_url = site
    headers = {**JSON, "Content-Type": "application/json"}

    def send(password):
        return requests.post(
            portal_url + "/@login", data=_json_login_body(encoding, password), headers=headers, timeout=30
        )

    assert send(SITE_OWNER_PASSWORD).status_code == 200  # it is a login
    for _ in range(5):
        assert send("wrong").status_code == 401
    refused = send(SITE_OWNER_PASSWORD)
    assert refused.status_code == 429, refused.text[:200]
    assert "token" not in refused.text


def test_blocked_answer_does_not_depend_on_an_earlier_request(site):
    """A blocked client is answered before authentication; the answer must not carry the
    previous request's user (ZPublisher keeps a worker thread's security manager until the
    next request authenticates): with it, the 429 had the logged-in CSP after a logged-in
    request and told right from wrong passwords on the started site."""
    portal_url, _app_url = site
    token = rest_login(portal_url, SITE_OWNER_PASSWORD).json()["token"]
    bearer = {"Authorization": f"Bearer {token}", **JSON}
    for _ in range(5):
        rest_login(portal_url, "wrong")
    answers = set()
    for _ in range(6):  # a logged-in request (bearer: no password, not blocked), then a blocked one
        assert (
            requests.get(
                portal_url + "/@@overview-controlpanel", headers=bearer, allow_redirects=False, timeout=30
            ).status_code
            == 200
        )
        for password in (SITE_OWNER_PASSWORD, "wrong"):
            blocked = rest_login(portal_url, password)
            assert blocked.status_code == 429
            answers.add(_answer(blocked)[2]["content-security-policy"])
    anonymous = requests.get(portal_url + "/de", timeout=30).headers["Content-Security-Policy"]
    assert answers == {anonymous}
