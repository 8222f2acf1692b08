"""On the site `make start` makes (the shared `started_site`): a required checkbox group
with nothing ticked is refused in the resident's language, and the Steuerung's CSV opens in
German Excel with every unit and the times per unit."""

from case_forms import HOUSING_REQUIRED_ANSWERS
from case_forms import submit
from io import BytesIO
from openpyxl import load_workbook

import csv
import io
import pytest
import requests


pytestmark = pytest.mark.slow

FORM = "wohnraumkontrolle/wohnraum-missstand-melden"
UNIT_TITLES = [
    "Aufsuchende Sozialarbeit",
    "Clearingstelle",
    "Schulteam: Schulerfolg",
    "Willkommenszentrum / Neustadtbüro",
    "Wohnraumkontrolle",
]


def test_required_group_with_nothing_ticked_is_refused(started_site):
    session = requests.Session()
    url = f"{started_site.url}/bg/{FORM}"
    response = submit(url, dict(HOUSING_REQUIRED_ANSWERS, problems=[]), session=session, fill_seconds=5, timeout=60)
    assert response.status_code == 200
    assert "WSF-" not in response.text
    start = response.text.index('id="formfield-form-widgets-problems"')
    block = response.text[start : response.text.index('id="formfield-form-widgets-description"', start)]
    assert "Това поле е задължително." in block
    # one tick, and the report is taken
    response = submit(url, HOUSING_REQUIRED_ANSWERS, session=session, fill_seconds=5, timeout=60)
    assert "WSF-" in response.text


def test_figures_csv_opens_in_german_excel(started_site):
    auth = ("steuerung-stadt", started_site.demo_password)
    response = requests.get(f"{started_site.url}/@@vorgaenge-kennzahlen.csv", auth=auth, timeout=60)
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")  # UTF-8 byte order mark: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(response.content[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert rows[0] == ["Kennzahl", "Bezeichnung", "Wert"]
    assert all(len(row) == 3 for row in rows)
    table = {}
    for figure, item, value in rows[1:]:
        table.setdefault(figure, {})[item] = value
    assert list(table["Vorgänge je Organisationseinheit"]) == UNIT_TITLES
    assert list(table["Reaktionszeit, Median (Stunden)"]) == UNIT_TITLES
    medians = [value for value in table["Bearbeitungszeit, Median (Stunden)"].values() if value]
    assert medians  # the demo's handled cases have times
    assert all("," in value and "." not in value for value in medians)  # decimal comma
    workbook = requests.get(f"{started_site.url}/@@vorgaenge-kennzahlen.xlsx", auth=auth, timeout=60)
    book = load_workbook(BytesIO(workbook.content))
    assert [row[0] for row in book["Zeiten je Einheit"].iter_rows(min_row=2, values_only=True)] == UNIT_TITLES
