"""Organisationseinheit: the public information set of one unit of the Weißenfelser Weg.

Folderish: the unit's own pages, images, files and forms (EasyForm) live inside it, so a
unit page can list its forms. Translatable with plone.app.multilingual; the contact data
that is the same in every language (address, phone, e-mail, authority, desk languages) is
language independent: PAM copies it to every translation when the German page is saved.
"""

from plone.app.multilingual.dx.directives import languageindependent
from plone.dexterity.content import Container
from plone.schema import Email
from plone.supermodel import model
from weissenfels.portal import _
from zope import schema
from zope.interface import implementer


class IOrganisationseinheit(model.Schema):
    """Goal, tasks, target group, authority and contact of an organisational unit."""

    goal = schema.Text(
        title=_("label_unit_goal", default="Goal"),
        description=_("help_unit_goal", default="What the unit wants to achieve, in one or two sentences."),
        required=True,
    )

    tasks = schema.List(
        title=_("label_unit_tasks", default="Tasks"),
        description=_("help_unit_tasks", default="One task per line."),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )

    target_group = schema.Text(
        title=_("label_unit_target_group", default="Target group"),
        required=False,
    )

    authority = schema.Choice(
        title=_("label_unit_authority", default="Responsible authority"),
        vocabulary="weissenfels.portal.vocabularies.authorities",
        required=True,
    )

    model.fieldset(
        "contact",
        label=_("fieldset_unit_contact", default="Contact"),
        fields=["address", "phone", "email", "opening_hours", "desk_languages"],
    )

    address = schema.Text(
        title=_("label_unit_address", default="Address"),
        required=False,
    )

    phone = schema.TextLine(
        title=_("label_unit_phone", default="Phone"),
        required=False,
    )

    email = Email(
        title=_("label_unit_email", default="E-mail"),
        required=False,
    )

    opening_hours = schema.Text(
        title=_("label_unit_opening_hours", default="Opening hours"),
        required=False,
    )

    desk_languages = schema.List(
        title=_("label_unit_desk_languages", default="Languages spoken at the desk"),
        value_type=schema.Choice(vocabulary="weissenfels.portal.vocabularies.desk_languages"),
        required=False,
        default=[],
    )

    # Same in every language: edited on the German page, copied to the translations by PAM.
    languageindependent("authority", "address", "phone", "email", "desk_languages")


@implementer(IOrganisationseinheit)
class Organisationseinheit(Container):
    """An organisational unit (folderish: holds its pages and forms)."""
