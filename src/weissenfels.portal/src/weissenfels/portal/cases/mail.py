"""Mail about a case: the team's inbox, the submitter's receipt, the resident's state and
reply mails (plain text and HTML, cases/mail_html.py), the receiving team of a forwarded case.

Sent by the add-on's one mail sender (weissenfels/portal/mail.py): out only if the case is
committed, queued in the maildir when one is configured, links from the site's public URL.
"""

from plone import api
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal import mail
from weissenfels.portal.cases import mail_html
from weissenfels.portal.cases import status_links
from weissenfels.portal.cases.mail_html import Link
from weissenfels.portal.cases.mail_html import Reference
from weissenfels.portal.cases.mail_html import Text
from weissenfels.portal.cases.states import STATE_MESSAGES
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import LANGUAGES
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


def send_receipt(case, address, language=None):
    """Receipt in the resident's contact language (case.contact_language, which falls back
    to the page language); without the status code (shown only once). Its link leads to the
    status page of that language, at the site's public URL. The form is named as the
    resident read it."""
    language = language or case.contact_language
    address = (address or "").strip()
    if not EMAIL_RE.match(address):
        return
    reference = Reference(case.reference)
    subject = _("mail_receipt_subject", default="Your message ${reference}", mapping={"reference": reference})
    body = _(
        "mail_receipt_body",
        default="Thank you. We have received your message (${form}).\n\n"
        "Your reference number: ${reference}\n\n"
        "With this number and the status code shown after sending you can follow "
        "the progress here:\n${url}\n\n${site}",
        mapping={
            "site": site_name(),
            "form": Text(getattr(case, "resident_form_title", None) or case.form_title),
            "reference": reference,
            "url": Link(status_page(language)),
        },
    )
    send_to_resident(address, language, subject, [body, personal_link_message(case, language)])


def send_to_resident(address, language, subject, messages):
    """One mail to a resident in `language`: plain text and HTML (lang, dir) from the same
    messages (cases/mail_html.py)."""
    subject_text = mail_html.plain(subject, language)
    body = "\n\n".join(mail_html.plain(message, language) for message in messages)
    fragments = [mail_html.html_fragment(message, language) for message in messages]
    mail.send(address, subject_text, body, html=mail_html.document(language, subject_text, fragments))


def status_page(language):
    """<public URL>/<language>/@@vorgang-status: where a resident follows their case."""
    return mail.link(api.portal.get(), f"{language}/@@vorgang-status")


def personal_link(case, language):
    """A fresh one-time link to the case's status (cases/status_links.py): no code in it."""
    return f"{status_page(language)}?{status_links.PARAMETER}={status_links.new_token(case)}"


def personal_link_message(case, language):
    return _(
        "mail_personal_link",
        default="Your personal link opens the status once, without the code "
        "(afterwards the page asks for the status code):\n${url}",
        mapping={"url": Link(personal_link(case, language))},
    )


# --- Mails to the resident who said "you may contact me by e-mail" ------------------------


def contact_language(case):
    """The language the resident wants to be contacted in: the one place that decides it
    (the case's stored contact language once the forms ask for it, else the submission's)."""
    language = getattr(case, "contact_language", None) or getattr(case, "submission_language", None)
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def resident_address(case):
    """The address of a resident who ticked "may contact me by e-mail"; None otherwise."""
    address = (getattr(case, "contact_email", None) or "").strip()
    return address if EMAIL_RE.match(address) else None


def _resident_mail(case, subject_msg, body_msg):
    """The state and reply mails: to the resident who may be contacted, in their contact
    language, the body followed by a fresh personal link and the signature."""
    address = resident_address(case)
    if address is None:
        return
    language = contact_language(case)
    send_to_resident(address, language, subject_msg, [body_msg, personal_link_message(case, language), signature()])


def notify_resident_state(case, state):
    """The case's state changed (in progress, done, rejected): reference, state, status link."""
    if state not in STATE_MESSAGES or resident_address(case) is None:
        return
    language = contact_language(case)
    mapping = {
        "reference": Reference(case.reference),
        "state": translate(STATE_MESSAGES[state], target_language=language),
        "url": Link(status_page(language)),
    }
    _resident_mail(
        case,
        _("mail_resident_state_subject", default="Your message ${reference}: ${state}", mapping=mapping),
        _(
            "mail_resident_state_body",
            default="The state of your message ${reference} is now: ${state}.\n\n"
            "You can see the state and our replies on the status page:\n${url}",
            mapping=mapping,
        ),
    )


def notify_resident_reply(case, reply):
    """A public reply was published: its text (never an internal note) and the status link."""
    if resident_address(case) is None:
        return
    language = contact_language(case)
    mapping = {"reference": Reference(case.reference), "reply": Text(reply), "url": Link(status_page(language))}
    _resident_mail(
        case,
        _("mail_resident_reply_subject", default="Reply to your message ${reference}", mapping=mapping),
        _(
            "mail_resident_reply_body",
            default="We have replied to your message ${reference}:\n\n${reply}\n\n"
            "You can also read the reply on the status page:\n${url}",
            mapping=mapping,
        ),
    )


def site_name():
    """The portal's name as the town named it (Site Setup), signing the residents' mails."""
    return api.portal.get_registry_record("plone.site_title", default="") or api.portal.get().Title()


def signature():
    return _(
        "mail_resident_footer",
        default="You receive this mail because you agreed to be contacted by e-mail. ${site}",
        mapping={"site": site_name()},
    )


def notify_forwarded(case, folder, source_title):
    """The receiving team hears of a forwarded case: reference and link only, like a new case."""
    inbox = getattr(folder, "inbox_email", None)
    if not inbox:
        return
    mapping = {"unit": folder.Title(), "source": source_title, "reference": case.reference, "url": mail.link(case)}
    subject = translate(
        _("mail_forwarded_subject", default="Case ${reference} forwarded to ${unit}", mapping=mapping),
        target_language=DEFAULT_LANGUAGE,
    )
    body = translate(
        _(
            "mail_forwarded_body",
            default="The unit ${source} has forwarded the case ${reference} to ${unit}.\n"
            "Open it here (login required):\n${url}\n\n"
            "This message deliberately contains no data from the form.",
            mapping=mapping,
        ),
        target_language=DEFAULT_LANGUAGE,
    )
    mail.send(inbox, subject, body)
