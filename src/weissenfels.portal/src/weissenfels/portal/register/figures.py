"""The register's figures for the Steuerung (`@@gebaeuderegister-kennzahlen` and its CSV on the
site root; permission "View case figures": the Steuerung and administrators): buildings per
state, held inspections per month, findings per category, the median days from a building's
first "Begehung empfohlen" to its first held inspection. Counts only: no address, owner, name
or case appears.
"""

from collections import Counter
from io import StringIO
from plone import api
from Products.Five.browser import BrowserView
from statistics import median
from weissenfels.portal import _
from weissenfels.portal.register.vocabularies import FINDING_CATEGORIES
from zope.i18n import translate

import csv


def register_figures():
    catalog = api.portal.get_tool("portal_catalog")
    search = catalog.unrestrictedSearchResults
    states = Counter(brain.review_state for brain in search(portal_type="Objekt"))
    months = Counter()
    categories = Counter()
    first_held = {}
    for brain in search(portal_type="Begehung", review_state="durchgefuehrt"):
        inspection = brain._unrestrictedGetObject()
        if inspection.start is None:
            continue
        start = inspection.start.replace(tzinfo=None)
        months[start.strftime("%Y-%m")] += 1
        for finding in inspection.findings or []:
            categories[finding.get("category") or "other"] += 1
        building = inspection.__parent__
        flagged = building.flagged_since.replace(tzinfo=None) if building.flagged_since else None
        if flagged is not None and start >= flagged:
            key = building.UID()
            first_held[key] = min(first_held.get(key, start), start), flagged
    waits = [(start - flagged).total_seconds() / 86400 for start, flagged in first_held.values()]
    return {
        "states": dict(states),
        "months": dict(sorted(months.items())),
        "categories": dict(categories),
        "median_days": round(median(waits), 1) if waits else None,
        "median_count": len(waits),
    }


def figure_rows(language="de"):
    """(figure, item, value) rows, labels in language."""
    from weissenfels.portal.register.letters import BUILDING_STATE_IDS
    from weissenfels.portal.register.letters import building_state_title

    def t(message):
        return translate(message, target_language=language)

    figures = register_figures()
    titles = dict(FINDING_CATEGORIES)
    rows = []
    for state in BUILDING_STATE_IDS:
        rows.append((t(LABELS["states"]), t(building_state_title(state)), figures["states"].get(state, 0)))
    for month, count in figures["months"].items():
        rows.append((t(LABELS["months"]), month, count))
    for category, count in sorted(figures["categories"].items()):
        rows.append((t(LABELS["categories"]), t(titles.get(category, category)), count))
    median_days = figures["median_days"]
    rows.append((t(LABELS["median"]), str(figures["median_count"]), "" if median_days is None else median_days))
    return rows


LABELS = {
    "states": _("register_figures_states", default="Buildings per state"),
    "months": _("register_figures_months", default="Inspections held per month"),
    "categories": _("register_figures_categories", default="Findings per category"),
    "median": _(
        "register_figures_median",
        default="Median days from the first 'inspection recommended' to the inspection (buildings counted)",
    ),
}


class FiguresView(BrowserView):
    def rows(self):
        from weissenfels.portal.formatting import page_language

        return figure_rows(page_language(self.request) or "de")


class FiguresCSV(BrowserView):
    def __call__(self):
        out = StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["Kennzahl", "Eintrag", "Wert"])
        for figure, item, value in figure_rows("de"):
            writer.writerow([figure, item, str(value).replace(".", ",")])
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", 'attachment; filename="gebaeuderegister-kennzahlen.csv"')
        return ("\ufeff" + out.getvalue()).encode("utf-8")
