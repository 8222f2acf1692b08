"""Mail about a new case: the team's inbox and the submitter's receipt.

Sent by the add-on's one mail sender (weissenfels/portal/mail.py): out only if the case is
committed, queued in the maildir when one is configured, links from the site's public URL.
"""

from plone import api
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal import mail
from weissenfels.portal.multilingual.direction import RTL_LANGUAGES
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from zope.i18n import translate

import re


EMAIL_RE = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


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
                "url": mail.link(case),
            },
        ),
        target_language=DEFAULT_LANGUAGE,
    )
    mail.send(inbox, subject, body)


def send_receipt(case, address, language):
    """Receipt in the submitter's language; without the status code (shown only once).
    Its link leads to the status page of that language, at the site's public URL."""
    address = (address or "").strip()
    if not EMAIL_RE.match(address):
        return
    reference = ltr(case.reference, language)  # the link is a line of its own: LTR anyway
    subject = translate(
        _("mail_receipt_subject", default="Your message ${reference}", mapping={"reference": reference}),
        target_language=language,
    )
    body = translate(
        _(
            "mail_receipt_body",
            default="Thank you. We have received your message (${form}).\n\n"
            "Your reference number: ${reference}\n\n"
            "With this number and the status code shown after sending you can follow "
            "the progress here:\n${url}\n\nDer Weißenfelser Weg",
            mapping={
                "form": case.form_title,
                "reference": reference,
                "url": status_page(language),
            },
        ),
        target_language=language,
    )
    mail.send(address, subject, body)


def ltr(text, language):
    """Reference numbers stay left to right in a right-to-left mail: wrapped in
    Unicode's left-to-right isolate (LRI … PDI), what <bdi dir="ltr"> is in HTML."""
    return f"\u2066{text}\u2069" if language in RTL_LANGUAGES else text


def status_page(language):
    """<public URL>/<language>/@@vorgang-status: where a resident follows their case."""
    return mail.link(api.portal.get(), f"{language}/@@vorgang-status")
