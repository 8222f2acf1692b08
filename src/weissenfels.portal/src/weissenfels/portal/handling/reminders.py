"""Nobody waits unseen: cases without any reaction after N working days.

"Reaction" is what the figures call the first response (journal.first_response): a public
reply or a state change other than forwarding. N is set per unit on its case folder
(`reminder_working_days`, default 5 working days, Monday to Friday). Such cases are listed
at the top of the inbox; `scripts/reminders.py` (run daily from cron, like the retention
run) mails each unit's team lead once per case: references and links, no personal data.
"""

from datetime import datetime
from datetime import timedelta
from plone import api
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal import mail
from weissenfels.portal.cases.folders import case_folder
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.units import registry as units
from zope.i18n import translate
from zope.i18nmessageid import Message


DEFAULT_WORKING_DAYS = 5


def working_days(folder):
    """The unit's setting: reminded after this many working days without reaction."""
    value = getattr(folder, "reminder_working_days", None)
    return value if isinstance(value, int) and value > 0 else DEFAULT_WORKING_DAYS


def working_days_before(now, days):
    """The moment `days` working days (Monday to Friday) before now."""
    moment = now
    while days > 0:
        moment -= timedelta(days=1)
        if moment.weekday() < 5:
            days -= 1
    return moment


def waiting(search, unit_key, days, now=None):
    """Brains of the unit's cases received before the limit and without any reaction.
    `search`: the catalog (as the user: the inbox) or its unrestrictedSearchResults (the run)."""
    limit = working_days_before(now or datetime.now(), days)
    brains = search(
        portal_type="Vorgang",
        case_unit=unit_key,
        review_state="eingegangen",
        case_submitted={"query": limit, "range": "max"},
        sort_on="case_submitted",
    )
    return [brain for brain in brains if not brain.case_first_response]


def lead_emails(unit):
    emails = []
    for user in api.user.get_users(groupname=unit.lead_group):
        email = user.getProperty("email")
        if email and email not in emails:
            emails.append(email)
    return emails


def run_reminders(now=None):
    """Mail each unit's team lead about its waiting cases not reminded yet; returns the references."""
    catalog = api.portal.get_tool("portal_catalog")
    done = []
    for unit in units.active_units():
        folder = case_folder(unit.key)
        if folder is None:
            continue
        days = working_days(folder)
        cases = [
            brain._unrestrictedGetObject() for brain in waiting(catalog.unrestrictedSearchResults, unit.key, days, now)
        ]
        cases = [case for case in cases if not getattr(case, "reminder_sent", None)]
        recipients = lead_emails(unit)
        if not cases or not recipients:
            continue
        send_reminder(recipients, unit, days, cases)
        for case in cases:
            case.reminder_sent = now or datetime.now()
            done.append(case.reference)
    logger.info("Reminders: %d cases without reaction reported to team leads", len(done))
    return done


def send_reminder(recipients, unit, days, cases):
    lines = "\n".join(f"- {case.reference}: {mail.link(case)}" for case in cases)
    mapping = {"unit": unit.title, "days": days, "count": len(cases), "cases": lines}
    subject = _("mail_reminder_subject", default="${count} cases of ${unit} without reaction")
    body = _(
        "mail_reminder_body",
        default="These cases of ${unit} have had no reply and no change of state for ${days} "
        "working days or more:\n\n${cases}\n\n"
        "This message deliberately contains no data from the forms. You get it once per case.",
    )
    mail.send(
        recipients,
        translate(Message(subject, mapping=mapping), target_language=DEFAULT_LANGUAGE),
        translate(Message(body, mapping=mapping), target_language=DEFAULT_LANGUAGE),
    )
