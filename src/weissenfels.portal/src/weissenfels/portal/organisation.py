"""The seed of the Weißenfels example: the units and working groups "Der Weißenfelser Weg"
started with, and the site-wide names (languages, the editors' and steering groups).

The units are content (issue 15): the running site reads them from their pages through
units/registry.py. UNITS is read only by install code (setuphandlers/, upgrades/): the demo
content creates a German unit page for each, and the page creates the unit's groups and case
folder (units/lifecycle.py). An administrator adds, renames and retires units in the browser.
LANGUAGES, DEFAULT_LANGUAGE, EDITORS_GROUP and STEERING_GROUP are read everywhere.
"""

from dataclasses import dataclass


LANGUAGES = ("de", "en", "ro", "pl", "bg", "hu", "ar", "uk")
DEFAULT_LANGUAGE = "de"

EDITORS_GROUP = "redaktion"
STEERING_GROUP = "steuerung"


@dataclass(frozen=True)
class Unit:
    """A unit of the seed (its id becomes the unit page's id and key)."""

    id: str
    title: str
    authority: str  # "stadt", "landkreis" or "beide"

    @property
    def team_group(self):
        return f"team-{self.id}"

    @property
    def lead_group(self):
        """Team lead (Teamleitung): also sees the access log of the unit's cases."""
        return f"team-{self.id}-leitung"


@dataclass(frozen=True)
class WorkingGroup:
    """An Arbeitsgruppe, led by a city/district tandem."""

    id: str
    title: str

    @property
    def members_group(self):
        return f"ag-{self.id}"

    @property
    def leads_group(self):
        return f"ag-{self.id}-leitung"


UNITS = (
    Unit("clearingstelle", "Clearingstelle", "beide"),
    Unit("wohnraumkontrolle", "Wohnraumkontrolle", "stadt"),
    Unit("sozialarbeit", "Aufsuchende Sozialarbeit", "beide"),
    Unit("neustadtbuero", "Willkommenszentrum / Neustadtbüro", "stadt"),
    Unit("schulteam", "Schulteam: Schulerfolg", "beide"),
)

WORKING_GROUPS = (
    WorkingGroup("clearingstelle", "AG Clearingstelle"),
    WorkingGroup("wohnraumkontrolle", "AG Wohnraumkontrolle inkl. Ordnungskontrolle"),
    WorkingGroup("neustadtbuero", "AG Neustadtbüro / Aufsuchende Sozialarbeit"),
    WorkingGroup("schulteam", "AG Schulteam"),
)


def unit_by_id(unit_id):
    for unit in UNITS:
        if unit.id == unit_id:
            return unit
    raise KeyError(unit_id)


def portal_groups():
    """(group id, title, description) of the groups the default profile creates; a unit's
    groups come with its page (units/lifecycle.py)."""
    groups = [
        (EDITORS_GROUP, "Redaktion", "Pflegt die öffentlichen Seiten, ihre Übersetzungen und die Formulare."),
        (STEERING_GROUP, "Steuerung", "Steuerungstandem: sieht die Berichte aller Arbeitsgruppen."),
    ]
    for wg in WORKING_GROUPS:
        groups.append((wg.members_group, wg.title, f"Mitglieder der {wg.title}."))
        groups.append(
            (wg.leads_group, f"{wg.title}: Tandemleitung", f"Tandemleitung (Stadt und Landkreis) der {wg.title}.")
        )
    return groups
