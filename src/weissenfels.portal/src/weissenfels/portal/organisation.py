"""The organisation of "Der Weißenfelser Weg": one place for units, working groups and groups.

Everything that creates groups, case folders or workspaces reads these tuples, so a new
unit or working group is added here and nowhere else.
"""

from dataclasses import dataclass


LANGUAGES = ("de", "en", "ro", "pl", "bg", "hu", "ar", "uk")
DEFAULT_LANGUAGE = "de"

EDITORS_GROUP = "redaktion"
STEERING_GROUP = "steuerung"


@dataclass(frozen=True)
class Unit:
    """An organisational unit (Organisationseinheit) with its case-handling team."""

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
    """(group id, title, description) of every group the portal needs."""
    groups = [
        (EDITORS_GROUP, "Redaktion", "Pflegt die öffentlichen Seiten, ihre Übersetzungen und die Formulare."),
        (STEERING_GROUP, "Steuerung", "Steuerungstandem: sieht die Berichte aller Arbeitsgruppen."),
    ]
    for unit in UNITS:
        groups.append((unit.team_group, f"Team {unit.title}", f"Bearbeitet die Vorgänge der Einheit {unit.title}."))
    for unit in UNITS:
        groups.append(
            (
                unit.lead_group,
                f"Teamleitung {unit.title}",
                f"Leitet das Team {unit.title}: bearbeitet dessen Vorgänge und sieht ihr Zugriffsprotokoll.",
            )
        )
    for wg in WORKING_GROUPS:
        groups.append((wg.members_group, wg.title, f"Mitglieder der {wg.title}."))
        groups.append(
            (wg.leads_group, f"{wg.title}: Tandemleitung", f"Tandemleitung (Stadt und Landkreis) der {wg.title}.")
        )
    return groups
