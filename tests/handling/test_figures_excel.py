"""The figures as German Excel reads them, over HTTP: the CSV (BOM, `;`, decimal comma,
German labels) and the .xlsx (opened with openpyxl); medians and 90th percentiles per unit."""

from case_forms import make_case
from datetime import datetime
from datetime import timedelta
from handling_helpers import run
from io import BytesIO
from lxml import html
from openpyxl import load_workbook
from weissenfels.portal.handling import journal
from weissenfels.portal.handling.figures import percentile_90
from weissenfels.portal.testing import DEMO_PASSWORD
from weissenfels.portal.units.registry import all_units

import csv
import io
import pytest
import requests
import transaction


T0 = datetime(2026, 3, 2, 8, 0)
STEUERUNG = ("steuerung-stadt", DEMO_PASSWORD)


@pytest.mark.parametrize(
    ("hours", "p90"),
    [
        ([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 9.1),  # Excel: QUANTIL.INKL(1..10; 0,9) = 9,1
        ([2, 6], 5.6),
        ([12.5], 12.5),
        ([], None),
    ],
)
def test_percentile_90_as_excel_computes_it(hours, p90):
    assert percentile_90(hours) == p90


@pytest.fixture
def known(demo_functional_portal):
    """Wohnraumkontrolle: reactions after 1, 3 and 11 hours (two state changes, one reply),
    closed after 25 and 49 hours; the other units: no case."""
    portal = demo_functional_portal
    for offset, (react, close) in enumerate([(1, 25), (3, 49)]):
        submitted = T0 + timedelta(days=offset)
        case = make_case(portal, "wohnraumkontrolle", f"Fall {offset}", submitted=submitted, form_title="Wohnraum")
        run(
            case, "bearbeiten", "erledigen", at=[submitted + timedelta(hours=react), submitted + timedelta(hours=close)]
        )
    case = make_case(portal, "wohnraumkontrolle", "Offen", submitted=T0, form_title="Wohnraum")
    journal.add_reply(case, "Wir melden uns")["time"] = T0 + timedelta(hours=11)
    case.reindexObject()
    transaction.commit()
    return portal


def german_excel_rows(data):
    """German Excel on a double-clicked CSV: BOM → UTF-8, `;` separates, `,` is the decimal mark."""
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert all(len(row) == 3 for row in rows)  # one column per value: `;` was the separator
    return rows


def excel_number(text):
    return float(text.replace(".", "").replace(",", ".")) if text else None


def test_csv_opens_in_german_excel(known):
    response = requests.get(f"{known.absolute_url()}/@@vorgaenge-kennzahlen.csv", auth=STEUERUNG, timeout=60)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    assert "\r\n" in response.content.decode("utf-8-sig")
    rows = german_excel_rows(response.content)
    assert rows[0] == ["Kennzahl", "Bezeichnung", "Wert"]
    table = {}
    for figure, item, value in rows[1:]:
        table.setdefault(figure, {})[item] = value
    units = [unit.title for unit in all_units()]
    for figure in (
        "Vorgänge je Organisationseinheit",
        "Reaktionszeit, Median (Stunden)",
        "Reaktionszeit, 90. Perzentil (Stunden)",
        "Bearbeitungszeit, Median (Stunden)",
        "Bearbeitungszeit, 90. Perzentil (Stunden)",
    ):
        assert list(table[figure]) == units, figure  # every unit, also with no case
    assert table["Vorgänge je Organisationseinheit"]["Wohnraumkontrolle"] == "3"
    assert table["Vorgänge je Organisationseinheit"]["Clearingstelle"] == "0"
    assert table["Reaktionszeit, Median (Stunden)"]["Wohnraumkontrolle"] == "3,0"  # 1, 3, 11
    assert table["Reaktionszeit, 90. Perzentil (Stunden)"]["Wohnraumkontrolle"] == "9,4"  # 3 + 0.8 * 8
    assert table["Bearbeitungszeit, Median (Stunden)"]["Wohnraumkontrolle"] == "37,0"  # 25, 49
    assert table["Bearbeitungszeit, 90. Perzentil (Stunden)"]["Wohnraumkontrolle"] == "46,6"
    assert table["Reaktionszeit, Median (Stunden)"]["Clearingstelle"] == ""
    assert excel_number(table["Bearbeitungszeit, 90. Perzentil (Stunden)"]["Wohnraumkontrolle"]) == 46.6
    assert table["Vorgänge je Status"] == {"Erledigt": "2", "Eingegangen": "1"}
    assert table["Vorgänge je Monat"] == {"März 2026": "3"}


def test_xlsx_opens_with_openpyxl(known):
    response = requests.get(f"{known.absolute_url()}/@@vorgaenge-kennzahlen.xlsx", auth=STEUERUNG, timeout=60)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="vorgaenge-kennzahlen.xlsx"' in response.headers["Content-Disposition"]
    book = load_workbook(BytesIO(response.content))
    assert book.sheetnames == ["Kennzahlen", "Zeiten je Einheit", "Optionen je Einheit"]
    listing = [tuple(row) for row in book["Kennzahlen"].iter_rows(values_only=True)]
    assert listing[0] == ("Kennzahl", "Bezeichnung", "Wert")
    assert ("Vorgänge insgesamt", None, 3) in listing  # an empty cell
    assert ("Reaktionszeit, 90. Perzentil (Stunden)", "Wohnraumkontrolle", 9.4) in listing  # a number
    per_unit = [tuple(row) for row in book["Zeiten je Einheit"].iter_rows(values_only=True)]
    assert per_unit[0][0] == "Organisationseinheit"
    assert [row[0] for row in per_unit[1:]] == [unit.title for unit in all_units()]
    assert ("Wohnraumkontrolle", 3, 3.0, 9.4, 2, 37.0, 46.6) in per_unit
    assert ("Clearingstelle", 0, None, None, 0, None, None) in per_unit


def test_page_shows_times_per_unit_in_german(known):
    response = requests.get(f"{known.absolute_url()}/@@vorgaenge-kennzahlen", auth=STEUERUNG, timeout=60)
    page = html.fromstring(response.text)
    rows = {
        tr.xpath("string(th)").strip(): [td.text_content().strip() for td in tr.xpath("td")]
        for tr in page.xpath("//section[@id='figures-times']//tbody/tr")
    }
    assert list(rows) == [unit.title for unit in all_units()]
    assert rows["Wohnraumkontrolle"] == ["3,0", "9,4", "37,0", "46,6"]
    assert rows["Clearingstelle"] == ["–", "–", "–", "–"]
    assert "Reaktions- und Bearbeitungszeiten je Organisationseinheit (Stunden)" in response.text
    assert "/@@vorgaenge-kennzahlen.xlsx?monat=" in page.xpath("//a[@id='figures-xlsx']/@href")[0]


@pytest.mark.parametrize("user", ["sb-wohnraumkontrolle", "redakteurin", "teamleitung-clearingstelle"])
def test_xlsx_only_for_the_steuerung(known, user):
    response = requests.get(
        f"{known.absolute_url()}/@@vorgaenge-kennzahlen.xlsx",
        auth=(user, DEMO_PASSWORD),
        timeout=60,
        allow_redirects=False,
    )
    assert response.status_code in (302, 401, 403)
    anonymous = requests.get(f"{known.absolute_url()}/@@vorgaenge-kennzahlen.xlsx", timeout=60, allow_redirects=False)
    assert anonymous.status_code in (302, 401, 403)


def test_a_retired_unit_is_listed_only_while_it_has_cases(demo_portal):
    from weissenfels.portal.handling.figures import compute
    from weissenfels.portal.handling.figures import export_rows
    from weissenfels.portal.handling.figures_export import german_rows

    page = demo_portal["de"]["schulteam"]
    page.retired = True
    page.reindexObject()
    figures = compute()
    assert "schulteam" not in figures["unit"]
    assert "schulteam" not in figures["times"]
    make_case(demo_portal, "schulteam", "Anfrage", form_title="Schulanmeldung")
    figures = compute()
    assert figures["unit"]["schulteam"] == 1
    rows = german_rows(export_rows(figures))
    assert ("Vorgänge je Organisationseinheit", "Schulteam: Schulerfolg (aufgelöst)", 1) in rows
    assert ("Reaktionszeit, Median (Stunden)", "Schulteam: Schulerfolg (aufgelöst)", "") in rows
