"""The building register's data model (issue 20): the folder, its types and workflows, who
gets in by capability, the address key shared with "Begehung empfohlen"."""

from datetime import date
from datetime import datetime
from plone import api
from weissenfels.portal.handling.address import address_key
from weissenfels.portal.register.address import building_key
from weissenfels.portal.register.buildings import add_to_building
from weissenfels.portal.register.buildings import create_building
from weissenfels.portal.register.structure import REGISTER_ID

import pytest


def add_building(portal, street="Leipziger Straße", number="12 a", postcode="06667", **fields):
    with api.env.adopt_roles(["Manager"]):
        return create_building(street, number, postcode, town="Weißenfels", **fields)


def test_the_register_is_internal_and_language_neutral(portal):
    register = portal[REGISTER_ID]
    assert register.portal_type == "Gebaeuderegister"
    assert register.Language() == ""
    assert register.exclude_from_nav
    assert register.__ac_local_roles_block__
    assert api.content.get_state(register) == "intern"
    assert register.min_space_adult == 9.0 and register.min_space_under_six == 6.0
    assert "Zoll" in register.agencies


def test_the_teams_with_the_capabilities_get_their_roles(portal):
    register = portal[REGISTER_ID]
    assert register.get_local_roles_for_userid("team-wohnraumkontrolle") == ("RegisterKeeper",)
    assert register.get_local_roles_for_userid("team-clearingstelle") == ("RegisterLookup",)
    assert register.get_local_roles_for_userid("team-sozialarbeit") == ()


def test_a_building_is_titled_and_keyed_by_its_address(portal):
    building = add_building(portal)
    assert building.Title() == "Leipziger Straße 12 a, 06667 Weißenfels"
    assert building.getId() == "leipziger-strasse-12-a-06667-weissenfels"
    assert api.content.get_state(building) == "unauffaellig"
    catalog = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
    key = building_key("06667", "leipziger str.", "12A")
    assert key == "06667|" + address_key("Leipziger Straße", "12 a")
    assert [b.UID for b in catalog(building_address_key=key)] == [building.UID()]
    assert [b.UID for b in catalog(building_address_key=address_key("Leipzigerstr", "12a"))] == [building.UID()]


def test_flats_inspections_orders_and_their_workflows(portal):
    building = add_building(portal)
    with api.env.adopt_roles(["Manager"]):
        flat = add_to_building(building, "Wohnung", title="EG links", living_space=40.0)
        inspection = add_to_building(
            building,
            "Begehung",
            start=datetime(2026, 12, 3, 10, 0),
            measures=[{"what": "Rauchmelder", "follow_up": date(2026, 12, 20), "done": False}],
        )
        order = add_to_building(
            building,
            "Anordnung",
            title="Nutzungsuntersagung",
            legal_basis="§ 8 WoAufG",
            file_number="WK-2026-001",
            order_date=date(2026, 12, 5),
            flat=flat.UID(),
        )
    assert api.content.get_state(flat) == "intern"
    assert api.content.get_state(inspection) == "geplant"
    assert api.content.get_state(order) == "entwurf"
    assert inspection.Title() == "Begehung 03.12.2026 10:00"
    catalog = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
    assert catalog(UID=inspection.UID())[0].inspection_follow_up_day == 20261220
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=order, transition="in_kraft_setzen")
        api.content.transition(obj=building, transition="begehung_planen")
    assert api.content.get_state(order) == "in_kraft"
    assert catalog(UID=order.UID())[0].order_date == date(2026, 12, 5)
    history = building.workflow_history["weissenfels_building_workflow"]
    assert history[-1]["action"] == "begehung_planen" and history[-1]["actor"] and history[-1]["time"]


@pytest.mark.parametrize("user", ["sb-wohnraumkontrolle"])
def test_other_types_are_not_addable_elsewhere(portal, user):
    types = api.portal.get_tool("portal_types")
    for name in ("Gebaeuderegister", "Objekt", "Wohnung", "Begehung", "Anordnung"):
        assert not types[name].global_allow
    assert types["Gebaeuderegister"].allowed_content_types == ("Objekt",)
