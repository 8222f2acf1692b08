"""Form data ZPublisher cannot parse answers 400 with a short translated message, not 500/503.

A field name with a converter whose value does not convert, mixed-up records, a bad encoding
modifier or a multipart body without boundary fail in ZPublisher's parsing of the request,
before any code of the portal runs (weissenfels.portal.security.form_input). Over real HTTP:
the housing form (nothing stored, the resident's message in German or English), the site,
the Zope root and the REST API.
"""

from case_forms import answers
from case_forms import HOUSING_FORM
from case_forms import HOUSING_REQUIRED_ANSWERS
from case_forms import open_form
from security_helpers import all_cases
from security_helpers import BAD_INPUT_ENGLISH
from security_helpers import BAD_INPUT_GERMAN

import pytest
import requests


FORM = HOUSING_FORM
GOOD = HOUSING_REQUIRED_ANSWERS

# (name, value) pairs ZPublisher refuses; each with the reason it fails.
BAD_FIELDS = {
    "int": [("people_count:int", "x")],
    "float": [("x:float", "abc")],
    "long": [("x:long", "1.5")],
    "date": [("x:date", "garbage")],
    "required": [("form.widgets.street:required", "")],
    "record then records": [("a:record", "1"), ("a:records", "2")],
    "records then record": [("a.b:records", "1"), ("a.b:record", "2")],
    "int then record": [("a:int", "1"), ("a.b:record", "2")],
    "list then record": [("a:list", "1"), ("a.b:record", "2")],
    "record with bad int": [("a.b:record:int", "x")],
    "bad encoding modifier": [("x:ascii", "ä")],
    # Converted well, but a form field that is not text: z3c.form's widgets failed (500).
    "form field as a number": [("form.widgets.people_count:int", "0")],
    "form field as a boolean": [("form.widgets.description:boolean", "1")],
    "form field as a record": [("form.widgets.children.x:record", "1")],
}


@pytest.fixture
def form(site):
    session = requests.Session()
    action, controls, _page = open_form(session, f"{site.absolute_url()}/{FORM}")
    return session, action, answers(controls, GOOD)


@pytest.mark.parametrize("bad", list(BAD_FIELDS))
@pytest.mark.parametrize("encoding", ["multipart", "urlencoded"])
def test_bad_field_on_the_form_is_refused_with_400(site, form, bad, encoding):
    session, action, data = form
    data = data + BAD_FIELDS[bad]
    html = {"Accept": "text/html", "Accept-Language": "de-DE,de;q=0.9"}
    if encoding == "multipart":
        response = session.post(action, files=[(k, (None, v)) for k, v in data], headers=html)
    else:
        response = session.post(action, data=data, headers=html)
    assert response.status_code == 400, response.text[:500]
    assert response.headers["Content-Type"].startswith("text/html")
    assert "<h1>Ungültige Anfrage</h1>" in response.text
    assert BAD_INPUT_GERMAN in response.text and "Traceback" not in response.text
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    # Refused by Zope before the site: a policy for a page that loads nothing; refused by the
    # form: the portal's policy for anonymous pages. Neither allows inline scripts.
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy or "script-src 'self';" in policy
    assert all_cases(site) == {}


def test_the_same_answers_without_the_bad_field_are_stored(site, form):
    """The refusal is about the bad name only: a good converter value passes, the case is stored."""
    session, action, data = form
    response = session.post(action, files=[(k, (None, v)) for k, v in [*data, ("x:int", "5")]])
    assert response.status_code == 200
    assert 'id="case-reference"' in response.text
    assert len(all_cases(site)) == 1


@pytest.mark.parametrize("path", ["", "/de", "/@search", "/.."])  # site, page, REST service, Zope root
def test_bad_query_string_anywhere_is_refused_with_400(site, path):
    response = requests.get(
        f"{site.absolute_url()}{path}?x:date=garbage&name:int=x",
        headers={"Accept": "application/json", "Accept-Language": "en"},
        timeout=60,
    )
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "BadRequest"
    assert response.json()["error"]["message"].startswith(BAD_INPUT_ENGLISH)


def test_multipart_without_boundary_is_refused_with_400(site, form):
    session, action, _data = form
    body = b'--x\r\nContent-Disposition: form-data; name="form.widgets.street"\r\n\r\nA\r\n--x--\r\n'
    response = session.post(
        action,
        data=body,
        headers={"Content-Type": "multipart/form-data", "Accept": "text/html", "Accept-Language": "en"},
    )
    assert response.status_code == 400
    assert "<h1>Bad request</h1>" in response.text and BAD_INPUT_ENGLISH in response.text
    assert all_cases(site) == {}
