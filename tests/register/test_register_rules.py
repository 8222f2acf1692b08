"""The register's rules (issue 20): purpose limitation of the linking, the flag's first date,
buildings adopting cases, occupancy thresholds, the Clearingstelle's lookup answers, overdue
follow-ups in the inbox and mailed once to the team lead (real SMTP sink)."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from email.header import decode_header
from email.header import make_header
from lxml import html
from plone import api
from smtp_sink import site_mail_sink
from weissenfels.portal.cases.action import store_case
from weissenfels.portal.register import linking
from weissenfels.portal.register.buildings import add_to_building
from weissenfels.portal.register.buildings import create_building
from weissenfels.portal.register.followups import run_followup_reminders
from weissenfels.portal.register.lookup import orders_in_force
from weissenfels.portal.register.occupancy import occupancy
from weissenfels.portal.register.structure import REGISTER_ID
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


# The tests count the buildings they make: the demo's example buildings are left out.
pytestmark = pytest.mark.usefixtures("register_without_examples")


HOUSING_FORM = "de/wohnraumkontrolle/wohnraum-missstand-melden"
STREET_KEY = "merseburgerstr|12"


def store(portal, unit, email, street="Merseburger Straße", number="12", postcode="06667", submitted=None):
    rows = [
        {"id": "street", "label": "Straße", "value": street},
        {"id": "house_number", "label": "Hausnummer", "value": number},
        {"id": "postcode", "label": "Postleitzahl", "value": postcode},
        {"id": "description", "label": "Beschreibung", "value": "Schimmel"},
        {"id": "email", "label": "E-Mail", "value": email},
    ]
    form = portal.unrestrictedTraverse(HOUSING_FORM)
    case, _code = store_case(form, portal["vorgaenge"][unit], rows, [], "de", submitted=submitted)
    return case


def building(street="Merseburger Straße", number="12", postcode="06667"):
    with api.env.adopt_roles(["Manager"]):
        return create_building(street, number, postcode, town="Weißenfels")


class TestLinking:
    def test_housing_cases_link_other_units_cases_never(self, demo_portal):
        house = building()
        housing = store(demo_portal, "wohnraumkontrolle", "a@example.org")
        other = store(demo_portal, "sozialarbeit", "b@example.org")
        assert housing.building_uid == house.UID()
        assert getattr(other, "building_uid", None) is None
        search = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
        assert [b.getPath() for b in search(case_building=house.UID())] == ["/".join(housing.getPhysicalPath())]

    def test_other_units_reports_do_not_make_the_flag(self, demo_portal):
        for number in range(2):
            store(demo_portal, "wohnraumkontrolle", f"h{number}@example.org")
        store(demo_portal, "sozialarbeit", "s@example.org")
        assert linking.flagged_since(STREET_KEY) is None
        moment = store(demo_portal, "wohnraumkontrolle", "h3@example.org").submitted
        first = linking.flagged_since(STREET_KEY)
        assert first is not None and first >= moment - timedelta(minutes=1)
        store(demo_portal, "wohnraumkontrolle", "h4@example.org")
        assert linking.flagged_since(STREET_KEY) == first  # the first date stays

    def test_a_building_added_later_takes_the_flag_date_and_its_cases(self, demo_portal):
        cases = [store(demo_portal, "wohnraumkontrolle", f"h{n}@example.org") for n in range(3)]
        elsewhere = store(demo_portal, "wohnraumkontrolle", "x@example.org", postcode="06688")
        house = building()
        assert house.flagged_since == linking.flagged_since(STREET_KEY)
        assert {c.building_uid for c in cases} == {house.UID()}
        assert getattr(elsewhere, "building_uid", None) is None  # same street, other postcode

    def test_without_postcode_a_case_links_only_to_a_unique_building(self, demo_portal):
        house = building()
        case = store(demo_portal, "wohnraumkontrolle", "a@example.org", postcode="")
        assert case.building_uid == house.UID()
        building(postcode="06688")
        second = store(demo_portal, "wohnraumkontrolle", "b@example.org", postcode="")
        assert getattr(second, "building_uid", None) is None  # two towns: a handler decides


class TestOccupancy:
    def test_warning_at_the_teams_thresholds(self, demo_portal):
        register = demo_portal[REGISTER_ID]
        house = building()
        with api.env.adopt_roles(["Manager"]):
            flat = add_to_building(
                house, "Wohnung", title="EG", living_space=30.0, persons_adult=2, persons_under_six=2
            )
        result = occupancy(flat, register)
        assert result["persons"] == 4 and result["per_person"] == 7.5
        assert result["required"] == 30.0 and not result["overcrowded"]  # 2 x 9 + 2 x 6
        register.min_space_adult = 10.0
        assert occupancy(flat, register)["overcrowded"]


class TestLookup:
    def order(self, house, *transitions, day=date(2026, 12, 5)):
        with api.env.adopt_roles(["Manager"]):
            obj = add_to_building(
                house, "Anordnung", title="Nutzungsuntersagung", legal_basis="§ 8", file_number="A-1", order_date=day
            )
            for transition in transitions:
                api.content.transition(obj=obj, transition=transition)
        return obj

    def test_answers(self, demo_portal):
        assert orders_in_force("", "", "")["status"] == "invalid"
        assert orders_in_force("Nirgendweg", "1", "06667") == {"status": "none", "since": None}
        house = building()
        self.order(house)  # a draft is not in force
        assert orders_in_force("Merseburger Str.", "12", "06667")["status"] == "none"
        self.order(house, "in_kraft_setzen", day=date(2026, 12, 9))
        self.order(house, "in_kraft_setzen", day=date(2026, 12, 5))
        revoked = self.order(house, "in_kraft_setzen", "aufheben", day=date(2026, 11, 1))
        assert revoked.order_date == date(2026, 11, 1)
        assert orders_in_force("Merseburger Straße", "12", "06667") == {
            "status": "in_force",
            "since": date(2026, 12, 5),
        }
        assert orders_in_force("Merseburger Straße", "12", "")["status"] == "in_force"
        building(postcode="06688")
        assert orders_in_force("Merseburger Straße", "12", "")["status"] == "ambiguous"
        assert orders_in_force("Merseburger Straße", "12", "06688")["status"] == "none"


@pytest.fixture
def sink(demo_functional_portal, tmp_path):
    with site_mail_sink(tmp_path) as received:
        yield received


def test_overdue_follow_ups_are_listed_and_mailed_once(demo_functional_portal, sink):
    portal = demo_functional_portal
    house = building()
    yesterday = date.today() - timedelta(days=1)
    with api.env.adopt_roles(["Manager"]):
        late = add_to_building(
            house,
            "Begehung",
            start=datetime.now() - timedelta(days=10),
            measures=[
                {"what": "Rauchmelder nachrüsten", "follow_up": yesterday, "done": False},
                {"what": "Schimmel beseitigen", "follow_up": yesterday, "done": True},
            ],
        )
        add_to_building(
            house,
            "Begehung",
            start=datetime.now() - timedelta(days=3),
            measures=[{"what": "Nachkontrolle", "follow_up": date.today() + timedelta(days=7), "done": False}],
        )
    transaction.commit()

    inbox = requests.get(
        f"{portal.absolute_url()}/vorgaenge/@@vorgaenge-inbox", auth=("sb-wohnraumkontrolle", DEMO_PASSWORD), timeout=60
    )
    listed = html.fromstring(inbox.text).xpath("//*[@id='inbox-follow-ups']//a/@href")
    assert listed == [late.absolute_url()]
    other = requests.get(
        f"{portal.absolute_url()}/vorgaenge/@@vorgaenge-inbox", auth=("sb-schulteam", DEMO_PASSWORD), timeout=60
    )
    assert "inbox-follow-ups" not in other.text

    assert run_followup_reminders() == ["/".join(late.getPhysicalPath())]
    transaction.commit()
    (message,) = sink.mails_to("teamleitung-wohnraumkontrolle@weissenfels.example")
    body = message.get_payload(decode=True).decode("utf-8")
    assert late.absolute_url().split("/plone/", 1)[1] in body
    assert "Wiedervorlage" in str(make_header(decode_header(message["Subject"])))
    assert run_followup_reminders() == []  # once per measure
