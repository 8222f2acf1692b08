"""Handling a case over HTTP: the team's case view and its POST actions, the REST services,
and that a user of another team can do none of it (views and REST)."""

from case_forms import make_case
from io import BytesIO
from lxml import html
from PIL import Image
from plone import api
from plone.namedfile.file import NamedBlobImage
from site_client import denied
from site_client import from_site
from site_client import site_session
from site_client import token_for
from weissenfels.portal.handling import journal
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


TEAM = ("sb-wohnraumkontrolle", DEMO_PASSWORD)
OTHER = ("sb-clearingstelle", DEMO_PASSWORD)


def png():
    out = BytesIO()
    Image.new("RGB", (640, 480), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def case(demo_functional_portal):
    portal = demo_functional_portal
    photo = NamedBlobImage(data=png(), contentType="image/png", filename="flur.png")
    case = make_case(
        portal,
        "wohnraumkontrolle",
        text="Schimmel im Flur",
        attachments=[photo],
        extra=[("street", "Leipziger Straße"), ("house_number", "12a")],
    )
    transaction.commit()
    return case


def fresh(portal, case):
    transaction.begin()  # see what the server's threads committed
    brain = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=case.UID())[0]
    return brain._unrestrictedGetObject()


def page_token(session, url):
    response = session.get(url)
    assert response.status_code == 200, response.status_code
    return html.fromstring(response.text).xpath("//input[@name='_authenticator']/@value")[0], response.text


def test_team_sees_values_photos_and_buttons(demo_functional_portal, case):
    s = site_session(TEAM)
    _token, page = page_token(s, case.absolute_url())
    doc = html.fromstring(page)
    assert "Schimmel im Flur" in page
    thumb = doc.xpath("//div[@id='case-thumbnails']//img/@src")[0]
    response = s.get(thumb)
    assert response.headers["Content-Type"] == "image/png"
    assert max(Image.open(BytesIO(response.content)).size) <= 200
    buttons = doc.xpath("//form[@id='case-transition-form']//button/@value")
    assert buttons == ["bearbeiten", "ablehnen"]
    assert doc.xpath("//a[contains(@href, '@@vorgang-weiterleiten')]")
    assert not doc.xpath("//table[@id='case-access-log']")  # only for the team lead


def test_team_transitions_assigns_notes_and_replies(demo_functional_portal, case):
    portal = demo_functional_portal
    s = site_session(TEAM)
    token, _page = page_token(s, case.absolute_url())
    url = case.absolute_url()
    assert (
        s.post(
            f"{url}/@@case-transition",
            data={"_authenticator": token, "workflow_action": "bearbeiten", "comment": "Übernommen"},
        ).status_code
        == 200
    )
    assert s.post(f"{url}/@@case-assign", data={"_authenticator": token, "me": "1"}).status_code == 200
    assert (
        s.post(
            f"{url}/@@case-note", data={"_authenticator": token, "kind": "note", "text": "Vermieter ist bekannt"}
        ).status_code
        == 200
    )
    assert (
        s.post(
            f"{url}/@@case-note", data={"_authenticator": token, "kind": "reply", "text": "Wir prüfen das vor Ort."}
        ).status_code
        == 200
    )
    # reject needs a comment: refused with a message, state unchanged
    page = s.post(f"{url}/@@case-transition", data={"_authenticator": token, "workflow_action": "ablehnen"}).text
    assert "Please give a reason" in page or "Bitte geben Sie" in page
    obj = fresh(portal, case)
    assert api.content.get_state(obj) == "in_bearbeitung"
    assert obj.case_handler == "sb-wohnraumkontrolle"
    entries = journal.entries(obj)
    assert [(e["kind"], e["author"]) for e in entries] == [
        ("assigned", "sb-wohnraumkontrolle"),
        ("note", "sb-wohnraumkontrolle"),
        ("reply", "sb-wohnraumkontrolle"),
    ]
    assert all(e["time"] for e in entries)
    page = s.get(url).text
    doc = html.fromstring(page)
    assert "Vermieter ist bekannt" in doc.xpath("string(//ul[@id='case-notes'])")
    assert "Wir prüfen das vor Ort." in doc.xpath("string(//ul[@id='case-replies'])")
    assert "Übernommen" in doc.xpath("string(//table[@id='case-history'])")
    brain = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=obj.UID())[0]
    assert brain.case_handler == "sb-wohnraumkontrolle"
    # The status page shows the reply, never the internal note.
    status = requests.post(
        f"{portal.absolute_url()}/de/@@vorgang-status",
        data={"reference": obj.reference, "code": "secret-code"},
        timeout=60,
    ).text
    assert "Wir prüfen das vor Ort." in status
    assert "Vermieter ist bekannt" not in status


def test_assign_only_to_the_team(demo_functional_portal, case):
    s = site_session(TEAM)
    token, _page = page_token(s, case.absolute_url())
    s.post(f"{case.absolute_url()}/@@case-assign", data={"_authenticator": token, "handler": "sb-clearingstelle"})
    assert getattr(fresh(demo_functional_portal, case), "case_handler", None) is None
    r = s.post(
        f"{case.absolute_url()}/@case-assign",
        json={"handler": "sb-clearingstelle"},
        headers={"Accept": "application/json"},
    )
    assert r.status_code == 400
    r = s.post(
        f"{case.absolute_url()}/@case-assign",
        json={"handler": "sb-wohnraumkontrolle"},
        headers={"Accept": "application/json"},
    )
    assert r.status_code == 200
    assert fresh(demo_functional_portal, case).case_handler == "sb-wohnraumkontrolle"


def test_posts_without_csrf_token_are_refused(demo_functional_portal, case):
    s = site_session(TEAM)
    url = case.absolute_url()
    for view, data in (
        ("case-transition", {"workflow_action": "bearbeiten"}),
        ("case-note", {"kind": "note", "text": "x"}),
        ("case-assign", {"me": "1"}),
        ("case-erase-personal-data", {"reason": "x"}),
    ):
        assert s.post(f"{url}/@@{view}", data=data).status_code == 403
        assert s.post(f"{url}/@@{view}", data={**data, "_authenticator": "forged"}).status_code == 403
    obj = fresh(demo_functional_portal, case)
    assert api.content.get_state(obj) == "eingegangen"
    assert journal.entries(obj) == []


ACTIONS = [
    ("case-transition", {"workflow_action": "bearbeiten"}),
    ("case-assign", {"handler": "sb-clearingstelle"}),
    ("case-note", {"kind": "note", "text": "fremd"}),
    ("case-note", {"kind": "reply", "text": "fremd"}),
    ("case-erase-personal-data", {"reason": "fremd"}),
]


@pytest.mark.parametrize("view,data", ACTIONS)
def test_other_team_cannot_use_the_views(demo_functional_portal, case, view, data):
    token = token_for(demo_functional_portal, "sb-clearingstelle")
    s = site_session(OTHER)
    assert denied(s.get(case.absolute_url(), allow_redirects=False))
    assert denied(
        s.post(f"{case.absolute_url()}/@@{view}", data={**data, "_authenticator": token}, allow_redirects=False)
    )
    obj = fresh(demo_functional_portal, case)
    assert api.content.get_state(obj) == "eingegangen"
    assert journal.entries(obj) == []
    assert obj.submitted_values[0]["value"] == "Schimmel im Flur"


REST = [
    ("@case-notes", {"kind": "note", "text": "fremd"}),
    ("@case-notes", {"kind": "reply", "text": "fremd"}),
    ("@case-assign", {"handler": "sb-clearingstelle"}),
    ("@case-forward", {"target_unit": "clearingstelle", "comment": "fremd"}),
    ("@workflow/bearbeiten", {"comment": "fremd"}),
    ("@workflow/ablehnen", {"comment": "fremd"}),
]


@pytest.mark.parametrize("endpoint,body", REST)
def test_other_team_cannot_use_rest(demo_functional_portal, case, endpoint, body):
    r = requests.post(
        f"{case.absolute_url()}/{endpoint}",
        json=body,
        auth=OTHER,
        headers=from_site({"Accept": "application/json"}),
        timeout=60,
    )
    assert r.status_code in (401, 403, 404)
    r = requests.get(
        f"{case.absolute_url()}/@case-notes", auth=OTHER, headers={"Accept": "application/json"}, timeout=60
    )
    assert r.status_code in (401, 403, 404)
    obj = fresh(demo_functional_portal, case)
    assert obj.aq_parent.getId() == "wohnraumkontrolle"
    assert api.content.get_state(obj) == "eingegangen"
    assert journal.entries(obj) == []


def test_team_uses_rest(demo_functional_portal, case):
    url = case.absolute_url()
    kw = dict(auth=TEAM, headers=from_site({"Accept": "application/json"}))
    assert (
        requests.post(
            f"{url}/@case-notes", json={"kind": "note", "text": "Notiz per REST"}, **kw, timeout=60
        ).status_code
        == 201
    )
    assert requests.post(f"{url}/@case-notes", json={"kind": "reply", "text": ""}, **kw, timeout=60).status_code == 400
    items = requests.get(f"{url}/@case-notes", **kw, timeout=60).json()["items"]
    assert [(i["kind"], i["author"], i["text"]) for i in items] == [("note", "sb-wohnraumkontrolle", "Notiz per REST")]
    assert requests.post(f"{url}/@workflow/bearbeiten", json={}, **kw, timeout=60).status_code == 200
    assert api.content.get_state(fresh(demo_functional_portal, case)) == "in_bearbeitung"


def test_forwarding_reason_is_visible_to_both_teams(demo_functional_portal, case):
    portal = demo_functional_portal
    reference = case.reference
    kw = dict(auth=TEAM, headers=from_site({"Accept": "application/json"}))
    r = requests.post(
        f"{case.absolute_url()}/@case-forward", json={"target_unit": "clearingstelle", "comment": ""}, **kw, timeout=60
    )
    assert r.status_code == 400
    r = requests.post(
        f"{case.absolute_url()}/@case-forward",
        json={"target_unit": "clearingstelle", "comment": "Aufenthaltsfrage: Clearingstelle"},
        **kw,
        timeout=60,
    )
    assert r.status_code == 200, r.text
    new_url = r.json()["@id"]
    assert "/vorgaenge/clearingstelle/" in new_url
    # The new team sees the reason in the case's history ...
    page = requests.get(new_url, auth=OTHER, timeout=60).text
    history = html.fromstring(page).xpath("string(//table[@id='case-history'])")
    assert "Aufenthaltsfrage: Clearingstelle" in history
    assert "wohnraumkontrolle → clearingstelle" in history
    # ... and the old team, which no longer sees the case, in its inbox.
    assert denied(requests.get(new_url, auth=TEAM, allow_redirects=False, timeout=60))
    inbox = requests.get(
        f"{portal.absolute_url()}/vorgaenge/wohnraumkontrolle/@@vorgaenge-inbox", auth=TEAM, timeout=60
    ).text
    forwarded = html.fromstring(inbox).xpath("string(//table[@id='inbox-forwarded'])")
    assert reference in forwarded and "Aufenthaltsfrage: Clearingstelle" in forwarded


def test_access_log_for_the_team_lead_only(demo_functional_portal, case):
    requests.get(case.absolute_url(), auth=TEAM, timeout=60).raise_for_status()
    requests.get(case.absolute_url(), auth=TEAM, timeout=60).raise_for_status()
    lead = ("teamleitung-wohnraumkontrolle", DEMO_PASSWORD)
    page = requests.get(case.absolute_url(), auth=lead, timeout=60).text
    rows = html.fromstring(page).xpath("//table[@id='case-access-log']//tr")
    users = [row.xpath("string(td[2])") for row in rows]
    # newest first; the lead's own view is recorded too
    assert users == [
        "Teamleitung Wohnraumkontrolle",
        "Sachbearbeitung Wohnraumkontrolle",
        "Sachbearbeitung Wohnraumkontrolle",
    ]
    assert denied(
        requests.get(
            case.absolute_url(), auth=("teamleitung-clearingstelle", DEMO_PASSWORD), allow_redirects=False, timeout=60
        )
    )


def access_log(case, user):
    """[(user, channel)] of the access log on the case page, as user sees it (German UI)."""
    page = requests.get(
        case.absolute_url(), auth=user, headers={"Accept-Language": "de"}, cookies={"I18N_LANGUAGE": "de"}, timeout=60
    )
    assert page.status_code == 200
    rows = html.fromstring(page.text).xpath("//table[@id='case-access-log']//tr")
    return [(row.xpath("string(td[2])"), row.xpath("string(td[3])")) for row in rows]


def test_rest_reads_of_a_case_are_in_the_access_log(demo_functional_portal, case):
    json = {"Accept": "application/json"}
    r = requests.get(case.absolute_url(), auth=TEAM, headers=json, timeout=60)
    assert r.status_code == 200 and r.json()["reference"] == case.reference
    # Another team's handler is refused, and the refusal is no view of the case.
    assert denied(requests.get(case.absolute_url(), auth=OTHER, headers=json, timeout=60))
    found = requests.get(
        f"{demo_functional_portal.absolute_url()}/@search",
        auth=TEAM,
        headers=json,
        params={"UID": case.UID(), "fullobjects": 1},
        timeout=60,
    )
    assert [item["reference"] for item in found.json()["items"]] == [case.reference]
    lead = ("teamleitung-wohnraumkontrolle", DEMO_PASSWORD)
    # newest first: the lead's own page view, the handler's search and GET over REST
    assert access_log(case, lead) == [
        ("Teamleitung Wohnraumkontrolle", "Vorgangsseite"),
        ("Sachbearbeitung Wohnraumkontrolle", "REST-API"),
        ("Sachbearbeitung Wohnraumkontrolle", "REST-API"),
    ]
    # A search without fullobjects hands out no case data: no entry.
    requests.get(
        f"{demo_functional_portal.absolute_url()}/@search",
        auth=TEAM,
        headers=json,
        params={"UID": case.UID()},
        timeout=60,
    ).raise_for_status()
    assert [user for user, _channel in access_log(case, lead)].count("Sachbearbeitung Wohnraumkontrolle") == 2
    assert "Sachbearbeitung Clearingstelle" not in [user for user, _channel in access_log(case, lead)]


def test_team_erases_personal_data_on_request(demo_functional_portal, case):
    s = site_session(TEAM)
    token, _page = page_token(s, case.absolute_url())
    url = case.absolute_url()
    s.post(f"{url}/@@case-erase-personal-data", data={"_authenticator": token, "reason": ""})
    assert (
        fresh(demo_functional_portal, case).submitted_values[0]["value"] == "Schimmel im Flur"
    )  # no reason, no deletion
    s.post(f"{url}/@@case-erase-personal-data", data={"_authenticator": token, "reason": "Antrag vom 3. März"})
    obj = fresh(demo_functional_portal, case)
    assert [row["value"] for row in obj.submitted_values] == ["", "", ""]
    assert obj.attachments == []
    history = html.fromstring(s.get(url).text).xpath("string(//table[@id='case-history'])")
    assert "Antrag vom 3. März" in history
    assert "Personenbezogene Daten auf Antrag gelöscht" in history  # the German UI


@pytest.mark.parametrize(
    "preference,title,header", [("", "Posteingang Vorgänge", "Bearbeitung durch"), ("en", "Case inbox", "Handler")]
)
def test_inbox_is_the_landing_page_in_german_or_the_chosen_language(
    demo_functional_portal, case, preference, title, header
):
    """German whatever the browser asks for; English for a handler who chose it in the
    personal preferences (multilingual/staff_language.py)."""
    with api.env.adopt_roles(["Manager"]):
        api.user.get(userid=TEAM[0]).setMemberProperties({"language": preference})
    transaction.commit()
    page = requests.get(
        f"{demo_functional_portal.absolute_url()}/vorgaenge/wohnraumkontrolle",
        auth=TEAM,
        cookies={"I18N_LANGUAGE": "en"},
        headers={"Accept-Language": "en"},
        timeout=60,
    ).text
    doc = html.fromstring(page)
    assert doc.xpath("string(//h1)").strip() == title
    assert header in [th.text_content().strip() for th in doc.xpath("//table[@id='inbox']//th")]
    assert case.reference in doc.xpath("string(//table[@id='inbox'])")


@pytest.mark.parametrize(
    "service,body",
    [
        ("@case-notes", {"kind": "note", "text": "von woanders"}),
        ("@case-assign", {"handler": "sb-wohnraumkontrolle"}),
        ("@case-forward", {"target_unit": "clearingstelle", "comment": "von woanders"}),
    ],
)
def test_rest_posts_from_another_site_are_refused(demo_functional_portal, case, service, body):
    s = site_session(TEAM)
    url = f"{case.absolute_url()}/{service}"
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
        refused = s.post(url, json=body, headers={"Accept": "application/json", **headers})
        assert refused.status_code == 403
    obj = fresh(demo_functional_portal, case)
    assert journal.entries(obj) == []
    assert not journal.handler(obj)
    assert api.content.get_state(obj) == "eingegangen"
