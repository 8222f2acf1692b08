"""Gebaeuderegister: the Wohnraumkontrolle's building register, /gebaeuderegister (register/).

Language-neutral and never public: the teams of the units with the capability
"building_register" get the local role RegisterKeeper here, those with "register_lookup" the
role RegisterLookup (the Clearingstelle's address lookup, nothing else); inherited roles are
blocked (register/structure.py). The folder carries the team's settings: the agencies that
take part in inspections and the occupancy thresholds per age band.
"""

from plone.dexterity.content import Container
from plone.supermodel import model
from weissenfels.portal import _
from zope import schema
from zope.interface import implementer


DEFAULT_AGENCIES = (
    "Wohnraumkontrolle",
    "Ordnungsamt",
    "Migrationsagentur",
    "Landespolizei",
    "Bundespolizei",
    "Zoll",
    "Bauaufsicht",
    "Soziale Arbeit",
)
# m² of living space per person below which a flat is flagged (the model town's housing law).
DEFAULT_MIN_SPACE = {"adult": 9.0, "minor": 9.0, "under_six": 6.0}


class IGebaeuderegister(model.Schema):
    agencies = schema.List(
        title=_("label_register_agencies", default="Participating agencies"),
        description=_(
            "help_register_agencies",
            default="The agencies that can take part in an inspection (one per line).",
        ),
        value_type=schema.TextLine(),
        required=False,
        default=list(DEFAULT_AGENCIES),
    )
    min_space_adult = schema.Float(
        title=_("label_min_space_adult", default="Minimum living space per adult (m²)"),
        default=DEFAULT_MIN_SPACE["adult"],
        min=0.0,
        required=False,
    )
    min_space_minor = schema.Float(
        title=_("label_min_space_minor", default="Minimum living space per child aged 6 to 17 (m²)"),
        default=DEFAULT_MIN_SPACE["minor"],
        min=0.0,
        required=False,
    )
    min_space_under_six = schema.Float(
        title=_("label_min_space_under_six", default="Minimum living space per child under six (m²)"),
        default=DEFAULT_MIN_SPACE["under_six"],
        min=0.0,
        required=False,
    )


@implementer(IGebaeuderegister)
class Gebaeuderegister(Container):
    """The register: buildings (Objekt) with their flats, inspections and orders."""
