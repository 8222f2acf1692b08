"""Wohnung: one flat of a building (Objekt), its size and its occupancy as figures.

Occupancy is the number of registered persons per age band, never a list of people: the
register stores no resident's name. m² per person and the warning come from
register/occupancy.py with the thresholds set on the register.
"""

from plone.dexterity.content import Item
from plone.supermodel import model
from weissenfels.portal import _
from zope import schema
from zope.interface import implementer


class IWohnung(model.Schema):
    title = schema.TextLine(
        title=_("label_flat_title", default="Flat"),
        description=_("help_flat_title", default="Where it is in the building, e.g. 'Ground floor left'."),
        required=True,
    )
    living_space = schema.Float(
        title=_("label_flat_living_space", default="Living space (m²)"), min=0.0, required=False
    )
    rooms = schema.Int(title=_("label_flat_rooms", default="Rooms"), min=0, required=False)
    persons_adult = schema.Int(
        title=_("label_flat_persons_adult", default="Registered persons aged 18 or over"),
        min=0,
        default=0,
        required=False,
    )
    persons_minor = schema.Int(
        title=_("label_flat_persons_minor", default="Registered children aged 6 to 17"),
        min=0,
        default=0,
        required=False,
    )
    persons_under_six = schema.Int(
        title=_("label_flat_persons_under_six", default="Registered children under six"),
        min=0,
        default=0,
        required=False,
    )
    notes = schema.Text(title=_("label_flat_notes", default="Notes"), required=False)


@implementer(IWohnung)
class Wohnung(Item):
    """A flat; persons as counts per age band."""

    living_space = rooms = notes = None
    persons_adult = persons_minor = persons_under_six = 0
