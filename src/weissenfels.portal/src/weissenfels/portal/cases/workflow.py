"""Rules of weissenfels_case_workflow that XML cannot say: required comments, forwarding."""

from Acquisition import aq_parent
from plone import api
from Products.CMFCore.WorkflowCore import ObjectMoved
from Products.CMFCore.WorkflowCore import WorkflowException
from weissenfels.portal import _
from weissenfels.portal.setuphandlers.cases import case_folder


COMMENT_REQUIRED = ("ablehnen", "weiterleiten")


def before_transition(obj, event):
    if event.transition is None:
        return
    kwargs = event.kwargs or {}
    if event.transition.id in COMMENT_REQUIRED and not (kwargs.get("comment") or "").strip():
        raise WorkflowException(_("error_case_comment_required", default="Please give a reason (comment)."))
    if event.transition.id == "weiterleiten":
        target = case_folder(kwargs.get("target_unit") or "")
        if target is None or target.getPhysicalPath() == aq_parent(obj).getPhysicalPath():
            raise WorkflowException(
                _("error_case_forward_target", default="Please choose another unit to forward the case to.")
            )


def after_transition(obj, event):
    """Forwarding moves the case into the other unit's folder; from then on only that
    team sees it. ObjectMoved tells the workflow tool to reindex the moved object."""
    if event.transition is None or event.transition.id != "weiterleiten":
        return
    target = case_folder(event.kwargs["target_unit"])
    # The handler has no add permission in the other team's folder: the move is the
    # workflow's doing, not the handler's.
    with api.env.adopt_roles(["Manager"]):
        moved = api.content.move(source=obj, target=target)
    raise ObjectMoved(moved, event.new_state)
