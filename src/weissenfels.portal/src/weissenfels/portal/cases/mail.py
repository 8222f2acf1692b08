"""Mail about a new case: the team's inbox and the submitter's receipt.

MailHost.send(immediate=False) hands the message to a transaction-aware delivery: it goes
out only if the case is committed. With the queue configured (setuphandlers/cases.py) the
message lands in a maildir and a thread delivers it, retrying while SMTP is down.
"""

from email.mime.text import MIMEText
from email.utils import formataddr
from plone import api
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from zope.i18n import translate

import re
import transaction


EMAIL_RE = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")
DEFAULT_SENDER = "noreply@weissenfels.example"


def _sender():
    address = api.portal.get_registry_record("plone.email_from_address", default=None) or DEFAULT_SENDER
    name = api.portal.get_registry_record("plone.email_from_name", default=None) or ""
    return formataddr((name, address)) if name else address


def _send(to, subject, body):
    message = MIMEText(body, "plain", "utf-8")
    mailhost = api.portal.get_tool("MailHost")
    if mailhost.smtp_queue:
        # Written to the maildir queue when the transaction commits; delivered (and retried
        # while SMTP is down) by the MailHost's queue thread.
        mailhost.send(message, mto=to, mfrom=_sender(), subject=subject, charset="utf-8", immediate=False)
        return
    # No queue configured: MailHost's direct delivery would send inside the commit, and
    # an unreachable SMTP server would turn the resident's submission into an error page.
    # Send after the commit instead; a failure is logged, the case is stored either way.
    def send_after_commit(committed):
        if not committed:
            return
        try:
            mailhost.send(message, mto=to, mfrom=_sender(), subject=subject, charset="utf-8", immediate=True)
        except Exception:
            logger.exception("Mail to %s not sent (no mail queue configured)", to)

    transaction.get().addAfterCommitHook(send_after_commit)


def notify_team(case, folder):
    """Reference and link only: personal data stays in the portal, behind the login."""
    inbox = getattr(folder, "inbox_email", None)
    if not inbox:
        logger.info("Case folder %s has no inbox address; no team mail for %s", folder.getId(), case.reference)
        return
    subject = translate(
        _("mail_team_subject", default="New case ${reference}", mapping={"reference": case.reference}),
        target_language=DEFAULT_LANGUAGE,
    )
    body = translate(
        _(
            "mail_team_body",
            default="A new case has arrived for ${unit}.\n\nReference: ${reference}\nForm: ${form}\n"
            "Open it here (login required):\n${url}\n\n"
            "This message deliberately contains no data from the form.",
            mapping={
                "unit": folder.Title(),
                "reference": case.reference,
                "form": case.form_title,
                "url": case.absolute_url(),
            },
        ),
        target_language=DEFAULT_LANGUAGE,
    )
    _send(inbox, subject, body)


def send_receipt(case, address, language, status_url):
    """Receipt in the submitter's language; without the status code (shown only once)."""
    address = (address or "").strip()
    if not EMAIL_RE.match(address):
        return
    subject = translate(
        _("mail_receipt_subject", default="Your message ${reference}", mapping={"reference": case.reference}),
        target_language=language,
    )
    body = translate(
        _(
            "mail_receipt_body",
            default="Thank you. We have received your message (${form}).\n\n"
            "Your reference number: ${reference}\n\n"
            "With this number and the status code shown after sending you can follow "
            "the progress here:\n${url}\n\nDer Weißenfelser Weg",
            mapping={"form": case.form_title, "reference": case.reference, "url": status_url},
        ),
        target_language=language,
    )
    _send(address, subject, body)
