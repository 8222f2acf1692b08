"""Fuzzing (hypothesis): the public form submission and the REST service under random input.

Random strings, unicode, huge values, wrong types, tampered hidden fields and malformed
multipart bodies go over HTTP to the housing grievance form and to @data-subject-request;
REST write calls with forged Origin/Referer/Sec-Fetch-Site must never be accepted.
Properties: no 5xx answer; a request that is not answered with the thank-you page stores
no case; one request stores at most one case; the REST service deletes only cases that
really contain the query, each answer is logged once. Example counts are kept modest
(the whole module runs in about a minute); the counts are printed at the end.
"""

from case_forms import answers
from case_forms import HOUSING_FORM
from case_forms import HOUSING_REQUIRED_ANSWERS
from case_forms import make_case
from case_forms import open_form
from hypothesis import example
from hypothesis import given
from hypothesis import HealthCheck
from hypothesis import settings
from hypothesis import strategies as st
from plone import api
from security_helpers import all_cases
from security_helpers import is_bad_input_answer
from security_helpers import session_for
from security_helpers import SITE_ADMIN
from weissenfels.portal.cases.settings import ICaseSettings
from weissenfels.portal.privacy import audit
from weissenfels.portal.privacy.subject_requests import normalize

import collections
import csrf_helpers
import json
import os
import pytest
import re
import requests
import transaction


FORM = HOUSING_FORM
GOOD = HOUSING_REQUIRED_ANSWERS
FUZZ_SETTINGS = dict(
    deadline=None,
    database=None,
    # CI runs the same examples every time (a red CI must mean a change broke something);
    # WSF_FUZZ_EXPLORE=1 explores afresh, and a failure prints its reproducing example.
    derandomize=os.environ.get("WSF_FUZZ_EXPLORE") != "1",
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
RAN = {}  # test name -> examples run; printed at the end of each test


def report(capsys, name):
    with capsys.disabled():
        print(f"\n[fuzz] {name}: {RAN[name]} examples")


# --- strategies ----------------------------------------------------------------------------

TRICKY = [
    "",
    " ",
    "\x00",
    "\x00\x01\x1b[31m",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "${7*7}",
    "%(x)s {0}",
    "\r\n\r\n--boundary--",
    "../../etc/passwd",
    "‮ltr-override",
    "null",
    "[]",
    "{}",
    "0",
    "-1",
    "1e308",
    "ß" * 3,
    "🙂" * 20,
    "\ud7ff",
    "WSF-2026-000001",
]
huge = st.one_of(
    st.builds(
        lambda piece, count: piece * count,
        st.sampled_from(["a", "ß", "😀", "<b>x</b>", "\n", " "]),
        st.integers(1_000, 60_000),
    ),
    st.just("x" * (1024 * 1024 + 1)),  # beyond Zope's form memory limit (FORM_MEMORY_LIMIT, 1 MB)
)
texts = st.one_of(
    st.text(max_size=60), st.sampled_from(TRICKY), huge, st.integers().map(str), st.floats(allow_nan=True).map(str)
)
file_parts = st.tuples(
    st.one_of(st.text(max_size=40), st.sampled_from(["a.jpg", "../../x.pdf", "x.html", "", "ä ö.png"])),
    st.one_of(st.binary(max_size=2000), st.sampled_from([b"%PDF-1.4\n%%EOF\n", b"\x89PNG\r\n\x1a\n", b"<html>"])),
    st.sampled_from(["image/jpeg", "application/pdf", "text/html", "application/octet-stream", "", "x/y; z"]),
)


@pytest.fixture
def fuzz_site(site):
    # Accepted examples must not run into the rate limit: that is tested elsewhere.
    api.portal.set_registry_record("rate_limit_count", 100_000, interface=ICaseSettings)
    transaction.commit()
    return site


def form_field_ids(data):
    return sorted(
        {
            name[len("form.widgets.") :].split(":")[0].split("-")[0]
            for name, _v in data
            if name.startswith("form.widgets.")
        }
    )


NAMES = [
    "x",
    "form.widgets.x",
    "form.buttons.submit",
    "_authenticator",
    "form.widgets.street:list",
    ":record",
    "a:tokens",
    "b:lines",
    "c:text",
    "d.e:record",
    "wsf_started",
    "wsf_website",
    "x:int",
    "form.widgets.people_count:int",
    "x:float",
    "x:long",
    "x:date",
    "x:date_international",
    "form.widgets.street:required",
    "x:required",
    "x:boolean",
    "x:string",
    "x:ascii",
    "x:utf-16",
    "a:record",
    "a:records",
    "a.b:record",
    "a.b:records",
    "a.b:record:int",
    "a:list",
    "a:int",
    "a:default:int",
    "form.widgets.description:record",
    "form.widgets.street.x:records",
    ":int",
    ":date",
]


@st.composite
def submissions(draw, base, field_ids):
    """A form post: the valid answers, each field kept, dropped or replaced by junk."""
    data = []
    for field_id in field_ids:
        entries = [(k, v) for k, v in base if k.startswith(f"form.widgets.{field_id}")]
        action = draw(st.sampled_from(["keep"] * 8 + ["drop", "junk"]))
        if action == "keep":
            data += entries
        elif action == "junk":
            name = entries[0][0] if entries else f"form.widgets.{field_id}"
            data += [(name, value) for value in draw(st.lists(texts, min_size=1, max_size=3))]
    hidden = [(k, v) for k, v in base if not k.startswith("form.widgets.")]
    for index, (key, _value) in enumerate(hidden):
        if draw(st.integers(0, 14)) == 0:  # now and then tamper with a token, marker or the honeypot
            hidden[index] = (key, draw(texts))
    data += hidden
    # Also ZPublisher's converters and records (":int", ":date", ":required", "a:record" next
    # to "a.b:records", ...): a value they cannot parse is refused with 400 before the form runs.
    data += draw(st.lists(st.tuples(st.sampled_from(NAMES), texts), max_size=3))
    files = [(f"form.widgets.photo_{n}", draw(file_parts)) for n in draw(st.lists(st.integers(1, 6), max_size=2))]
    return data, files


def malformed(draw_bytes, body, boundary, how):
    if how == "truncate":
        return body[: len(body) * 2 // 3], f"multipart/form-data; boundary={boundary}"
    if how == "wrong-boundary":
        return body, "multipart/form-data; boundary=not-the-boundary"
    if how == "garbage-inside":
        middle = len(body) // 2
        return body[:middle] + draw_bytes + body[middle:], f"multipart/form-data; boundary={boundary}"
    if how == "bad-header":
        return (
            body.replace(b"Content-Disposition: form-data", b"Content-Disposition: form-data; name*=\xff\xfe", 1),
            f"multipart/form-data; boundary={boundary}",
        )
    if how == "urlencoded-binary":
        return draw_bytes, "application/x-www-form-urlencoded"
    if how == "no-boundary":
        return body, "multipart/form-data"
    # random: junk under a random content type
    return draw_bytes, draw_bytes.decode("latin-1")[:40] or "text/plain"


# --- the form --------------------------------------------------------------------------------


def check_outcome(site, before, response, sent_description=None):
    assert response.status_code < 500, response.text[:2000]
    after = all_cases(site)
    new = set(after) - set(before)
    assert len(new) <= 1, f"one request stored {len(new)} cases"
    if 'id="case-reference"' in response.text and not new:
        # The same form content under a used token (a resend; a malformed body ZPublisher
        # still read as the first send): the first send's receipt (tests/cases/test_resend.py).
        shown = re.search(r'id="case-reference">(WSF-\d{4}-\d{6})<', response.text).group(1)
        assert shown in before, f"a thank-you page for {shown}, which was never stored"
        return "resent"
    if 'id="case-reference"' in response.text:
        (reference,) = new
        assert reference in response.text
        case = site.unrestrictedTraverse(f"vorgaenge/wohnraumkontrolle/{reference.lower()}")
        ids = [row["id"] for row in case.submitted_values]
        assert len(ids) == len(set(ids)), "a field stored twice"
        return "accepted"
    assert not new, f"rejected request ({response.status_code}) stored {new}"
    if response.status_code == 400:  # the portal's short message; or waitress refused a header itself
        assert is_bad_input_answer(response), response.text[:500]
    return "rejected"


def _reason(response):
    """Why a submission was refused, roughly: for the printed summary."""
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    if "invalid-feedback" in response.text:
        return "field validation"
    found = re.findall(r"alert-danger[^>]*>\s*([^<]{1,60})", response.text)
    return (found[0].strip() or "form error message") if found else "other"


def test_form_submission_fuzz(fuzz_site, capsys):
    site = fuzz_site
    session = requests.Session()
    action, controls, _page = open_form(session, f"{site.absolute_url()}/{FORM}")
    base = answers(controls, GOOD)
    field_ids = form_field_ids(base)
    outcomes = {"accepted": 0, "rejected": 0, "replayed": 0, "resent": 0}
    reasons = collections.Counter()

    hidden = {"wsf_started": dict(base)["wsf_started"], "_authenticator": dict(base)["_authenticator"]}
    current = dict(hidden)

    def render_form_again():
        # A token is used up by its case: the next example needs a freshly rendered form's.
        fresh = dict(answers(open_form(session, f"{site.absolute_url()}/{FORM}")[1], GOOD))
        current.update({name: fresh[name] for name in hidden})

    @settings(max_examples=50, **FUZZ_SETTINGS)
    @given(submission=submissions(base, field_ids), replay=st.booleans())
    @example(submission=(base, []), replay=True)  # always at least one good submission, replayed
    def fuzz(submission, replay):
        RAN["form submission"] = RAN.get("form submission", 0) + 1
        data, files = submission
        data = [(k, current[k] if k in hidden and v == hidden[k] else v) for k, v in data]
        before = all_cases(site)
        multipart = [(k, (None, v)) for k, v in data] + [(k, part) for k, part in files]
        response = session.post(action, files=multipart)
        outcome = check_outcome(site, before, response)
        outcomes[outcome] += 1
        if outcome == "rejected":
            reasons[_reason(response)] += 1
        if outcome == "accepted" and replay:  # the same POST again (double click, resend)
            before = all_cases(site)
            again = session.post(action, files=multipart)
            assert again.status_code == 200 and all_cases(site) == before  # nothing stored twice
            reference = re.search(r'id="case-reference">(WSF-\d{4}-\d{6})<', response.text).group(1)
            assert f'id="case-reference">{reference}<' in again.text  # the first send's receipt
            outcomes["replayed"] += 1
        if outcome == "accepted":
            render_form_again()

    fuzz()
    report(capsys, "form submission")
    with capsys.disabled():
        print(f"[fuzz] form submission outcomes: {outcomes}")
        print(f"[fuzz] form submission refusals: {dict(reasons.most_common(6))}")
    assert outcomes["accepted"] and outcomes["rejected"]  # the fuzzer reached both sides


def _fails(convert, text):
    try:
        convert(text)
    except (ValueError, OverflowError):
        return True
    return False


not_int = texts.filter(lambda t: _fails(int, t) and t[-1:] not in ("L", "l"))  # :long takes "5L"
not_float = texts.filter(lambda t: _fails(float, t))
bad_pairs = st.one_of(
    st.tuples(st.sampled_from(["x:int", "form.widgets.people_count:int", "x:long", "a.b:record:int"]), not_int).map(
        lambda p: [p]
    ),
    st.tuples(st.just("x:float"), not_float).map(lambda p: [p]),
    st.tuples(
        st.sampled_from(["x:date", "form.widgets.since_when:date"]),
        st.sampled_from(["garbage", "32.13.2026", "2026-02-30", "99:99", "gestern", "<script>"]),
    ).map(lambda p: [p]),
    st.tuples(st.sampled_from(["x:required", "form.widgets.street:required"]), st.sampled_from(["", " "])).map(
        lambda p: [p]
    ),
    st.tuples(
        st.sampled_from(
            [
                ("a:record", "a:records"),
                ("a.b:records", "a.b:record"),
                ("a:int", "a.b:record"),
                ("a:list", "a.b:record"),
            ]
        ),
        texts,
        texts,
    ).map(lambda p: [(p[0][0], "1" if p[0][0] == "a:int" else p[1]), (p[0][1], p[2])]),
)


def test_bad_converter_fuzz(fuzz_site, capsys):
    """A submission with a field name whose ZPublisher converter or record cannot take its value:
    400 with the translated message, whatever else the post carries, and no case."""
    site = fuzz_site
    session = requests.Session()
    action, controls, _page = open_form(session, f"{site.absolute_url()}/{FORM}")
    base = answers(controls, GOOD)

    @settings(max_examples=40, **FUZZ_SETTINGS)
    @given(
        submission=submissions(base, form_field_ids(base)),
        bad=bad_pairs,
        where=st.integers(0, 40),
        multipart=st.booleans(),
    )
    def fuzz(submission, bad, where, multipart):
        RAN["bad converter"] = RAN.get("bad converter", 0) + 1
        data, files = submission
        data = data[:where] + bad + data[where:]
        before = all_cases(site)
        if multipart:
            response = session.post(action, files=[(k, (None, v)) for k, v in data] + files)
        else:
            response = session.post(action, data=data)
        assert is_bad_input_answer(response), (bad, response.status_code, response.text[:500])
        assert all_cases(site) == before

    fuzz()
    report(capsys, "bad converter")


def test_malformed_multipart_fuzz(fuzz_site, capsys):
    site = fuzz_site
    session = requests.Session()
    action, controls, _page = open_form(session, f"{site.absolute_url()}/{FORM}")
    base = answers(controls, GOOD)
    prepared = requests.Request("POST", action, files=[(k, (None, v)) for k, v in base]).prepare()
    boundary = prepared.headers["Content-Type"].split("boundary=")[1]

    @settings(max_examples=40, **FUZZ_SETTINGS)
    @given(
        how=st.sampled_from(
            ["truncate", "wrong-boundary", "garbage-inside", "bad-header", "urlencoded-binary", "no-boundary", "random"]
        ),
        junk=st.binary(min_size=1, max_size=3000),
    )
    def fuzz(how, junk):
        body, content_type = malformed(junk, prepared.body, boundary, how)
        before = all_cases(site)
        try:
            response = session.post(action, data=body, headers={"Content-Type": content_type})
        except requests.exceptions.InvalidHeader:
            return  # requests itself refuses to send such a header
        check_outcome(site, before, response)
        if how == "no-boundary":  # ZPublisher cannot split the body: refused before the form runs
            assert response.status_code == 400 and all_cases(site) == before
        RAN["malformed multipart"] = RAN.get("malformed multipart", 0) + 1

    fuzz()
    report(capsys, "malformed multipart")


def test_two_files_under_one_field_name(fuzz_site):
    """Found by the fuzzer: two parts named like one file field gave a 500 (ComponentLookupError
    in plone.formwidget.namedfile). Now the first file counts, as a browser sends only one."""
    site = fuzz_site
    session = requests.Session()
    action, controls, _page = open_form(session, f"{site.absolute_url()}/{FORM}")
    multipart = [(k, (None, v)) for k, v in answers(controls, GOOD)]
    multipart += [
        ("form.widgets.photo_1", ("vertrag.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")),
        ("form.widgets.photo_1", ("zweite.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")),
    ]
    response = session.post(action, files=multipart)
    assert response.status_code == 200
    assert 'id="case-reference"' in response.text
    (reference,) = all_cases(site)
    case = site.unrestrictedTraverse(f"vorgaenge/wohnraumkontrolle/{reference.lower()}")
    assert [blob.filename for blob in case.attachments] == ["vertrag.pdf"]


def test_fields_sent_twice_are_refused_cleanly(fuzz_site):
    """Found by the fuzzer: the status page's reference/code and the form's honeypot or
    start time sent twice (a list, no browser does that) gave a 500."""
    site = fuzz_site
    status = requests.post(
        f"{site.absolute_url()}/en/@@vorgang-status",
        data=[("reference", "WSF-2026-000001"), ("code", ""), ("code", "")],
        timeout=60,
    )
    assert status.status_code == 200
    assert "No message matches this reference number and status code." in status.text
    for field, extra in (("wsf_website", ""), ("wsf_started", "")):
        session = requests.Session()
        action, controls, _page = open_form(session, f"{site.absolute_url()}/{FORM}")
        data = [*answers(controls, GOOD), (field, extra)]
        response = session.post(action, files=[(k, (None, v)) for k, v in data])
        assert response.status_code == 200
        assert 'id="case-reference"' not in response.text
        assert "Ratten im Keller" in response.text
    assert all_cases(site) == {}


def test_replayed_submission_is_stored_once(fuzz_site):
    """A double click or a replayed POST sends the same signed form twice: one case, and the
    second answer is the first one's thank-you page (tests/cases/test_resend.py: the rest)."""
    site = fuzz_site
    session = requests.Session()
    action, controls, _page = open_form(session, f"{site.absolute_url()}/{FORM}")
    multipart = [(k, (None, v)) for k, v in answers(controls, GOOD)]
    first = session.post(action, files=multipart)
    (reference,) = all_cases(site)
    assert f'id="case-reference">{reference}<' in first.text
    second = session.post(action, files=multipart)
    assert second.status_code == 200
    assert f'id="case-reference">{reference}<' in second.text
    assert len(all_cases(site)) == 1


def test_forms_opened_at_the_same_moment_are_both_stored(fuzz_site):
    """Each rendered form has its own token: two residents in the same second both get a case."""
    site = fuzz_site
    posts = []
    for _resident in range(2):
        session = requests.Session()
        action, controls, _page = open_form(session, f"{site.absolute_url()}/{FORM}")
        posts.append((session, action, [(k, (None, v)) for k, v in answers(controls, GOOD)]))
    tokens = [dict((k, v) for k, (_n, v) in data)["wsf_started"] for _s, _a, data in posts]
    assert tokens[0] != tokens[1]
    for session, action, data in posts:
        assert 'id="case-reference"' in session.post(action, files=data).text
    assert len(all_cases(site)) == 2


# --- the REST service ------------------------------------------------------------------------

PEOPLE = ["ana.popescu@example.org", "Ana Popescu", "jan@example.pl", "Jan Nowak", "Schimmel", "popescu"]


def json_values():
    return st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
        lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
        max_leaves=6,
    )


queries = st.one_of(
    texts,
    st.sampled_from(PEOPLE),
    st.sampled_from(PEOPLE).map(lambda q: f"  {q.upper()} "),
    st.sampled_from(PEOPLE).map(lambda q: q[1:]),
)


def genuinely_contains(values, query):
    pattern = re.compile(r"(?<!\w)" + re.escape(normalize(query)) + r"(?!\w)")
    return any(pattern.search(normalize(row["value"])) for row in values)


def test_rest_service_fuzz(fuzz_site, capsys):
    site = fuzz_site
    for unit, values in [
        ("wohnraumkontrolle", [("E-Mail", "ana.popescu@example.org"), ("Name", "Ana Popescu")]),
        ("clearingstelle", [("Name", "Jan Nowak"), ("E-Mail", "jan@example.pl"), ("Beschreibung", "Schimmel")]),
        ("schulteam", [("Name", "Maria Popescu")]),
    ]:
        make_case(site, unit, values=values)
    transaction.commit()
    url = f"{site.absolute_url()}/@data-subject-request"
    session = session_for(SITE_ADMIN, json=True)

    @settings(max_examples=80, **FUZZ_SETTINGS)
    @given(
        method=st.sampled_from(["GET", "DELETE"]),
        how=st.sampled_from(["params", "json", "raw"]),
        query=queries,
        body=json_values(),
        raw=st.binary(max_size=500),
        extra=st.lists(queries, max_size=2),
    )
    def fuzz(method, how, query, body, raw, extra):
        RAN["REST service"] = RAN.get("REST service", 0) + 1
        transaction.begin()
        stored = {case.reference: list(case.submitted_values) for case in _cases(site)}
        logged = len(audit.entries())
        if how == "params":
            response = session.request(method, url, params=[("query", query)] + [("query", e) for e in extra])
        elif how == "json":
            payload = {"query": query, "references": body} if isinstance(body, list) else body
            response = session.request(
                method, url, data=json.dumps(payload), headers={"Content-Type": "application/json"}
            )
        else:
            response = session.request(method, url, data=raw, headers={"Content-Type": "application/json"})
        assert response.status_code in (200, 400, 431), (response.status_code, response.text[:1000])
        if response.status_code == 431:  # waitress: a query string beyond max_header (256 kB)
            assert how == "params"
            return
        answer = response.json()
        transaction.begin()
        remaining = {case.reference for case in _cases(site)}
        assert len(audit.entries()) == logged + (response.status_code == 200)
        if response.status_code == 400:
            assert answer["error"]["message"] and remaining == set(stored)
        elif method == "GET":
            assert remaining == set(stored)
            for item in answer["items"]:
                assert genuinely_contains(stored[item["reference"]], answer["query"])
        else:
            assert remaining == set(stored) - set(answer["deleted"])
            for reference in answer["deleted"]:
                assert genuinely_contains(stored[reference], answer["query"])

    fuzz()
    report(capsys, "REST service")


def _cases(site):
    return [
        obj
        for folder in site["vorgaenge"].objectValues()
        for obj in folder.objectValues()
        if obj.portal_type == "Vorgang"
    ]


def test_status_page_fuzz(fuzz_site, capsys):
    """The public status page (POST, anonymous) answers every junk input without an error."""
    site = fuzz_site
    make_case(site, "wohnraumkontrolle", values=[("Name", "X")])
    transaction.commit()
    url = f"{site.absolute_url()}/en/@@vorgang-status"

    @settings(max_examples=30, **FUZZ_SETTINGS)
    @given(reference=st.lists(texts, max_size=2), code=st.lists(texts, max_size=2))
    def fuzz(reference, code):
        data = [("reference", r) for r in reference] + [("code", c) for c in code]
        response = requests.post(url, data=data, timeout=60)
        assert response.status_code < 500, response.text[:1000]
        RAN["status page"] = RAN.get("status page", 0) + 1

    fuzz()
    report(capsys, "status page")


# --- forged REST write calls (CSRF, security/csrf.py) ----------------------------------------


def forged_headers(site_url):
    """Origin, Referer and Sec-Fetch-Site as pages elsewhere (or broken clients) send them:
    never the site's own origin without a foreign signal next to it."""
    from csrf_helpers import forgeries
    from urllib.parse import urlsplit

    parts = urlsplit(site_url)
    own = f"{parts.scheme}://{parts.netloc}"
    foreign = [
        headers["Origin"] for headers, _plain in forgeries(site_url).values() if headers.get("Origin", own) != own
    ]
    foreign += [
        "http://localhost",
        f"https://{parts.hostname}:{parts.port}",
        f"http://{parts.hostname}.evil.example",
        f"http://127.0.0.1:{parts.port}",
        "file://",
        "null null",
    ]
    # What a header can carry (requests refuses the rest before sending, waitress answers 400).
    junk = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=40)
    origin = st.one_of(st.none(), st.sampled_from(foreign), junk)
    referer = st.one_of(st.none(), st.sampled_from([f"{o}/seite.html" for o in foreign if "://" in o]), junk)
    fetch_site = st.one_of(st.none(), st.sampled_from(["cross-site", "same-site", "none", "Cross-Site", ""]), junk)
    mixed = st.fixed_dictionaries({}, optional={"Origin": origin, "Referer": referer, "Sec-Fetch-Site": fetch_site})
    # The site's own Origin next to a browser's "not same-origin" signal is forged too.
    own_but_cross = st.builds(
        lambda fetch: {"Origin": own, "Sec-Fetch-Site": fetch}, st.sampled_from(["cross-site", "same-site", "none"])
    )
    return st.one_of(mixed, own_but_cross).map(lambda d: {k: v for k, v in d.items() if v is not None})


def test_forged_rest_writes_fuzz(csrf_site, capsys):
    """REST write calls (every action of csrf_helpers: plone.restapi and the add-on's services)
    with random forged Origin/Referer/Sec-Fetch-Site, by cookie or basic auth, as JSON or as a
    text/plain form: never accepted, nothing changes."""
    site_url = csrf_site.absolute_url()
    targets = {name: action.prepare(csrf_site) for name, action in csrf_helpers.ACTIONS.items()}
    users = {action.user for action in csrf_helpers.ACTIONS.values()}
    clients = {
        (kind, user): csrf_helpers.client(kind, site_url, user) for kind in ("basic", "cookie") for user in users
    }

    @settings(max_examples=60, **FUZZ_SETTINGS)
    @given(
        name=st.sampled_from(sorted(csrf_helpers.ACTIONS)),
        kind=st.sampled_from(["basic", "cookie"]),
        headers=forged_headers(site_url),
        text_plain=st.booleans(),
    )
    def fuzz(name, kind, headers, text_plain):
        RAN["forged REST writes"] = RAN.get("forged REST writes", 0) + 1
        action, target = csrf_helpers.ACTIONS[name], targets[name]
        plain = text_plain and action.method == "POST"
        response = csrf_helpers.send(clients[kind, action.user], site_url, action, target, headers, text_plain=plain)
        assert csrf_helpers.is_refusal(response), (response.status_code, headers, response.text[:300])
        assert not action.changed(csrf_site, target)

    fuzz()
    report(capsys, "forged REST writes")
