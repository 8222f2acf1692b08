"""Objekt: one building of the register, with its flats (Wohnung), inspections (Begehung)
and orders (Anordnung) inside.

Its title is its address, made from the fields (so the id and every listing follow the
address). Its workflow is the inspection progress (weissenfels_building_workflow); its legal
situation is the state of its orders, kept apart. `flagged_since` is set by code
(register/linking.py) when the address is first flagged "Begehung empfohlen".
"""

from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from weissenfels.portal import _
from zope import schema
from zope.interface import implementer
from zope.interface import Invalid

import re


def valid_postcode(value):
    if not re.fullmatch(r"\d{5}", (value or "").strip()):
        raise Invalid(_("error_postcode", default="Please enter a postcode of five digits."))
    return True


class IObjekt(model.Schema):
    street = schema.TextLine(title=_("label_building_street", default="Street"), required=True)
    house_number = schema.TextLine(title=_("label_building_number", default="House number"), required=True)
    postcode = schema.TextLine(
        title=_("label_building_postcode", default="Postcode"), required=True, constraint=valid_postcode
    )
    town = schema.TextLine(title=_("label_building_town", default="Town"), required=False)
    owner = schema.TextLine(
        title=_("label_building_owner", default="Owner or manager (organisation)"),
        description=_(
            "help_building_owner",
            default="The name of the owning or managing company or organisation; no private person's name.",
        ),
        required=False,
    )
    notes = schema.Text(title=_("label_building_notes", default="Notes"), required=False)

    flagged_since = schema.Datetime(
        title=_("label_building_flagged_since", default="First flagged 'inspection recommended'"),
        required=False,
    )
    directives.omitted("flagged_since")


@implementer(IObjekt)
class Objekt(Container):
    """A building; its title is its address."""

    flagged_since = None

    @property
    def title(self):
        line = f"{self.street or ''} {self.house_number or ''}".strip()
        place = f"{self.postcode or ''} {self.town or ''}".strip()
        return ", ".join(part for part in (line, place) if part)

    @title.setter
    def title(self, value):
        """The address is the title: a title given (add form, import) is not kept."""

    street = house_number = postcode = town = owner = notes = None
