"""Same building: address keys and the "Begehung empfohlen" flag."""

from case_forms import make_case
from datetime import datetime
from datetime import timedelta
from plone.app.testing import login
from weissenfels.portal.handling.address import address_key
from weissenfels.portal.handling.address import split_free_address

import pytest


@pytest.mark.parametrize(
    "street,number",
    [
        ("Leipziger Straße", "12a"),
        ("Leipziger Str.", "12 a"),
        ("leipziger strasse", "12A"),
        ("Leipzigerstr", "12-a"),
        ("  LEIPZIGER   STR ", "012a"),
        ("Leipziger-Straße", "12 A"),
    ],
)
def test_spelling_variants_share_one_key(street, number):
    assert address_key(street, number) == "leipzigerstr|12a"


def test_umlauts_and_sharp_s():
    assert address_key("Große Burgstraße", "3") == address_key("Grosse Burgstrasse", "3") == "grosseburgstr|3"
    assert address_key("Mühlweg", "1") == address_key("Muehlweg", "1")


def test_different_numbers_and_streets_differ():
    assert address_key("Leipziger Straße", "12a") != address_key("Leipziger Straße", "12")
    assert address_key("Leipziger Straße", "12") != address_key("Merseburger Straße", "12")
    assert address_key("", "12") is None
    assert address_key("Leipziger Straße", "") is None


def test_free_text_address():
    assert address_key(*split_free_address("Leipziger Str. 12a, 06667 Weißenfels")) == "leipzigerstr|12a"


def test_only_addresses_in_the_towns_postcodes_share_a_key(demo_portal):
    from weissenfels.portal.handling.address import case_address_key

    def key(**values):
        return case_address_key(make_case(demo_portal, "wohnraumkontrolle", extra=list(values.items())))

    assert key(street="Markt", house_number="1", postcode="06667") == "markt|1"
    assert key(street="Markt", house_number="1") == "markt|1"
    assert key(street="Markt", house_number="1", postcode="04109") is None  # Leipzig: another building
    assert key(address="Markt 1, 06688 Weißenfels") == "markt|1"
    assert key(address="Markt 1, 04109 Leipzig") is None
    demo_portal.portal_registry["weissenfels.portal.town.postcodes"] = ("04109",)
    assert key(address="Markt 1, 04109 Leipzig") == "markt|1"
    assert key(street="Markt", house_number="1", postcode="06667") is None


def report(portal, street, number, submitter=(), days_ago=0):
    return make_case(
        portal,
        "wohnraumkontrolle",
        text="Schimmel",
        submitted=datetime.now() - timedelta(days=days_ago),
        extra=[("street", street), ("house_number", number), *submitter],
    )


def flags(portal, view_name="vorgaenge-inbox"):
    login(portal, "sb-wohnraumkontrolle")
    view = portal["vorgaenge"]["wohnraumkontrolle"].restrictedTraverse(view_name)
    view.request.form.clear()
    view()
    return {row["reference"]: row["begehung"] for row in view.rows()}


def test_flag_at_the_third_distinct_submitter(demo_portal):
    a = report(demo_portal, "Leipziger Straße", "12a", [("email", "Mieter@example.org")])
    b = report(demo_portal, "Leipziger Str.", "12 a", [("email", "mieter@example.org ")])  # the same person
    c = report(demo_portal, "leipziger strasse", "12A", [("phone", "03443 123456")])
    other = report(demo_portal, "Leipziger Straße", "14", [("name", "X")])
    assert not any(flags(demo_portal).values())  # two distinct submitters so far
    d = report(demo_portal, "Leipzigerstr", "12a", [("name", "Nachbarin")])
    result = flags(demo_portal)
    assert result[a.reference] and result[b.reference] and result[c.reference] and result[d.reference]
    assert not result[other.reference]


def test_anonymous_reports_count_each(demo_portal):
    cases = [report(demo_portal, "Markt", "1") for _ in range(2)]
    assert not any(flags(demo_portal).values())
    cases.append(report(demo_portal, "Markt", "1"))
    assert all(flags(demo_portal)[c.reference] for c in cases)


def test_old_reports_do_not_count(demo_portal):
    report(demo_portal, "Markt", "2", days_ago=100)
    report(demo_portal, "Markt", "2", days_ago=91)
    recent = report(demo_portal, "Markt", "2")
    assert not flags(demo_portal)[recent.reference]


def test_case_view_lists_the_other_cases(demo_portal):
    a = report(demo_portal, "Leipziger Straße", "12a")
    b = report(demo_portal, "Leipziger Str.", "12 a")
    c = report(demo_portal, "Leipziger Straße", "13")
    login(demo_portal, "sb-wohnraumkontrolle")
    same = a.restrictedTraverse("@@case-handling-panel").same_address()
    assert [x["reference"] for x in same["cases"]] == [b.reference]
    assert c.reference not in a.restrictedTraverse("@@view")()
    assert b.reference in a.restrictedTraverse("@@view")()
