"""Begehung: one inspection of a building (Objekt), planned and then held.

Its workflow (weissenfels_inspection_workflow) says planned / held / cancelled. Findings are
rows per flat and category, measures rows with a follow-up date (Wiedervorlage, listed and
reminded by register/followups.py), the people present are roles, never names. Photos are
added by @@begehung-foto with the public forms' upload checks (cases/uploads.py) and kept in
`photos` (a list of NamedBlobImage).
"""

from collective.z3cform.datagridfield.datagridfield import DataGridFieldWidgetFactory
from collective.z3cform.datagridfield.row import DictRow
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.supermodel import model
from weissenfels.portal import _
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import implementer


FLATS = "weissenfels.portal.vocabularies.building_flats"
AGENCIES = "weissenfels.portal.vocabularies.register_agencies"
CATEGORIES = "weissenfels.portal.vocabularies.finding_categories"


class IFinding(model.Schema):
    flat = schema.Choice(title=_("label_finding_flat", default="Flat"), vocabulary=FLATS, required=False)
    category = schema.Choice(
        title=_("label_finding_category", default="Category"), vocabulary=CATEGORIES, required=True
    )
    description = schema.TextLine(title=_("label_finding_description", default="Finding"), required=False)


class IMeasure(model.Schema):
    what = schema.TextLine(title=_("label_measure_what", default="Measure"), required=True)
    follow_up = schema.Date(title=_("label_measure_follow_up", default="Follow-up on"), required=False)
    done = schema.Bool(title=_("label_measure_done", default="Done"), required=False, default=False)


class IBegehung(model.Schema):
    start = schema.Datetime(title=_("label_inspection_start", default="Date and time"), required=True)
    agencies = schema.List(
        title=_("label_inspection_agencies", default="Participating agencies"),
        value_type=schema.Choice(vocabulary=AGENCIES),
        required=False,
        default=[],
    )
    directives.widget("agencies", CheckBoxFieldWidget)
    present = schema.List(
        title=_("label_inspection_present", default="Present (roles, no names)"),
        description=_(
            "help_inspection_present",
            default="One role per line, e.g. 'tenant', 'property manager', 'interpreter'. No names.",
        ),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )
    findings = schema.List(
        title=_("label_inspection_findings", default="Findings"),
        value_type=DictRow(title=_("label_inspection_finding", default="Finding"), schema=IFinding),
        required=False,
        default=[],
    )
    directives.widget("findings", DataGridFieldWidgetFactory)
    measures = schema.List(
        title=_("label_inspection_measures", default="Measures"),
        value_type=DictRow(title=_("label_inspection_measure", default="Measure"), schema=IMeasure),
        required=False,
        default=[],
    )
    directives.widget("measures", DataGridFieldWidgetFactory)
    notes = schema.Text(title=_("label_inspection_notes", default="Notes"), required=False)


@implementer(IBegehung)
class Begehung(Item):
    """An inspection; its title is its date."""

    start = notes = None
    agencies = present = findings = measures = photos = ()

    @property
    def title(self):
        return f"Begehung {self.start:%d.%m.%Y %H:%M}" if self.start else "Begehung"

    @title.setter
    def title(self, value):
        """The date is the title."""
