"""The building register in the example content (issue 20): the demo site has a few example
buildings for the Wohnraumkontrolle to work in (fictitious addresses, owners as organisations,
flats with space and occupancy figures, a planned inspection, an order in force, no person's
name), and the privacy notice names the register in every language."""

from datetime import date
from datetime import datetime
from example_content import items
from lxml import html
from plone import api
from site_client import site_session
from weissenfels.portal.register.occupancy import occupancy
from weissenfels.portal.register.structure import REGISTER_ID
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import re


STATES = {
    "tuchmachergasse-7-06667-weissenfels": "begehung_geplant",
    "am-saalebogen-14-06667-weissenfels": "maengel_festgestellt",
    "lindenhofstrasse-23-06667-weissenfels": "unter_beobachtung",
    "schusterhof-2-06667-weissenfels": "maengel_behoben",
}
# The register's section of the privacy notice: its heading per language, and the words of
# "usually three years" (the team's default retention period).
PRIVACY_SECTION = {
    "de": ("Gebäuderegister der Wohnraumkontrolle", "in der Regel drei Jahre"),
    "en": ("The Housing Inspection’s building register", "usually three years"),
    "ro": ("Registrul clădirilor al Controlului locuințelor", "de regulă trei ani"),
    "pl": ("Rejestr budynków Kontroli mieszkań", "zwykle trzy lata"),
    "bg": ("Регистър на сградите на звеното „Контрол на жилищата“", "обикновено три години"),
    "hu": ("A Lakásellenőrzés épületnyilvántartása", "általában három év"),
    "uk": ("Реєстр будинків підрозділу «Контроль житла»", "як правило, три роки"),
    "ar": ("سجل المباني لدى وحدة رقابة المساكن", "ثلاث سنوات في العادة"),
}


def register_items():
    return [item for item in items() if item["@id"].startswith(f"/{REGISTER_ID}/")]


@pytest.mark.parametrize("lang", sorted(PRIVACY_SECTION))
def test_the_privacy_notice_names_the_register(lang):
    (page,) = [item for item in items() if item["@id"] == f"/{lang}/datenschutz"]
    tree = html.fromstring(page["text"]["data"])
    headings = [" ".join(h.text_content().split()) for h in tree.xpath("//h2")]
    heading, years = PRIVACY_SECTION[lang]
    assert heading in headings
    # Between "who sees your information" and "how long we keep it", as in German.
    assert headings.index(heading) == 5, headings
    paragraph = tree.xpath("//h2")[5].getnext().text_content()
    assert "Wohnraumkontrolle" in paragraph and years in paragraph


def test_the_example_buildings_are_data_without_names():
    data = register_items()
    buildings = [item for item in data if item["@type"] == "Objekt"]
    assert {item["id"]: item["review_state"] for item in buildings} == STATES
    for item in buildings:
        assert item["postcode"] == "06667" and item["town"] == "Weißenfels"
        assert re.search(r"\b(GmbH|KG|eG)$", item["owner"]), item["owner"]  # an organisation
    types = sorted(item["@type"] for item in data)
    assert types.count("Wohnung") == 12 and types.count("Begehung") == 3 and types.count("Anordnung") == 2
    # Roles, never names: the people present are roles; no user id but the team's handler.
    for item in data:
        for entries in item["workflow_history"].values():
            assert {entry["actor"] for entry in entries} == {"sb-wohnraumkontrolle"}


def test_the_demo_site_has_the_example_register(demo_portal):
    register = demo_portal[REGISTER_ID]
    with api.env.adopt_roles(["Manager"]):
        assert {b.getId(): api.content.get_state(b) for b in register.objectValues()} == STATES
        saalebogen = register["am-saalebogen-14-06667-weissenfels"]
        # The data's history, not the one the import's transitions would write.
        history = saalebogen.workflow_history["weissenfels_building_workflow"]
        assert [(h["action"], h["actor"], str(h["time"].Date())) for h in history] == [
            (None, "sb-wohnraumkontrolle", "2026/09/02"),
            ("begehung_planen", "sb-wohnraumkontrolle", "2026/09/21"),
            ("maengel_feststellen", "sb-wohnraumkontrolle", "2026/10/20"),
        ]
        assert saalebogen.Language() == "" and register.Language() == ""
        assert saalebogen.flagged_since.date() == date(2026, 9, 2)
        flat = saalebogen["erdgeschoss-rechts"]
        assert (flat.living_space, flat.rooms, flat.persons_adult) == (34.0, 2, 5)
        assert occupancy(flat, register)["overcrowded"]
        held = saalebogen["begehung-20-10-2026-10-00"]
        assert api.content.get_state(held) == "durchgefuehrt"
        assert [f["category"] for f in held.findings] == ["overcrowding", "mould", "utilities", "fire_safety"]
        assert held.findings[0]["flat"] == flat.UID()
        order = saalebogen["nutzungsuntersagung"]
        assert api.content.get_state(order) == "in_kraft" and order.flat == flat.UID()
        planned = register["tuchmachergasse-7-06667-weissenfels"]["begehung-14-01-2027-09-30"]
        assert api.content.get_state(planned) == "geplant"
        assert planned.start == datetime(2027, 1, 14, 9, 30)
        catalog = api.portal.get_tool("portal_catalog")
        found = catalog.unrestrictedSearchResults(portal_type="Objekt", review_state="begehung_geplant")
        assert [brain.getId for brain in found] == ["tuchmachergasse-7-06667-weissenfels"]


def test_the_handler_finds_the_register_to_work_in(demo_functional_portal):
    portal = demo_functional_portal
    url = portal.absolute_url()
    team = site_session(("sb-wohnraumkontrolle", DEMO_PASSWORD), url=url)
    listing = html.fromstring(team.get(f"{url}/{REGISTER_ID}").text)
    rows = [
        [" ".join(td.text_content().split()) for td in tr.xpath("td")[:2]]
        for tr in listing.xpath("//table[@id='register-buildings']/tbody/tr")
    ]
    assert ["Am Saalebogen 14, 06667 Weißenfels", "Mängel festgestellt"] in rows
    assert ["Tuchmachergasse 7, 06667 Weißenfels", "Begehung geplant"] in rows
    page = html.fromstring(team.get(f"{url}/{REGISTER_ID}/am-saalebogen-14-06667-weissenfels").text)
    assert page.xpath("//*[@id='building-flats']//*[contains(@class, 'occupancy-warning')]")
    flats = [
        [" ".join(td.text_content().split()) for td in tr.xpath("td")]
        for tr in page.xpath("//*[@id='building-flats']/tbody/tr")
    ]
    assert ["Erdgeschoss rechts", "34,0", "2", "5", "6,8 überbelegt"] in flats  # German numbers on a German page
    assert "Warnung unter 9,0 m² je erwachsener Person" in " ".join(page.xpath("string(//main)").split())
    assert page.xpath("//a[normalize-space()='Begehung anlegen']")  # not a second "Begehung planen"
    assert "Nutzungsuntersagung" in page.xpath("string(//*[@id='building-orders'])")

    clearing = site_session(("sb-clearingstelle", DEMO_PASSWORD), url=url)
    lookup = clearing.get(
        f"{url}/@@anordnungen-abfrage", params={"street": "Am Saalebogen", "number": "14", "postcode": "06667"}
    )
    result = " ".join(html.fromstring(lookup.text).xpath("string(//div[@id='lookup-result'])").split())
    assert result == "Anordnung in Kraft seit 28.10.2026"
    other = site_session(("sb-schulteam", DEMO_PASSWORD), url=url)
    answer = other.get(f"{url}/{REGISTER_ID}/am-saalebogen-14-06667-weissenfels", allow_redirects=False)
    assert answer.status_code in (302, 401, 403, 404)
    assert "Saalebogen" not in answer.text
