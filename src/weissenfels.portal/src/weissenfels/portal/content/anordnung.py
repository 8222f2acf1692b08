"""Anordnung: an order issued for a building (Objekt), or for one of its flats.

Its state (weissenfels_order_workflow: entwurf, in_kraft, aufgehoben, erledigt) is the
building's legal situation, kept apart from the inspection progress. The portal records the
decision; it does not block anything itself. The Clearingstelle's lookup
(register/lookup.py) shows only whether orders are in force for an address and since when
(`order_date`).
"""

from plone.dexterity.content import Item
from plone.supermodel import model
from weissenfels.portal import _
from weissenfels.portal.content.begehung import FLATS
from zope import schema
from zope.interface import implementer


class IAnordnung(model.Schema):
    title = schema.TextLine(
        title=_("label_order_title", default="Order"),
        description=_("help_order_title", default="What is ordered, e.g. 'Use prohibition'."),
        required=True,
    )
    legal_basis = schema.TextLine(title=_("label_order_legal_basis", default="Legal basis"), required=True)
    file_number = schema.TextLine(title=_("label_order_file_number", default="File number"), required=True)
    order_date = schema.Date(title=_("label_order_date", default="Date of the order"), required=True)
    deadline = schema.Date(title=_("label_order_deadline", default="Deadline"), required=False)
    flat = schema.Choice(
        title=_("label_order_flat", default="Flat"),
        description=_("help_order_flat", default="Empty: the order concerns the whole building."),
        vocabulary=FLATS,
        required=False,
    )
    notes = schema.Text(title=_("label_order_notes", default="Notes"), required=False)


@implementer(IAnordnung)
class Anordnung(Item):
    """An order with legal basis, file number, date and deadline."""

    legal_basis = file_number = order_date = deadline = flat = notes = None
