"""Organisationseinheit: the public information set of one unit of the Weißenfelser Weg.

Folderish: the unit's own pages, images, files and forms (EasyForm) live inside it, so a
unit page can list its forms. Translatable with plone.app.multilingual; the contact data
that is the same in every language (address, phone, e-mail, authority, desk languages) is
language independent: PAM copies it to every translation when the German page is saved.

The German page IS the unit (units/registry.py): its `unit_key`, set once when it is added
(units/lifecycle.py), names the unit's groups and case folder; `retired` and `successor`
are set by the retire view (units/retire.py) only; `capabilities` says what the unit's team
is granted beyond its cases (units/capabilities.py).
"""

from plone.app.multilingual.dx.directives import languageindependent
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.schema import Email
from plone.supermodel import model
from weissenfels.portal import _
from z3c.form.browser.checkbox import CheckBoxFieldWidget
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

    # The unit's identity: set by code, never in a form (units/lifecycle.py, units/retire.py).
    unit_key = schema.ASCIILine(title=_("label_unit_key", default="Key"), required=False)
    retired = schema.Bool(title=_("label_unit_retired", default="Retired"), required=False, default=False)
    successor = schema.ASCIILine(title=_("label_unit_successor", default="Successor"), required=False)
    directives.omitted("unit_key", "retired", "successor")

    capabilities = schema.List(
        title=_("label_unit_capabilities", default="Capabilities"),
        description=_(
            "help_unit_capabilities",
            default="What the unit's team is granted beyond its cases (set by administrators).",
        ),
        value_type=schema.Choice(vocabulary="weissenfels.portal.vocabularies.capabilities"),
        required=False,
        default=[],
    )
    directives.write_permission(capabilities="cmf.ManagePortal")
    directives.widget("capabilities", CheckBoxFieldWidget)

    # Same in every language: edited on the German page, copied to the translations by PAM.
    languageindependent("authority", "address", "phone", "email", "desk_languages")
    # unit_key, retired, successor and capabilities live on the German page only: the
    # translations are the same unit through PAM (units/registry.page_key). Marked language
    # independent, PAM would copy a translation's empty values onto the German page.


@implementer(IOrganisationseinheit)
class Organisationseinheit(Container):
    """An organisational unit (folderish: holds its pages and forms)."""
