"""Intranet subscribers: the send-back comment rule, the members' notification (the German UI:
multilingual/staff_language.py)."""

from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from weissenfels.portal import _
from weissenfels.portal import mail
from weissenfels.portal.intranet.structure import member_emails
from weissenfels.portal.intranet.structure import workspace_of
from weissenfels.portal.organisation import STEERING_GROUP
from weissenfels.portal.users import fullname_of
from zope.i18n import translate
from zope.i18nmessageid import Message


# The intranet works in German: its mails and the send-back rule speak German.
INTRANET_LANGUAGE = "de"

NOTIFY_ON = {
    "make_internal": (
        _("mail_subject_internal", default="[Intranet] Shared with the working group: ${title}"),
        _(
            "mail_body_internal",
            default='${actor} has shared "${title}" with the working group ${workspace}.\n\n${url}',
        ),
    ),
    "submit": (
        _("mail_subject_submitted", default="[Intranet] Submitted to the steering group: ${title}"),
        _(
            "mail_body_submitted",
            default='${actor} has submitted "${title}" of the working group ${workspace} '
            "to the steering group.\n\n${url}",
        ),
    ),
}


# The Steuerung hears of every Gruppenbericht submitted to it (its own mail, not a copy of
# the working group's: the members of one group need not see each other's addresses).
STEERING_NOTICE = (
    _("mail_subject_report_for_steering", default="[Intranet] New group report for the steering group: ${title}"),
    _(
        "mail_body_report_for_steering",
        default='${actor} has submitted the group report "${title}" of the working group ${workspace} '
        "to the steering group. Please read it and accept it or send it back.\n\n${url}",
    ),
)


def require_send_back_comment(obj, event):
    """Sending back without saying why helps no one: refuse it on every channel."""
    if event.transition is None or event.transition.id != "send_back":
        return
    if not (event.kwargs or {}).get("comment", "").strip():
        raise WorkflowException(
            translate(
                _("error_send_back_comment", default="Please say why you send this back (comment required)."),
                target_language=INTRANET_LANGUAGE,
            )
        )


def notify_members(obj, event):
    """Mail the workspace's members when an item becomes internal or is submitted.

    Through the add-on's mail sender (weissenfels/portal/mail.py): sent only when the
    transaction commits, so a refused transition sends nothing, and the link is the item's
    public URL, not the request's. Without a sender address the site is not set up for mail
    (Plone's own convention), and nothing is sent: a demo or development site without an
    SMTP server keeps working.
    """
    if event.transition is None or event.transition.id not in NOTIFY_ON:
        return
    if not mail.configured():
        return
    workspace = workspace_of(obj)
    if workspace is None:
        return
    mapping = {
        "title": obj.Title(),
        "workspace": workspace.Title(),
        "actor": fullname_of(api.user.get_current()),
        "url": mail.link(obj),
    }
    send_notice(member_emails(workspace), NOTIFY_ON[event.transition.id], mapping)
    if event.transition.id == "submit" and obj.portal_type == "Gruppenbericht":
        send_notice(group_emails(STEERING_GROUP), STEERING_NOTICE, mapping)


def send_notice(recipients, notice, mapping):
    if not recipients:
        return
    subject, body = notice
    # A message id carries its own mapping; translate() ignores one passed beside it.
    mail.send(
        recipients,
        translate(Message(subject, mapping=mapping), target_language=INTRANET_LANGUAGE),
        translate(Message(body, mapping=mapping), target_language=INTRANET_LANGUAGE),
    )


def group_emails(group_id):
    """The e-mail addresses of a group's members (those who have one)."""
    emails = []
    for user in api.user.get_users(groupname=group_id):
        email = user.getProperty("email")
        if email and email not in emails:
            emails.append(email)
    return emails
