"""The building's inspection progress follows its inspections: planning one moves the building
to "Begehung geplant", holding one with findings to "Mängel festgestellt" (when that
transition is open from the building's state; each a workflow history entry with the user
and time, like a transition made by hand)."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from weissenfels.portal.content.objekt import IObjekt


def _follow(inspection, transition):
    building = aq_parent(aq_inner(inspection))
    if not IObjekt.providedBy(building):
        return
    workflow = api.portal.get_tool("portal_workflow")
    if transition in [t["id"] for t in workflow.getTransitionsFor(building)]:
        workflow.doActionFor(building, transition)


def inspection_added(inspection, event):
    # A new inspection is planned (the initial state of weissenfels_inspection_workflow).
    _follow(inspection, "begehung_planen")


def inspection_transition(inspection, event):
    if event.transition is None:
        return
    if event.transition.id == "durchfuehren" and inspection.findings:
        _follow(inspection, "maengel_feststellen")
    elif event.transition.id == "neu_planen":
        _follow(inspection, "begehung_planen")
