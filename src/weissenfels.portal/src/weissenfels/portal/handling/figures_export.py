"""The Steuerung's figures as files for German Excel: a CSV that opens by double-click and an
.xlsx workbook (openpyxl).

German Excel reads a double-clicked CSV in the Windows code page with `;` as the list
separator and `,` as the decimal separator: so the CSV starts with a UTF-8 byte order mark
(or "Übersicht" turns into "Ãœbersicht"), separates with `;`, writes decimals with a comma,
and names everything in German (labels translated with target language "de", whatever the
page's language). The workbook carries numbers as numbers (Excel shows them with the
reader's decimal separator) on two sheets: the list as in the CSV, and a table per unit.

Rows come from figures.export_rows: (figure, key, value); a figure this module has no label
for keeps its name, so figures added later still appear. The options ticked in a month
(figures.option_counts: by field id and option token across languages, titled in German)
follow as one line per option and unit in the CSV and the list, and as a table with a
column per unit on a third sheet, as the figures page shows them.
"""

from openpyxl import Workbook
from openpyxl.styles import Font
from weissenfels.portal import _
from weissenfels.portal.cases.states import STATE_MESSAGES
from weissenfels.portal.units.registry import all_units
from weissenfels.portal.units.vocabularies import unit_title
from zope.i18n import translate

import csv
import io


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

HEADER = (
    _("figures_column_figure", default="Figure"),
    _("figures_column_key", default="Item"),
    _("figures_column_value", default="Value"),
)

FIGURE_LABELS = {
    "total": _("figures_total", default="Cases in total"),
    "unit": _("figures_by_unit", default="Cases per unit"),
    "form": _("figures_by_form", default="Cases per form"),
    "state": _("figures_by_state", default="Cases per state"),
    "month": _("figures_by_month", default="Cases per month"),
    "overdue": _("figures_overdue", default="Open cases older than 14 days, per unit"),
    "median_first_response_hours": _("figures_median_first", default="Median time to first response (hours)"),
    "median_closing_hours": _("figures_median_closing", default="Median time to closing (hours)"),
    "reaction_median_hours": _("figures_reaction_median", default="Reaction time, median (hours)"),
    "reaction_p90_hours": _("figures_reaction_p90", default="Reaction time, 90th percentile (hours)"),
    "processing_median_hours": _("figures_processing_median", default="Processing time, median (hours)"),
    "processing_p90_hours": _("figures_processing_p90", default="Processing time, 90th percentile (hours)"),
}
UNIT_FIGURES = {"unit", "overdue", "reaction_median_hours", "reaction_p90_hours"}
UNIT_FIGURES |= {"processing_median_hours", "processing_p90_hours"}

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip

UNIT_TABLE_HEADER = (
    _("figures_column_unit", default="Unit"),
    _("figures_column_reaction_cases", default="Cases with a reaction"),
    _("figures_reaction_median", default="Reaction time, median (hours)"),
    _("figures_reaction_p90", default="Reaction time, 90th percentile (hours)"),
    _("figures_column_processing_cases", default="Closed cases"),
    _("figures_processing_median", default="Processing time, median (hours)"),
    _("figures_processing_p90", default="Processing time, 90th percentile (hours)"),
)


def german(message):
    return translate(message, target_language="de")


def month_label(key):
    """ "2026-01" → "Januar 2026"."""
    year, _sep, month = key.partition("-")
    return f"{MONTHS[int(month) - 1]} {year}" if month.isdigit() and 1 <= int(month) <= 12 else key


def unit_titles():
    """{unit key: German title}, a retired unit marked as such."""
    return {unit.key: german(unit_title(unit)) for unit in all_units()}


def key_label(figure, key, titles):
    if figure in UNIT_FIGURES:
        return titles.get(key, key)
    if figure == "state" and key in STATE_MESSAGES:
        return german(STATE_MESSAGES[key])
    if figure == "month":
        return month_label(key)
    return str(key)


def german_rows(rows):
    """(label, item, value) with German labels; values stay numbers (None/"" for none)."""
    titles = unit_titles()
    return [
        (
            german(FIGURE_LABELS[figure]) if figure in FIGURE_LABELS else figure,
            key_label(figure, key, titles),
            value,
        )
        for figure, key, value in rows
    ]


OPTIONS_SHEET = "Optionen je Einheit"
OPTIONS_HEADER = (
    _("figures_options_month", default="Month"),
    _("figures_column_question", default="Question"),
    _("figures_options_option", default="Option"),
)


def option_rows(options, month):
    """(figure, unit, count): per option ticked in the month, every unit (zeros too) and the
    total; the figure names the month, the question and the option in German."""
    titles = unit_titles()
    total = german(_("figures_options_total", default="Total"))
    rows = []
    for entry in options:
        figure = german(
            _(
                "figures_option_row",
                default="Named in ${month}: ${question} – ${option}",
                mapping={"month": month_label(month), "question": entry["label"], "option": entry["title"]},
            )
        )
        rows.extend((figure, title, entry["units"].get(key, 0)) for key, title in titles.items())
        rows.append((figure, total, entry["total"]))
    return rows


def options_table(options, month):
    """(header, rows) of the options sheet: month, question, option, one column per unit, total."""
    titles = unit_titles()
    header = [german(title) for title in OPTIONS_HEADER] + list(titles.values())
    header.append(german(_("figures_options_total", default="Total")))
    rows = [
        (
            month_label(month),
            entry["label"],
            entry["title"],
            *(entry["units"].get(key, 0) for key in titles),
            entry["total"],
        )
        for entry in options
    ]
    return header, rows


def decimal_comma(value):
    """A number as German Excel reads it: 6,5 (a float always with one decimal), 12."""
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return "" if value is None else str(value)


def german_csv(rows, options=(), month=""):
    """UTF-8 with byte order mark, `;`, decimal comma, CRLF: bytes for the response."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([german(title) for title in HEADER])
    writer.writerows((label, item, decimal_comma(value)) for label, item, value in german_rows(rows))
    writer.writerows(option_rows(options, month))
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def german_xlsx(rows, times, options=(), month=""):
    """A workbook: "Kennzahlen" (the CSV's list), "Zeiten je Einheit" (one row per unit) and
    "Optionen je Einheit" (the options ticked in the month, a column per unit)."""
    book = Workbook()
    listing = book.active
    listing.title = "Kennzahlen"
    listed = [(label, item, None if value == "" else value) for label, item, value in german_rows(rows)]
    listed += option_rows(options, month)
    _table(listing, [german(title) for title in HEADER], listed)
    per_unit = book.create_sheet("Zeiten je Einheit")
    titles = unit_titles()
    _table(
        per_unit,
        [german(title) for title in UNIT_TABLE_HEADER],
        [
            (
                titles.get(key, key),
                t["reaction"]["count"],
                t["reaction"]["median"],
                t["reaction"]["p90"],
                t["processing"]["count"],
                t["processing"]["median"],
                t["processing"]["p90"],
            )
            for key, t in times.items()
        ],
    )
    _table(book.create_sheet(OPTIONS_SHEET), *options_table(options, month))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _table(sheet, header, rows):
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(list(row))
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = "0.0"
    for column, title in zip(sheet.columns, header, strict=False):
        width = max(len(str(cell.value or "")) for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(max(width, len(title)) + 2, 60)
    sheet.freeze_panes = "A2"
