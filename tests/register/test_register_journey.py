"""The register's journey over HTTP (issue 20), as the people concerned meet it on the demo
site: three residents report one address → the flag's first date is stored → the handler
adds the building and plans the inspection in one step → the inspection is held with findings
and a photo → an order for a flat with a deadline is put in force → the Clearingstelle's
lookup says "Anordnung in Kraft seit …" and nothing else; the Clearingstelle and another
team cannot open the register, the building or the order."""

from case_forms import HOUSING_ANSWERS
from case_forms import HOUSING_FORM
from case_forms import set_case_settings
from case_forms import submit
from datetime import date
from datetime import datetime
from io import BytesIO
from lxml import html
from PIL import Image
from plone import api
from site_client import denied
from site_client import site_session
from weissenfels.portal.cases import abuse
from weissenfels.portal.register.buildings import add_to_building
from weissenfels.portal.register.linking import flagged_since
from weissenfels.portal.register.structure import REGISTER_ID
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import transaction


# The tests count the buildings they make: the demo's example buildings are left out.
pytestmark = pytest.mark.usefixtures("register_without_examples")


TEAM = ("sb-wohnraumkontrolle", DEMO_PASSWORD)
CLEARING = ("sb-clearingstelle", DEMO_PASSWORD)
OTHER_TEAM = ("sb-schulteam", DEMO_PASSWORD)
ADDRESS = {"street": "Merseburger Straße", "house_number": "12", "postcode": "06667"}
STREET_KEY = "merseburgerstr|12"


@pytest.fixture
def site(demo_functional_portal):
    set_case_settings(min_fill_seconds=0)
    transaction.commit()
    abuse.reset_rate_limit()
    yield demo_functional_portal
    abuse.reset_rate_limit()


def png():
    out = BytesIO()
    Image.new("RGB", (640, 480), (30, 120, 200)).save(out, format="PNG")
    return out.getvalue()


def token_of(session, url):
    response = session.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return html.fromstring(response.text).xpath("//input[@name='_authenticator']/@value")[0], response.text


def housing_cases(portal):
    transaction.begin()
    folder = portal["vorgaenge"]["wohnraumkontrolle"]
    return sorted((c for c in folder.objectValues() if c.portal_type == "Vorgang"), key=lambda c: c.submitted)


def report(portal, number):
    answers = {**HOUSING_ANSWERS, **ADDRESS, "email": f"nachbar{number}@example.org"}
    response = submit(f"{portal.absolute_url()}/{HOUSING_FORM}", answers)
    assert response.status_code == 200, response.status_code


def test_from_three_reports_to_the_order_the_clearingstelle_sees(site):
    portal = site
    for number in range(3):
        report(portal, number)
    cases = housing_cases(portal)
    assert len(cases) >= 3
    assert flagged_since(STREET_KEY) is not None  # stored when the third report made the flag
    first = cases[-1]

    # The handler: one step from the flagged case to the building and its inspection form.
    team = site_session(TEAM)
    token, page = token_of(team, first.absolute_url())
    assert html.fromstring(page).xpath("//form[@id='case-building-inspection']//button")
    answer = team.post(
        f"{first.absolute_url()}/@@gebaeude-anlegen", data={"_authenticator": token}, allow_redirects=False
    )
    assert answer.status_code == 302 and answer.headers["Location"].endswith("/++add++Begehung")

    transaction.begin()
    register = portal[REGISTER_ID]
    (building,) = register.objectValues()
    assert building.Title() == "Merseburger Straße 12, 06667"
    assert building.flagged_since == flagged_since(STREET_KEY)
    assert {c.building_uid for c in housing_cases(portal)[-3:]} == {building.UID()}

    # Flat, inspection (planned: the building follows), as the handler enters them.
    with api.env.adopt_user(username="sb-wohnraumkontrolle"):
        flat = add_to_building(building, "Wohnung", title="2. OG links", living_space=24.0, persons_adult=3)
        inspection = add_to_building(
            building,
            "Begehung",
            start=datetime(2026, 12, 3, 10, 0),
            agencies=["Ordnungsamt", "Bauaufsicht"],
            present=["Mieter", "Hausverwaltung"],
            findings=[{"flat": flat.UID(), "category": "overcrowding", "description": "3 Personen auf 24 m²"}],
            measures=[{"what": "Rauchmelder nachrüsten", "follow_up": date(2026, 12, 20), "done": False}],
        )
    transaction.commit()
    assert api.content.get_state(building) == "begehung_geplant"

    page = team.get(building.absolute_url()).text
    doc = html.fromstring(page)
    assert doc.xpath("//table[@id='building-flats']//span[contains(@class, 'occupancy-warning')]")
    assert doc.xpath("//p[@id='building-reporters']/strong/text()") == ["3"]
    assert len(doc.xpath("//table[@id='building-cases']//tr")) >= 3

    # Held, with a photo: the building's progress says defects found.
    token, _page = token_of(team, inspection.absolute_url())
    photo = team.post(
        f"{inspection.absolute_url()}/@@begehung-foto",
        data={"_authenticator": token},
        files={"photo": ("flur.png", png(), "image/png")},
    )
    assert photo.status_code == 200
    held = team.post(
        f"{inspection.absolute_url()}/@@register-transition",
        data={"_authenticator": token, "workflow_action": "durchfuehren"},
    )
    assert held.status_code == 200
    transaction.begin()
    assert api.content.get_state(inspection) == "durchgefuehrt"
    assert api.content.get_state(building) == "maengel_festgestellt"
    assert len(inspection.photos) == 1 and inspection.photos[0].contentType.startswith("image/")
    history = building.workflow_history["weissenfels_building_workflow"]
    assert [entry["actor"] for entry in history[-2:]] == ["sb-wohnraumkontrolle"] * 2

    # The order for the flat, with a deadline, put in force.
    with api.env.adopt_user(username="sb-wohnraumkontrolle"):
        order = add_to_building(
            building,
            "Anordnung",
            title="Nutzungsuntersagung",
            legal_basis="§ 8 Wohnungsaufsichtsgesetz",
            file_number="WK-2026-017",
            order_date=date(2026, 12, 5),
            deadline=date(2027, 1, 15),
            flat=flat.UID(),
        )
    transaction.commit()
    token, _page = token_of(team, order.absolute_url())
    team.post(
        f"{order.absolute_url()}/@@register-transition",
        data={"_authenticator": token, "workflow_action": "in_kraft_setzen"},
    )
    transaction.begin()
    assert api.content.get_state(order) == "in_kraft"

    # The Clearingstelle: the lookup only.
    clearing = site_session(CLEARING)
    assert clearing.get(f"{portal.absolute_url()}/@@anordnungen-abfrage").status_code == 200  # the empty form
    lookup = clearing.get(
        f"{portal.absolute_url()}/@@anordnungen-abfrage",
        params={"street": "Merseburger Str.", "number": "12", "postcode": "06667"},
    )
    assert lookup.status_code == 200
    result = html.fromstring(lookup.text).xpath("//div[@id='lookup-result']")[0]
    text = " ".join(result.text_content().split())
    assert "05.12.2026" in text
    assert "Anordnung in Kraft seit" in text
    for secret in ("WK-2026-017", "Nutzungsuntersagung", "Wohnungsaufsichtsgesetz", "2. OG links", "15.01.2027"):
        assert secret not in lookup.text
    for url in (register.absolute_url(), building.absolute_url(), order.absolute_url(), inspection.absolute_url()):
        assert denied(clearing.get(url, allow_redirects=False)), url

    # Another team: nothing, not even the lookup.
    other = site_session(OTHER_TEAM)
    for url in (register.absolute_url(), building.absolute_url(), order.absolute_url()):
        assert denied(other.get(url, allow_redirects=False)), url
    assert denied(other.get(f"{portal.absolute_url()}/@@anordnungen-abfrage", allow_redirects=False))


def test_a_handler_links_and_unlinks_a_housing_case_by_hand(site):
    portal = site
    report(portal, 7)
    (case,) = [c for c in housing_cases(portal) if c.submitted_values and "nachbar7" in str(c.submitted_values)]
    with api.env.adopt_roles(["Manager"]):
        from weissenfels.portal.register.buildings import create_building

        house = create_building("Merseburger Straße", "12a", "06667")  # a neighbour: not the case's address
    transaction.commit()
    team = site_session(TEAM)
    token, page = token_of(team, case.absolute_url())
    choices = html.fromstring(page).xpath("//select[@id='case-building-choice']/option/@value")
    assert house.UID() in choices
    team.post(f"{case.absolute_url()}/@@gebaeude-verknuepfen", data={"_authenticator": token, "building": house.UID()})
    transaction.begin()
    assert case.building_uid == house.UID()
    listed = html.fromstring(team.get(house.absolute_url()).text).xpath("//table[@id='building-cases']//a/@href")
    assert case.absolute_url() in listed
    team.post(f"{case.absolute_url()}/@@gebaeude-loesen", data={"_authenticator": token})
    transaction.begin()
    assert case.building_uid is None

    # The Clearingstelle cannot open the case, nor link it.
    clearing = site_session(CLEARING)
    answer = clearing.post(
        f"{case.absolute_url()}/@@gebaeude-verknuepfen", data={"building": house.UID()}, allow_redirects=False
    )
    assert denied(answer) or answer.status_code == 400
    transaction.begin()
    assert case.building_uid is None


def test_the_team_adds_a_building_in_the_add_form(site):
    team = site_session(TEAM)
    register_url = f"{site.absolute_url()}/{REGISTER_ID}"
    assert team.get(register_url).status_code == 200
    token, page = token_of(team, f"{register_url}/++add++Objekt")
    doc = html.fromstring(page)
    assert doc.xpath("//input[@name='form.widgets.street']")
    answer = team.post(
        f"{register_url}/++add++Objekt",
        data={
            "_authenticator": token,
            "form.widgets.street": "Naumburger Straße",
            "form.widgets.house_number": "7",
            "form.widgets.postcode": "6667",
            "form.buttons.save": "Speichern",
        },
    )
    assert "fünfstellige Postleitzahl" in answer.text  # refused, translated, nothing stored
    transaction.begin()
    assert site[REGISTER_ID].objectIds() == []
    answer = team.post(
        f"{register_url}/++add++Objekt",
        data={
            "_authenticator": token,
            "form.widgets.street": "Naumburger Straße",
            "form.widgets.house_number": "7",
            "form.widgets.postcode": "06667",
            "form.widgets.town": "Weißenfels",
            "form.buttons.save": "Speichern",
        },
    )
    assert answer.status_code == 200
    transaction.begin()
    assert site[REGISTER_ID].objectIds() == ["naumburger-strasse-7-06667-weissenfels"]
    listing = html.fromstring(team.get(register_url, params={"street": "Naumburger Str."}).text)
    assert listing.xpath("//table[@id='register-buildings']//a/text()") == ["Naumburger Straße 7, 06667 Weißenfels"]


def test_the_register_actions_refuse_requests_without_the_token(site):
    """CSRF: each POST action of the register, without and with a forged token, changes nothing."""
    portal = site
    report(portal, 8)
    (case,) = [c for c in housing_cases(portal) if "nachbar8" in str(c.submitted_values)]
    with api.env.adopt_roles(["Manager"]):
        from weissenfels.portal.register.buildings import create_building

        house = create_building("Merseburger Straße", "12", "06667")
        inspection = add_to_building(house, "Begehung", start=datetime(2026, 12, 3, 10, 0))
        order = add_to_building(
            house,
            "Anordnung",
            title="Nutzungsuntersagung",
            legal_basis="§ 8",
            file_number="A-9",
            order_date=date(2026, 12, 5),
        )
    transaction.commit()
    team = site_session(TEAM)
    attempts = [
        (f"{case.absolute_url()}/@@gebaeude-loesen", {}),
        (f"{case.absolute_url()}/@@gebaeude-verknuepfen", {"building": house.UID()}),
        (f"{case.absolute_url()}/@@gebaeude-anlegen", {}),
        (f"{house.absolute_url()}/@@register-transition", {"workflow_action": "beobachten"}),
        (f"{inspection.absolute_url()}/@@register-transition", {"workflow_action": "absagen"}),
        (f"{order.absolute_url()}/@@register-transition", {"workflow_action": "in_kraft_setzen"}),
    ]
    for url, data in attempts:
        for token in ({}, {"_authenticator": "gefaelscht"}):
            answer = team.post(url, data={**data, **token}, allow_redirects=False)
            assert answer.status_code in (400, 403), (url, answer.status_code)
    photo = team.post(
        f"{inspection.absolute_url()}/@@begehung-foto",
        files={"photo": ("f.png", png(), "image/png")},
        allow_redirects=False,
    )
    assert photo.status_code in (400, 403)
    transaction.begin()
    assert case.building_uid == house.UID()  # linked at submission, still linked
    assert api.content.get_state(house) == "begehung_geplant"
    assert api.content.get_state(inspection) == "geplant"
    assert api.content.get_state(order) == "entwurf"
    assert not inspection.photos
