"""Lebenslage: one situation of the finder "Wer hilft mir?" and the unit that helps in it.

Title and answer are written in each language; the unit (by its fixed key) and the form
to offer are the same in every language: PAM copies them to each translation.
"""

from plone.app.multilingual.dx.directives import languageindependent
from plone.dexterity.content import Item
from plone.supermodel import model
from weissenfels.portal import _
from zope import schema
from zope.interface import implementer
from zope.interface import Invalid
from zope.interface import invariant


class ILebenslage(model.Schema):
    """A resident's situation, why the unit helps, the unit and the form to offer."""

    title = schema.TextLine(
        title=_("label_situation_title", default="Situation"),
        description=_(
            "help_situation_title",
            default='In the resident\'s words, e.g. "I have a problem with my housing".',
        ),
        required=True,
    )

    answer = schema.Text(
        title=_("label_situation_answer", default="Why this unit helps"),
        description=_("help_situation_answer", default="One or two sentences shown with the unit's contact."),
        required=True,
    )

    unit = schema.Choice(
        title=_("label_situation_unit", default="Unit"),
        vocabulary="weissenfels.portal.vocabularies.active_units",
        required=True,
    )
    languageindependent("unit")

    form_id = schema.ASCIILine(
        title=_("label_situation_form", default="Form to offer"),
        description=_(
            "help_situation_form",
            default=(
                "The short name of the form in the German unit page (its address ends with it). "
                "Empty, or a form visitors cannot open: the unit page is offered."
            ),
        ),
        required=False,
    )
    languageindependent("form_id")

    @invariant
    def form_in_unit(data):
        """A form id must name a form in the unit's German page: a typo is refused, not hidden."""
        if not data.form_id or not data.unit:
            return
        # Imported here: content/ is imported by the registry, not the other way round.
        from weissenfels.portal.units.registry import unit_by_key
        from weissenfels.portal.units.registry import unit_page

        try:
            page = unit_page(unit_by_key(data.unit))
        except KeyError:
            return  # the unit field reports an unknown unit
        if page is None or getattr(page.get(data.form_id), "portal_type", None) != "EasyForm":
            raise Invalid(
                _(
                    "error_situation_form_missing",
                    default='The unit\'s German page has no form with the short name "${form_id}".',
                    mapping={"form_id": data.form_id},
                )
            )


@implementer(ILebenslage)
class Lebenslage(Item):
    pass
