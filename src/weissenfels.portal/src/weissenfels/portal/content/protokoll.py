"""Protokoll: the minutes of one meeting of a working group, with action items as rows."""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from collective.z3cform.datagridfield.row import DictRow
from plone.app.textfield import RichText
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from weissenfels.portal import _
from zope import schema
from zope.interface import implementer


# Who a participant works for: the town's and the district's names come from the site
# (units/vocabularies.participant_authorities).
PARTICIPANT_AUTHORITIES = "weissenfels.portal.vocabularies.participant_authorities"


class IParticipant(model.Schema):
    """One participant: a portal user or, for guests, a name typed in."""

    user = schema.Choice(
        title=_("label_participant_user", default="Benutzer"),
        vocabulary="weissenfels.portal.vocabularies.intranet_users",
        required=False,
    )
    name = schema.TextLine(
        title=_("label_participant_name", default="Name (Gast)"),
        required=False,
    )
    authority = schema.Choice(
        title=_("label_authority", default="Behörde"),
        vocabulary=PARTICIPANT_AUTHORITIES,
        required=True,
    )


class IActionItem(model.Schema):
    """One action item (Aufgabe): what, who, until when, done."""

    what = schema.TextLine(title=_("label_action_what", default="Aufgabe"), required=True)
    who = schema.Choice(
        title=_("label_action_who", default="Verantwortlich"),
        vocabulary="weissenfels.portal.vocabularies.intranet_users",
        required=False,
    )
    due = schema.Date(title=_("label_action_due", default="Fällig am"), required=False)
    done = schema.Bool(title=_("label_action_done", default="Erledigt"), required=False, default=False)


class IProtokoll(model.Schema):
    meeting_start = schema.Datetime(
        title=_("label_meeting_start", default="Sitzung am (Datum und Uhrzeit)"),
        required=True,
    )
    place = schema.TextLine(title=_("label_place", default="Ort"), required=False)

    participants = schema.List(
        title=_("label_participants", default="Teilnehmende"),
        value_type=DictRow(title=_("label_participant", default="Teilnehmende Person"), schema=IParticipant),
        required=False,
        default=[],
    )
    directives.widget("participants", DataGridFieldWidgetFactory)

    agenda = RichText(title=_("label_agenda", default="Tagesordnung"), required=False)
    decisions = RichText(title=_("label_decisions", default="Beschlüsse"), required=False)

    action_items = schema.List(
        title=_("label_action_items", default="Aufgaben"),
        value_type=DictRow(title=_("label_action_item", default="Aufgabe"), schema=IActionItem),
        required=False,
        default=[],
    )
    directives.widget("action_items", DataGridFieldWidgetFactory)


@implementer(IProtokoll)
class Protokoll(Item):
    """Minutes of a working group meeting."""

    def open_action_items(self):
        """The action items not done yet, in the order of the minutes."""
        return [item for item in (self.action_items or []) if not item.get("done")]
