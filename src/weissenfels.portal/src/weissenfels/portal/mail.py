"""The add-on's one way to send mail: queued after the commit, Plone's mail settings, public links.

Every mail of the portal (the team's case mail, the resident's receipt, the intranet
notifications) goes through `send()`:

- it leaves only if the request's transaction commits: a refused or failed request sends
  nothing. With the maildir queue (cases/mailqueue.py) MailHost writes the message there at
  the commit and a thread delivers it, retrying while SMTP is down; without a queue the
  message is sent after the commit, and an unreachable SMTP server is logged instead of
  turning the request into an error page;
- sender and SMTP server are Plone's own mail settings (the control panel's registry
  records; Products.CMFPlone builds the SMTP mailer from them);
- links are built with `link()` from the site's one configured public URL (public_url.py),
  never from the request: its Host header is chosen by whoever sends it.
"""

from email import policy
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from plone import api
from weissenfels.portal import logger
from weissenfels.portal.public_url import url_of

import transaction


DEFAULT_SENDER = "noreply@weissenfels.example"
# SMTP lines end in CRLF. MailHost serialises a message with the message's own policy, and
# smtplib does not fix the line ends of bytes: with Python's default "\n" a message longer
# than 1000 bytes (a Ukrainian or Bulgarian receipt, quoted-printable) reaches the SMTP
# server as one line, which strict servers refuse ("Line too long") and the queue discards.
SMTP_POLICY = policy.compat32.clone(linesep="\r\n")


def configured():
    """Plone's convention: a site without a sender address is not set up for mail."""
    return bool(api.portal.get_registry_record("plone.email_from_address", default=None))


def sender():
    """The sender as "Name <address>" from the mail control panel (a fallback address if it is empty)."""
    address = api.portal.get_registry_record("plone.email_from_address", default=None) or DEFAULT_SENDER
    name = api.portal.get_registry_record("plone.email_from_name", default=None) or ""
    return formataddr((name, address)) if name else address


def link(obj, view=""):
    """The public URL of obj (or of one of its views) for a mail, whatever the request's Host."""
    return url_of(obj, view)


def compose(body, html=None):
    """The message: plain text, or with `html` multipart/alternative (plain first, as mail
    programs show the last part they can display)."""
    text = MIMEText(body, "plain", "utf-8", policy=SMTP_POLICY)
    if html is None:
        return text
    message = MIMEMultipart("alternative", policy=SMTP_POLICY)
    message.attach(text)
    message.attach(MIMEText(html, "html", "utf-8", policy=SMTP_POLICY))
    return message


def send(to, subject, body, html=None):
    """Queue a mail to one address or a list of addresses, plain text (and an HTML
    alternative when given); sent after the commit."""
    message = compose(body, html)
    mailhost = api.portal.get_tool("MailHost")
    options = dict(mto=to, mfrom=sender(), subject=subject, charset="utf-8")
    if mailhost.smtp_queue:
        # Written to the maildir queue when the transaction commits; delivered (and retried
        # while SMTP is down) by the MailHost's queue thread.
        mailhost.send(message, immediate=False, **options)
        return

    # No queue configured: MailHost's direct delivery would send inside the commit, and an
    # unreachable SMTP server would turn the request (a resident's submission, a workflow
    # transition) into an error page. Send after the commit; a failure is logged.
    def send_after_commit(committed):
        if not committed:
            return
        try:
            mailhost.send(message, immediate=True, **options)
        except Exception:
            logger.exception("Mail to %s not sent (no mail queue configured)", to)

    transaction.get().addAfterCommitHook(send_after_commit)
