"""Gruppenbericht: a working group's progress report to the Steuerung."""

from plone.app.textfield import RichText
from plone.dexterity.content import Item
from plone.supermodel import model
from weissenfels.portal import _
from zope import schema
from zope.interface import implementer
from zope.interface import Invalid
from zope.interface import invariant
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


STATUSES = SimpleVocabulary(
    [
        SimpleTerm("on_track", title=_("status_on_track", default="im Plan")),
        SimpleTerm("at_risk", title=_("status_at_risk", default="gefährdet")),
        SimpleTerm("delayed", title=_("status_delayed", default="verzögert")),
    ]
)


class IGruppenbericht(model.Schema):
    period_start = schema.Date(title=_("label_period_start", default="Berichtszeitraum von"), required=True)
    period_end = schema.Date(title=_("label_period_end", default="Berichtszeitraum bis"), required=True)
    status = schema.Choice(
        title=_("label_report_status", default="Stand"),
        vocabulary=STATUSES,
        required=True,
        default="on_track",
    )
    achievements = RichText(title=_("label_achievements", default="Erreichtes"), required=False)
    next_steps = RichText(title=_("label_next_steps", default="Nächste Schritte"), required=False)
    risks = RichText(title=_("label_risks", default="Risiken"), required=False)
    decisions_needed = RichText(
        title=_("label_decisions_needed", default="Entscheidungsbedarf der Steuerung"),
        required=False,
    )

    @invariant
    def period_in_order(data):
        if data.period_start and data.period_end and data.period_end < data.period_start:
            raise Invalid(_("error_period_order", default="Das Ende des Berichtszeitraums liegt vor seinem Beginn."))


@implementer(IGruppenbericht)
class Gruppenbericht(Item):
    """A working group's progress report."""
