"""Arbeitsgruppe: the folderish workspace of one working group in /intranet."""

from plone.app.textfield import RichText
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from weissenfels.portal import _
from zope import schema
from zope.interface import implementer


class IArbeitsgruppe(model.Schema):
    mandate = RichText(
        title=_("label_mandate", default="Auftrag"),
        description=_("help_mandate", default="Der Auftrag der Arbeitsgruppe."),
        required=False,
    )

    lead_landkreis = schema.Choice(
        title=_("label_lead_landkreis", default="Tandemleitung Landkreis"),
        vocabulary="weissenfels.portal.vocabularies.intranet_users",
        required=False,
    )

    lead_stadt = schema.Choice(
        title=_("label_lead_stadt", default="Tandemleitung Stadt"),
        vocabulary="weissenfels.portal.vocabularies.intranet_users",
        required=False,
    )

    # Set once when the workspace is added (intranet/lifecycle.py: ag-<key>, ag-<key>-leitung);
    # the workspace's local roles are granted to these groups. Not in the add or edit form.
    members_group = schema.ASCIILine(
        title=_("label_members_group", default="Gruppe der Mitglieder"),
        description=_("help_members_group", default="Kennung der Benutzergruppe, deren Mitglieder hier arbeiten."),
        required=False,
    )
    leads_group = schema.ASCIILine(
        title=_("label_leads_group", default="Gruppe der Tandemleitung"),
        description=_("help_leads_group", default="Kennung der Benutzergruppe der Tandemleitung."),
        required=False,
    )
    directives.omitted("members_group", "leads_group")
    directives.read_permission(members_group="cmf.ManagePortal", leads_group="cmf.ManagePortal")
    directives.write_permission(members_group="cmf.ManagePortal", leads_group="cmf.ManagePortal")

    next_meeting = schema.Datetime(
        title=_("label_next_meeting", default="Nächste Sitzung"),
        required=False,
    )


@implementer(IArbeitsgruppe)
class Arbeitsgruppe(Container):
    """A working group's workspace."""
