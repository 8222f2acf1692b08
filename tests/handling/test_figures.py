"""Controlling figures: right on a known set of cases, the CSV says the same, no personal data,
and only Steuerung (and administrators) may see them."""

from AccessControl import Unauthorized
from case_forms import make_case
from datetime import datetime
from datetime import timedelta
from handling_helpers import run
from lxml import html
from plone.app.testing import login
from weissenfels.portal.handling import journal
from weissenfels.portal.handling.figures import compute
from weissenfels.portal.units.registry import all_units

import csv
import io
import pytest


def read_as_german_excel(data):
    """What German Excel does with a double-clicked CSV: a UTF-8 byte order mark makes it read
    UTF-8 (else Windows-1252), `;` separates the cells."""
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))


T0 = datetime(2026, 1, 10, 10, 0)


@pytest.fixture
def known(demo_portal):
    now = datetime.now()
    personal = [
        ("name", "Erika Mustermann"),
        ("email", "erika@example.org"),
        ("street", "Marktplatz"),
        ("house_number", "1"),
    ]
    c1 = make_case(demo_portal, "wohnraumkontrolle", "Schimmel", submitted=T0, form_title="Wohnraum", extra=personal)
    run(c1, "bearbeiten", "erledigen", at=[T0 + timedelta(hours=2), T0 + timedelta(hours=50)])
    c2 = make_case(
        demo_portal,
        "wohnraumkontrolle",
        "Heizung",
        submitted=datetime(2026, 1, 20, 10),
        form_title="Wohnraum",
        extra=personal,
    )
    with_reply = journal.add_reply(c2, "Wir kommen vorbei")
    with_reply["time"] = datetime(2026, 1, 20, 16)  # six hours later
    c2.reindexObject()
    c3 = make_case(demo_portal, "clearingstelle", "Frage", submitted=datetime(2026, 2, 5, 10), form_title="Frage")
    run(c3, "ablehnen", comment="Spam", at=[datetime(2026, 2, 5, 20)])
    c4 = make_case(demo_portal, "clearingstelle", "Neu", submitted=now - timedelta(days=1), form_title="Frage")
    return [c1, c2, c3, c4]


def test_figures_on_a_known_set(demo_portal, known):
    f = compute()
    recent_month = known[3].submitted.strftime("%Y-%m")
    assert f["total"] == 4
    # every unit, also with no case, in the order of the unit titles
    assert f["unit"] == {
        "sozialarbeit": 0,
        "clearingstelle": 2,
        "schulteam": 0,
        "neustadtbuero": 0,
        "wohnraumkontrolle": 2,
    }
    assert list(f["unit"]) == [unit.key for unit in all_units()]
    assert f["form"] == {"Frage": 2, "Wohnraum": 2}
    assert f["state"] == {"abgelehnt": 1, "eingegangen": 2, "erledigt": 1}
    assert f["month"] == {"2026-01": 2, "2026-02": 1, recent_month: 1}
    # c2: open since January; c4 is one day old
    assert f["overdue"] == {key: int(key == "wohnraumkontrolle") for key in f["unit"]}
    assert f["median_first_response_hours"] == 6.0  # 2, 6, 10
    assert f["median_closing_hours"] == 30.0  # 50, 10
    # reaction: c1 2 h (in Bearbeitung), c2 6 h (public reply), c3 10 h (abgelehnt); c4 none yet
    assert f["times"]["wohnraumkontrolle"] == {
        "reaction": {"count": 2, "median": 4.0, "p90": 5.6},  # 2 + 0.9 * (6 - 2)
        "processing": {"count": 1, "median": 50.0, "p90": 50.0},
    }
    assert f["times"]["clearingstelle"] == {
        "reaction": {"count": 1, "median": 10.0, "p90": 10.0},
        "processing": {"count": 1, "median": 10.0, "p90": 10.0},
    }
    none = {"count": 0, "median": None, "p90": None}
    assert f["times"]["schulteam"] == {"reaction": none, "processing": none}
    assert list(f["times"]) == list(f["unit"])


def test_page_and_csv_say_the_same_and_nothing_personal(demo_portal, known):
    login(demo_portal, "steuerung-stadt")
    page = demo_portal.restrictedTraverse("@@vorgaenge-kennzahlen")()
    data = demo_portal.restrictedTraverse("@@vorgaenge-kennzahlen.csv")()
    rows = read_as_german_excel(data)
    assert rows[0] == ["Kennzahl", "Bezeichnung", "Wert"]
    from_csv = {}
    for figure, key, value in rows[1:]:
        from_csv.setdefault(figure, {})[key] = value
    assert from_csv["Vorgänge insgesamt"] == {"": "4"}
    assert from_csv["Vorgänge je Organisationseinheit"] == {
        "Aufsuchende Sozialarbeit": "0",
        "Clearingstelle": "2",
        "Schulteam: Schulerfolg": "0",
        "Willkommenszentrum / Neustadtbüro": "0",
        "Wohnraumkontrolle": "2",
    }
    assert from_csv["Vorgänge je Status"] == {"Abgelehnt": "1", "Eingegangen": "2", "Erledigt": "1"}
    assert from_csv["Vorgänge je Monat"]["Januar 2026"] == "2"
    assert from_csv["Median der Zeit bis zur ersten Reaktion (Stunden)"] == {"": "6,0"}
    assert from_csv["Median der Zeit bis zum Abschluss (Stunden)"] == {"": "30,0"}
    assert from_csv["Reaktionszeit, 90. Perzentil (Stunden)"]["Wohnraumkontrolle"] == "5,6"
    data = data.decode("utf-8")
    doc = html.fromstring(page)
    assert doc.xpath("string(//*[@id='figures-total'])") == "4"
    assert doc.xpath("string(//*[@id='figures-median-first'])") == "6,0"  # German decimals, the CSV keeps the point
    assert doc.xpath("string(//*[@id='figures-median-closing'])") == "30,0"
    unit_table = {
        tr.xpath("string(th)"): tr.xpath("string(td)") for tr in doc.xpath("//section[@id='figures-unit']//tr")
    }
    assert unit_table == from_csv["Vorgänge je Organisationseinheit"]  # every unit, also with none
    assert len(doc.xpath("//section//svg[@class='case-chart']")) == 5
    for text in (
        "Erika",
        "Mustermann",
        "erika@example.org",
        "Marktplatz",
        "Schimmel",
        "Heizung",
        "Wir kommen",
        known[0].reference,
        "sb-",
        "Spam",
    ):
        assert text not in page
        assert text not in data


@pytest.mark.parametrize(
    "user",
    [
        "sb-wohnraumkontrolle",
        "sb-clearingstelle",
        "redakteurin",
        "leitung-clearingstelle-stadt",
        "teamleitung-clearingstelle",
    ],
)
@pytest.mark.parametrize("view", ["@@vorgaenge-kennzahlen", "@@vorgaenge-kennzahlen.csv"])
def test_only_steuerung_sees_figures(demo_portal, known, user, view):
    login(demo_portal, user)
    with pytest.raises(Unauthorized):
        demo_portal.restrictedTraverse(view)


def test_steuerung_sees_no_case(demo_portal, known):
    from plone import api

    login(demo_portal, "steuerung-landkreis")
    assert len(api.portal.get_tool("portal_catalog")(portal_type="Vorgang")) == 0
    with pytest.raises(Unauthorized):
        demo_portal.restrictedTraverse("/".join(known[0].getPhysicalPath()))
