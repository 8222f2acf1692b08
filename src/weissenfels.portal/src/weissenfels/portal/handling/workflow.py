"""Rules of weissenfels_case_workflow that XML cannot say: required comments, forwarding."""

from Acquisition import aq_parent
from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from weissenfels.portal import _
from weissenfels.portal.cases import mail
from weissenfels.portal.cases.folders import case_folder
from zope.i18nmessageid import Message


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


def forward(case, target_unit, comment):
    """Forward a case: transition "weiterleiten" (checked above), then the move into the
    other unit's folder; from then on only that team sees it. Returns the moved case.

    The move is not done inside the transition: DCWorkflow's ObjectMoved hand-over does not
    work on Python 3 (the name of the caught exception is gone when it re-raises), and a
    move inside the transition would leave the workflow tool reindexing the old path.
    """
    api.portal.get_tool("portal_workflow").doActionFor(case, "weiterleiten", comment=comment, target_unit=target_unit)
    source_title = aq_parent(case).Title()
    target = case_folder(target_unit)
    # The handler has no add permission in the other team's folder: the move is the
    # workflow's doing, not the handler's.
    with api.env.adopt_roles(["Manager"]):
        moved = api.content.move(source=case, target=target)
    mail.notify_forwarded(moved, target, source_title)
    return moved


def workflow_message(exc):
    """The message of a refused transition. DCWorkflow passes it on as a plain string: it
    is our message id (before_transition above), so give it back its domain to translate it."""
    message = exc.args[0] if exc.args else str(exc)
    return message if isinstance(message, Message) else _(str(message))
