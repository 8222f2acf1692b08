"""The units (Organisationseinheiten) as the running site knows them: the one API every part
reads for "which units are there, what are their groups".

Issue 15 moves the organisation into content (the German unit page carries a fixed key set
once at creation); until then this reads the seed in organisation.py. Callers use only the
functions and the Unit record below, so the source can change behind them.
"""

from dataclasses import dataclass
from weissenfels.portal import organisation


@dataclass(frozen=True)
class Unit:
    key: str  # fixed at creation; names the groups and the case folder /vorgaenge/<key>
    title: str
    retired: bool = False
    successor: str | None = None  # key of the unit that took over a retired unit's cases
    capabilities: tuple = ()  # what the unit's team is granted beyond its cases

    @property
    def team_group(self):
        return f"team-{self.key}"

    @property
    def lead_group(self):
        """Team lead (Teamleitung): also sees the access log of the unit's cases."""
        return f"team-{self.key}-leitung"


def all_units():
    """Every unit, retired ones included, sorted by title."""
    return sorted((Unit(u.id, u.title) for u in organisation.UNITS), key=lambda unit: unit.title)


def active_units():
    """The units that accept cases (not retired)."""
    return [unit for unit in all_units() if not unit.retired]


def unit_by_key(key):
    """The unit with this key; KeyError if there is none."""
    for unit in all_units():
        if unit.key == key:
            return unit
    raise KeyError(key)


def units_with(capability):
    """The active units whose team is granted this capability (e.g. "building_register")."""
    return [unit for unit in active_units() if capability in unit.capabilities]
