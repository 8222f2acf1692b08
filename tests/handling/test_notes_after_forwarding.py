"""Privacy promise of issue 17: "Nur das Team sieht diese Notiz".

After forwarding, the new team does not see the previous team's internal notes (case page
and REST @case-notes); of the previous team's history it reads states and reasons, not who
did what. What the new team needs to know travels in the forwarding reason."""

from case_forms import make_case
from handling.test_case_handling_http import page_token
from lxml import html
from plone import api
from site_client import site_session
from weissenfels.portal.testing import DEMO_PASSWORD

import transaction


TEAM_A = ("sb-wohnraumkontrolle", DEMO_PASSWORD)
TEAM_B = ("sb-clearingstelle", DEMO_PASSWORD)
TEAM_A_NOTE = "Vermieter droht der Familie, nicht weitergeben"
REASON = "Zuständig ist die Clearingstelle: Familie ohne Krankenversicherung"
JSON = {"Accept": "application/json"}


def forwarded_case(portal):
    case = make_case(portal, "wohnraumkontrolle", text="Keine Krankenversicherung", language="ro")
    transaction.commit()
    url = case.absolute_url()
    s = site_session(TEAM_A)
    token, _page = page_token(s, url)
    s.post(f"{url}/@@case-assign", data={"_authenticator": token, "me": "1"})
    s.post(
        f"{url}/@@case-transition",
        data={"_authenticator": token, "workflow_action": "bearbeiten", "comment": "Angesehen"},
    )
    s.post(f"{url}/@@case-note", data={"_authenticator": token, "kind": "note", "text": TEAM_A_NOTE})
    response = s.post(f"{url}/@case-notes", json={"kind": "note", "text": TEAM_A_NOTE + " (REST)"}, headers=JSON)
    assert response.status_code == 201
    s.post(f"{url}/@@case-note", data={"_authenticator": token, "kind": "reply", "text": "Wir prüfen das."})
    # Before forwarding, team A reads its notes.
    assert TEAM_A_NOTE in s.get(url).text
    response = s.post(
        f"{url}/@@vorgang-weiterleiten",
        data={"_authenticator": token, "form.submitted": "1", "target_unit": "clearingstelle", "comment": REASON},
    )
    assert response.status_code == 200
    transaction.begin()
    return f"{portal.absolute_url()}/vorgaenge/clearingstelle/{case.getId()}"


def test_new_team_does_not_see_the_previous_teams_notes(demo_functional_portal):
    url = forwarded_case(demo_functional_portal)
    s = site_session(TEAM_B)
    page = s.get(url)
    assert page.status_code == 200
    assert TEAM_A_NOTE not in page.text
    doc = html.fromstring(page.text)
    history = doc.xpath("string(//table[@id='case-history'])")
    assert REASON in history and "Angesehen" in history  # reasons and states stay readable
    # Who in team A did what is not shown: the unit is named instead, assignments left out.
    name_a = api.user.get(userid="sb-wohnraumkontrolle").getProperty("fullname")
    assert name_a not in history and "Wohnraumkontrolle" in history
    assert not doc.xpath("//table[@id='case-history']//tr[contains(@class, 'history-assigned')]")
    # The public reply stays: the resident read it.
    assert "Wir prüfen das." in doc.xpath("string(//ul[@id='case-replies'])")
    # Team B's own notes are shown to team B.
    token, _page = page_token(s, url)
    s.post(f"{url}/@@case-note", data={"_authenticator": token, "kind": "note", "text": "Termin vereinbart"})
    assert "Termin vereinbart" in html.fromstring(s.get(url).text).xpath("string(//ul[@id='case-notes'])")


def test_new_team_does_not_get_the_notes_over_rest(demo_functional_portal):
    url = forwarded_case(demo_functional_portal)
    response = site_session(TEAM_B).get(f"{url}/@case-notes", headers=JSON)
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["kind"] for item in items] == ["reply"]
    assert TEAM_A_NOTE not in response.text
    # The case's own REST JSON does not carry them either.
    assert TEAM_A_NOTE not in site_session(TEAM_B).get(url, headers=JSON).text
