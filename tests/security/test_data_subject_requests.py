"""Data subject requests (GDPR Art. 15/17): find, export, delete a person's cases; logged.

Over HTTP: @@datenschutz-auskunft (the administrators' page) and @data-subject-request (REST).
"""

from case_forms import make_case
from io import BytesIO
from lxml import html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.namedfile.file import NamedBlobFile
from security_helpers import all_cases
from security_helpers import EDITOR
from security_helpers import HANDLER
from security_helpers import session_for
from security_helpers import SITE_ADMIN
from site_client import authenticator
from weissenfels.portal.handling import journal
from weissenfels.portal.privacy import audit

import json
import logging
import pytest
import transaction
import zipfile


EMAIL = "ana.popescu@example.org"
NAME = "Ana Popescu"


@pytest.fixture
def cases(site):
    """A: e-mail and name; B: the name in other case and spacing, in another unit;
    C: only similar addresses and names; D: someone else."""
    pdf = NamedBlobFile(data=b"%PDF-1.4\n%%EOF\n", filename="mietvertrag.pdf", contentType="application/pdf")
    made = {
        "A": make_case(
            site,
            "wohnraumkontrolle",
            values=[("E-Mail", EMAIL), ("Name", NAME), ("Beschreibung", "Schimmel")],
            attachments=[pdf],
            public_reply="Wir prüfen das.",
            internal_note="Vermieter angerufen",
        ),
        "B": make_case(site, "clearingstelle", values=[("Name", "ANA   popescu"), ("E-Mail", "a.p@example.net")]),
        "C": make_case(
            site, "sozialarbeit", values=[("E-Mail", "hana.popescu@example.org"), ("Name", "Anamaria Popescu")]
        ),
        "D": make_case(site, "schulteam", values=[("Name", "Jan Nowak"), ("E-Mail", "jan@example.pl")]),
    }
    transaction.commit()
    return {key: case.reference for key, case in made.items()}


def page_url(site):
    return f"{site.absolute_url()}/@@datenschutz-auskunft"


def rest_url(site):
    return f"{site.absolute_url()}/@data-subject-request"


def post_page(site, session, **data):
    token = authenticator(session, page_url(site))
    return session.post(page_url(site), data=dict(data, _authenticator=token))


def log_entries():
    transaction.begin()
    return audit.entries()


@pytest.mark.parametrize(
    "query,expected",
    [(EMAIL, "A"), (EMAIL.upper(), "A"), (NAME, "AB"), ("popescu", "ABC"), ("hana.popescu@example.org", "C")],
)
def test_search_finds_exactly_the_persons_cases_across_units(site, cases, query, expected):
    response = post_page(site, session_for(SITE_ADMIN), query=query, **{"form.buttons.search": "1"})
    assert response.status_code == 200
    for key, reference in cases.items():
        assert (reference in response.text) == (key in expected), (key, query)
    assert log_entries() == []  # searching is not exporting


@pytest.mark.parametrize(
    "language,title,button",
    [("de", "Auskunft und Löschung (DSGVO)", "Als JSON ausgeben"), ("en", "Data subject requests", "Export as JSON")],
)
def test_page_speaks_german_and_english(site, cases, language, title, button):
    session = session_for(SITE_ADMIN)
    session.headers["Accept-Language"] = language
    response = post_page(site, session, query=EMAIL, **{"form.buttons.search": "1"})
    assert title in response.text and button in response.text


def test_export_as_zip_download_and_logged(site, cases, caplog):
    """A ZIP for the person: readable JSON, the attachments, every history entry with time and
    author, the assignments, and a short summary in HTML."""
    case_a = site.unrestrictedTraverse(f"vorgaenge/wohnraumkontrolle/{cases['A'].lower()}")
    with api.env.adopt_user(username="sb-wohnraumkontrolle"):
        journal.assign(case_a, "sb-wohnraumkontrolle")
        api.content.transition(case_a, "bearbeiten", comment="Übernommen")
    transaction.commit()
    handler_name = api.user.get(userid="sb-wohnraumkontrolle").getProperty("fullname")
    caplog.set_level(logging.INFO, logger="weissenfels.portal.privacy")
    response = post_page(site, session_for(SITE_ADMIN), query=EMAIL, **{"form.buttons.export": "1"})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/zip"
    assert response.headers["Content-Disposition"].startswith('attachment; filename="datenschutz-auskunft-')
    archive = zipfile.ZipFile(BytesIO(response.content))
    raw = archive.read("auskunft.json").decode("utf-8")
    assert "Übernommen" in raw and "\\u00dc" not in raw  # UTF-8, not escaped
    assert raw.startswith('{\n  "query"')  # indented: readable
    data = json.loads(raw)
    assert data["query"] == EMAIL
    (case,) = data["cases"]
    assert case["reference"] == cases["A"]
    assert case["unit"] == "wohnraumkontrolle"
    assert case["form_title"] == "Testformular"
    assert case["submitted"] and case["state"] == "in_bearbeitung"
    assert [(v["label"], v["value"]) for v in case["values"]] == [
        ("E-Mail", EMAIL),
        ("Name", NAME),
        ("Beschreibung", "Schimmel"),
    ]
    (attachment,) = case["attachments"]
    assert (attachment["filename"], attachment["content_type"], attachment["size"]) == (
        "mietvertrag.pdf",
        "application/pdf",
        15,
    )
    assert archive.read(attachment["file"]) == b"%PDF-1.4\n%%EOF\n"
    assert case["public_reply"] == "Wir prüfen das." and case["internal_note"] == "Vermieter angerufen"
    # Every history entry with time and author; the assignment.
    assert [(h["action"], h["comments"]) for h in case["history"]][-1] == ("bearbeiten", "Übernommen")
    assert all(h["time"] for h in case["history"])
    assert case["history"][-1]["author"] == {"id": "sb-wohnraumkontrolle", "name": handler_name}
    assert [(j["kind"], j["author"]["id"]) for j in case["journal"]] == [("assigned", "sb-wohnraumkontrolle")]
    assert case["assignments"][0]["handler"]["name"] == handler_name and case["assignments"][0]["time"]
    assert case["handler"]["id"] == "sb-wohnraumkontrolle"
    # The summary for the person.
    summary = html.fromstring(archive.read("zusammenfassung.html").decode("utf-8"))
    text = " ".join(summary.text_content().split())
    assert f"Vorgang {cases['A']}" in text and "Datenschutzauskunft" in text
    assert EMAIL in text and "Übernommen" in text and handler_name in text
    assert "Zuweisung an eine Sachbearbeitung" in text and attachment["file"] in text
    assert sorted(archive.namelist()) == sorted(["auskunft.json", "zusammenfassung.html", attachment["file"]])

    (entry,) = log_entries()
    assert (entry["user"], entry["action"], entry["channel"], entry["query"], entry["references"]) == (
        SITE_ADMIN,
        "export",
        "view",
        EMAIL,
        [cases["A"]],
    )
    assert entry["time"].endswith("+00:00")
    assert any(
        cases["A"] in r.getMessage() and SITE_ADMIN in r.getMessage() and "export" in r.getMessage()
        for r in caplog.records
    )
    assert set(all_cases(site)) == set(cases.values())  # an export deletes nothing


def test_delete_needs_confirmation_then_removes_and_logs(site, cases, caplog):
    caplog.set_level(logging.INFO, logger="weissenfels.portal.privacy")
    session = session_for(SITE_ADMIN)
    confirm = post_page(site, session, query=NAME, **{"form.buttons.delete_confirm": "1"})
    assert 'id="dsr-confirm"' in confirm.text
    assert set(all_cases(site)) == set(cases.values())  # the confirm step deletes nothing
    from lxml import html

    form = html.fromstring(confirm.text).get_element_by_id("dsr-confirm")
    assert sorted(form.xpath(".//input[@name='references:list']/@value")) == sorted([cases["A"], cases["B"]])
    data = [(k, v) for k, v in form.form_values()] + [("form.buttons.delete", "1")]
    response = session.post(form.get("action"), data=data)
    assert response.status_code == 200
    assert set(all_cases(site)) == {cases["C"], cases["D"]}
    (entry,) = log_entries()
    assert (entry["user"], entry["action"], entry["query"]) == (SITE_ADMIN, "delete", NAME)
    assert sorted(entry["references"]) == sorted([cases["A"], cases["B"]])
    assert any("delete" in r.getMessage() and cases["B"] in r.getMessage() for r in caplog.records)
    # the log is shown to administrators on the page
    page = session.get(page_url(site)).text
    assert cases["A"] in page and cases["B"] in page and NAME in page


def test_delete_only_what_was_confirmed(site, cases):
    session = session_for(SITE_ADMIN)
    response = post_page(site, session, query=NAME, references=cases["A"], **{"form.buttons.delete": "1"})
    assert response.status_code == 200
    assert set(all_cases(site)) == {cases["B"], cases["C"], cases["D"]}


@pytest.mark.parametrize("user", [SITE_ADMIN, SITE_OWNER_NAME])
def test_rest_get_exports_and_logs(site, cases, user):
    password = SITE_OWNER_PASSWORD if user == SITE_OWNER_NAME else None
    session = session_for(user, json=True)
    if password:
        session.auth = (user, password)
    response = session.get(rest_url(site), params={"query": NAME})
    assert response.status_code == 200
    data = response.json()
    assert data["items_total"] == 2
    assert sorted(item["reference"] for item in data["items"]) == sorted([cases["A"], cases["B"]])
    assert data["items"][0]["values"]
    (entry,) = log_entries()
    assert (entry["user"], entry["action"], entry["channel"]) == (user, "export", "rest")


def test_rest_delete_removes_and_logs(site, cases):
    session = session_for(SITE_ADMIN, json=True)
    response = session.delete(rest_url(site), json={"query": EMAIL})
    assert response.status_code == 200, response.text
    assert response.json()["deleted"] == [cases["A"]]
    assert set(all_cases(site)) == {cases["B"], cases["C"], cases["D"]}
    response = session.delete(rest_url(site), json={"query": NAME, "references": [cases["A"], cases["D"]]})
    assert response.json()["deleted"] == []  # D does not match, A is gone: B was not confirmed
    assert set(all_cases(site)) == {cases["B"], cases["C"], cases["D"]}
    entries = log_entries()
    assert [(e["action"], e["channel"], e["references"]) for e in entries] == [
        ("delete", "rest", []),
        ("delete", "rest", [cases["A"]]),
    ]


@pytest.mark.parametrize(
    "query,language,message",
    [
        ("", "de", "Bitte geben Sie eine E-Mail-Adresse oder einen Namen ein (mindestens 3 Zeichen)."),
        ("ab", "en", "Please enter an e-mail address or a name (at least 3 characters)."),
        ("x" * 201, "de", "Der Suchtext ist zu lang (höchstens 200 Zeichen)."),
    ],
)
def test_bad_query_is_refused_with_translated_message(site, cases, query, language, message):
    session = session_for(SITE_ADMIN, json=True)
    session.headers["Accept-Language"] = language
    response = session.get(rest_url(site), params={"query": query})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == message
    response = session.delete(rest_url(site), json={"query": query})
    assert response.status_code == 400
    assert set(all_cases(site)) == set(cases.values())
    assert log_entries() == []


OUTSIDERS = [None, EDITOR, HANDLER, "redakteurin", "steuerung-stadt"]


@pytest.mark.parametrize("user", OUTSIDERS, ids=lambda u: u or "anonymous")
def test_outsiders_are_refused(site, cases, user):
    session = session_for(user)
    page = session.get(page_url(site), allow_redirects=False)
    assert page.status_code in (302, 401, 403)
    if page.status_code == 302:
        assert "login" in page.headers["Location"] or "require_login" in page.headers["Location"]
    # a POST as the page would send it: refused before anything is read or deleted
    posted = session.post(
        page_url(site),
        data={"query": EMAIL, "form.buttons.delete": "1", "references": cases["A"]},
        allow_redirects=False,
    )
    assert posted.status_code in (302, 401, 403)
    assert cases["A"] not in posted.text

    api = session_for(user, json=True)
    got = api.get(rest_url(site), params={"query": EMAIL})
    assert got.status_code in (401, 403)
    assert EMAIL not in got.text and cases["A"] not in got.text
    deleted = api.delete(rest_url(site), json={"query": EMAIL})
    assert deleted.status_code in (401, 403)
    assert set(all_cases(site)) == set(cases.values())
    assert log_entries() == []


def test_post_without_token_or_from_foreign_origin_is_refused(site, cases):
    session = session_for(SITE_ADMIN)
    for data in (
        {"query": EMAIL, "form.buttons.delete": "1", "references": cases["A"]},
        {"query": EMAIL, "form.buttons.export": "1"},
    ):
        response = session.post(page_url(site), data=data)
        assert response.status_code == 403
        assert cases["A"] not in response.text
        token = authenticator(session, page_url(site))
        response = session.post(
            page_url(site), data=dict(data, _authenticator=token), headers={"Origin": "https://evil.example"}
        )
        assert response.status_code == 403
    rest = session_for(SITE_ADMIN, json=True)
    response = rest.delete(rest_url(site), json={"query": EMAIL}, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403
    response = rest.get(rest_url(site), params={"query": EMAIL}, headers={"Origin": "null"})
    assert response.status_code == 403 and cases["A"] not in response.text
    assert set(all_cases(site)) == set(cases.values())
    assert log_entries() == []


def test_same_origin_request_is_accepted(site, cases):
    origin = "/".join(site.absolute_url().split("/")[:3])
    rest = session_for(SITE_ADMIN, json=True)
    response = rest.delete(rest_url(site), json={"query": EMAIL}, headers={"Origin": origin})
    assert response.status_code == 200
    assert response.json()["deleted"] == [cases["A"]]
