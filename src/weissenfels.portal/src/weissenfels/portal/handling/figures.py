"""Controlling figures for the Steuerung group (@@vorgaenge-kennzahlen, ...kennzahlen.csv,
...kennzahlen.xlsx: the files for German Excel are made in figures_export.py).

Computed from catalog metadata only (unit, form, state, dates; a form and its
translations counted as one, as in the inbox): no names, no values, no references leave this
module. The catalog query is unrestricted on purpose: the Steuerung may not see any case,
only these counts.
"""

from collections import Counter
from datetime import datetime
from datetime import timedelta
from plone import api
from Products.Five.browser import BrowserView
from statistics import median
from statistics import quantiles
from weissenfels.portal import _
from weissenfels.portal.cases.states import STATE_MESSAGES
from weissenfels.portal.handling.figures_export import german_csv
from weissenfels.portal.handling.figures_export import german_xlsx
from weissenfels.portal.handling.figures_export import XLSX_TYPE
from weissenfels.portal.handling.inbox import form_choices
from weissenfels.portal.handling.inbox import form_titles
from weissenfels.portal.units.registry import all_units
from weissenfels.portal.units.vocabularies import unit_title
from xml.sax.saxutils import escape
from zope.i18n import translate


OPEN_STATES = ("eingegangen", "in_bearbeitung")
OVERDUE_DAYS = 14


def _hours(delta):
    return round(delta.total_seconds() / 3600, 1)


def compute(now=None):
    now = now or datetime.now()
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="Vorgang")
    # A form and its translations count as one form, under the German title.
    titles = form_titles(form_choices(catalog.unrestrictedSearchResults, {b.case_form for b in brains if b.case_form}))
    by_unit, by_form, by_state, by_month = Counter(), Counter(), Counter(), Counter()
    overdue = Counter()
    first, closing = [], []
    for b in brains:
        submitted = b.case_submitted
        by_unit[b.case_unit or ""] += 1
        by_form[titles.get(b.case_form) or b.case_form_title or ""] += 1
        by_state[b.review_state or ""] += 1
        if submitted:
            by_month[submitted.strftime("%Y-%m")] += 1
            if b.case_first_response:
                first.append(_hours(b.case_first_response - submitted))
            if b.case_closed:
                closing.append(_hours(b.case_closed - submitted))
            if b.review_state in OPEN_STATES and submitted < now - timedelta(days=OVERDUE_DAYS):
                overdue[b.case_unit or ""] += 1
    return {
        "total": len(brains),
        "unit": every_unit(by_unit),
        "form": dict(sorted(by_form.items())),
        "state": dict(sorted(by_state.items())),
        "month": dict(sorted(by_month.items())),
        "overdue": every_unit(overdue),
        "median_first_response_hours": median(first) if first else None,
        "median_closing_hours": median(closing) if closing else None,
        "times": times_per_unit(brains),
    }


def every_unit(counts):
    """{unit key: count} for every active unit, zero where it has no case, and the retired
    units that have cases, in the order of the unit titles; keys of cases from units no
    longer known come last."""
    keys = [unit.key for unit in all_units() if not unit.retired or counts.get(unit.key)]
    return {key: counts.get(key, 0) for key in keys} | dict(sorted((k, v) for k, v in counts.items() if k not in keys))


def percentile_90(values):
    """The 90th percentile with linear interpolation between the closest ranks: what Excel's
    QUANTIL.INKL(...; 0,9) / PERCENTILE.INC says for the same hours."""
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return round(quantiles(values, n=10, method="inclusive")[-1], 1)


def _summary(hours):
    return {
        "count": len(hours),
        "median": round(median(hours), 1) if hours else None,
        "p90": percentile_90(hours),
    }


def times_per_unit(brains):
    """Per unit (every unit, also with no case): reaction time (submission to the first public
    reply or state change) and processing time (submission to erledigt or abgelehnt), in
    hours: the number of cases measured, the median and the 90th percentile."""
    reaction, processing, cases = {}, {}, Counter()
    for b in brains:
        unit = b.case_unit or ""
        cases[unit] += 1
        if not b.case_submitted:
            continue
        if b.case_first_response:
            reaction.setdefault(unit, []).append(_hours(b.case_first_response - b.case_submitted))
        if b.case_closed:
            processing.setdefault(unit, []).append(_hours(b.case_closed - b.case_submitted))
    keys = every_unit(cases)
    return {
        key: {"reaction": _summary(reaction.get(key, [])), "processing": _summary(processing.get(key, []))}
        for key in keys
    }


def csv_rows(figures):
    """(figure, key, value): the same numbers as the page, one per line."""
    rows = [("total", "", figures["total"])]
    for figure in ("unit", "form", "state", "month", "overdue"):
        rows.extend((figure, key, value) for key, value in figures[figure].items())
    for figure in ("median_first_response_hours", "median_closing_hours"):
        rows.append((figure, "", "" if figures[figure] is None else figures[figure]))
    return rows


TIME_FIGURES = {
    "reaction_median_hours": ("reaction", "median"),
    "reaction_p90_hours": ("reaction", "p90"),
    "processing_median_hours": ("processing", "median"),
    "processing_p90_hours": ("processing", "p90"),
}


def time_rows(figures):
    """(figure, unit key, hours or ""): the times per unit, every unit, one per line."""
    return [
        (figure, key, "" if times[kind][statistic] is None else times[kind][statistic])
        for figure, (kind, statistic) in TIME_FIGURES.items()
        for key, times in figures["times"].items()
    ]


def export_rows(figures):
    """What the CSV and the workbook list: the page's counts, then the times per unit."""
    return csv_rows(figures) + time_rows(figures)


def bar_chart(data, title):
    """A horizontal bar chart as inline SVG (server-side, no JavaScript, no CDN)."""
    if not data:
        return ""
    width, bar, gap, label_w = 640, 18, 6, 220
    biggest = max(data.values()) or 1
    height = len(data) * (bar + gap) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="case-chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
    ]
    for i, (key, value) in enumerate(data.items()):
        y = 5 + i * (bar + gap)
        w = int((width - label_w - 60) * value / biggest)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + bar - 4}" text-anchor="end" font-size="12">{escape(str(key))}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar}" fill="#2a6496"></rect>'
            f'<text x="{label_w + w + 4}" y="{y + bar - 4}" font-size="12">{value}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def option_counts(month=None, brains=None):
    """How many cases ticked each option, by field id and option token across all languages
    (a Bulgarian "Мухъл / влага" and a German "Schimmel / Feuchtigkeit" are both `mould`),
    per unit; in the month "YYYY-MM" or overall. Titled in German from the cases' snapshot
    (catalog column case_options). [{"field", "token", "label", "title", "units", "total"}]."""
    if brains is None:
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog.unrestrictedSearchResults(portal_type="Vorgang")
    counts = {}
    for b in brains:
        if month and (not b.case_submitted or b.case_submitted.strftime("%Y-%m") != month):
            continue
        seen = set()
        for field_id, token, label, title in b.case_options or ():
            if (field_id, token) in seen:
                continue
            seen.add((field_id, token))
            entry = counts.setdefault(
                (field_id, token),
                {"field": field_id, "token": token, "label": label, "title": title, "units": Counter(), "total": 0},
            )
            entry["units"][b.case_unit or ""] += 1
            entry["total"] += 1
    return sorted(counts.values(), key=lambda e: (e["label"], -e["total"], e["title"]))


MONTH_PARAMETER = "monat"


def chosen_month(request):
    """The month of the options table and files: ?monat=YYYY-MM, else the current month."""
    wanted = request.form.get(MONTH_PARAMETER)
    if isinstance(wanted, str):
        try:
            return datetime.strptime(wanted, "%Y-%m").strftime("%Y-%m")
        except ValueError:
            pass
    return datetime.now().strftime("%Y-%m")


class ControllingView(BrowserView):
    def __call__(self):
        self.figures = compute()
        return self.index()

    def option_month(self):
        return chosen_month(self.request)

    def option_units(self):
        return all_units()

    def option_table(self):
        """Rows grouped by the question (German label), one column per unit."""
        groups = []
        for entry in option_counts(self.option_month()):
            if not groups or groups[-1]["label"] != entry["label"]:
                groups.append({"label": entry["label"], "rows": []})
            groups[-1]["rows"].append(entry)
        return groups

    def unit_titles(self):
        # Retired units stay, marked, while they have cases (figures come from the cases).
        return {u.key: unit_title(u) for u in all_units()}

    def time_rows(self):
        """The reaction and processing times per unit, for the page's table."""
        titles = self.unit_titles()
        return [(titles.get(key, key), times) for key, times in self.figures["times"].items()]

    def tables(self):
        titles = self.unit_titles()
        f = self.figures
        return [
            {
                "id": "unit",
                "title": _("figures_by_unit", default="Cases per unit"),
                "rows": [(titles.get(k, k), v) for k, v in f["unit"].items()],
            },
            {"id": "form", "title": _("figures_by_form", default="Cases per form"), "rows": list(f["form"].items())},
            {
                "id": "state",
                "title": _("figures_by_state", default="Cases per state"),
                "rows": [(STATE_MESSAGES.get(k, k), v) for k, v in f["state"].items()],
            },
            {
                "id": "month",
                "title": _("figures_by_month", default="Cases per month"),
                "rows": list(f["month"].items()),
            },
            {
                "id": "overdue",
                "title": _("figures_overdue", default="Open cases older than 14 days, per unit"),
                "rows": [(titles.get(k, k), v) for k, v in f["overdue"].items()],
            },
        ]

    def chart(self, table):
        # Labels such as the state titles are messages: the chart gets them translated.
        rows = {translate(key, context=self.request): value for key, value in table["rows"]}
        return bar_chart(rows, translate(table["title"], context=self.request))


class ControllingCSV(BrowserView):
    """The figures as a CSV that German Excel opens by double-click (figures_export.py), with
    the options ticked in the page's month (?monat=YYYY-MM, else the current one)."""

    def __call__(self):
        month = chosen_month(self.request)
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", 'attachment; filename="vorgaenge-kennzahlen.csv"')
        return german_csv(export_rows(compute()), option_counts(month), month)


class ControllingXLSX(BrowserView):
    """The same figures as an Excel workbook (figures_export.py)."""

    def __call__(self):
        figures = compute()
        month = chosen_month(self.request)
        response = self.request.response
        response.setHeader("Content-Type", XLSX_TYPE)
        response.setHeader("Content-Disposition", 'attachment; filename="vorgaenge-kennzahlen.xlsx"')
        return german_xlsx(export_rows(figures), figures["times"], option_counts(month), month)
