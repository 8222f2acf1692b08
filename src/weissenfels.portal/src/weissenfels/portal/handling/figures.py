"""Controlling figures for the Steuerung group (@@vorgaenge-kennzahlen, ...kennzahlen.csv).

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
from weissenfels.portal import _
from weissenfels.portal.cases.states import STATE_MESSAGES
from weissenfels.portal.handling.inbox import form_choices
from weissenfels.portal.handling.inbox import form_titles
from weissenfels.portal.units.registry import all_units
from weissenfels.portal.units.vocabularies import unit_title
from xml.sax.saxutils import escape
from zope.i18n import translate

import csv
import io


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
        "unit": dict(sorted(by_unit.items())),
        "form": dict(sorted(by_form.items())),
        "state": dict(sorted(by_state.items())),
        "month": dict(sorted(by_month.items())),
        "overdue": dict(sorted(overdue.items())),
        "median_first_response_hours": median(first) if first else None,
        "median_closing_hours": median(closing) if closing else None,
    }


def csv_rows(figures):
    """(figure, key, value): the same numbers as the page, one per line."""
    rows = [("total", "", figures["total"])]
    for figure in ("unit", "form", "state", "month", "overdue"):
        rows.extend((figure, key, value) for key, value in figures[figure].items())
    for figure in ("median_first_response_hours", "median_closing_hours"):
        rows.append((figure, "", "" if figures[figure] is None else figures[figure]))
    return rows


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


class ControllingView(BrowserView):
    def __call__(self):
        self.figures = compute()
        return self.index()

    def unit_titles(self):
        # Retired units stay, marked, while they have cases (figures come from the cases).
        return {u.key: unit_title(u) for u in all_units()}

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
    def __call__(self):
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(("figure", "key", "value"))
        writer.writerows(csv_rows(compute()))
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", 'attachment; filename="vorgaenge-kennzahlen.csv"')
        return out.getvalue()
