"""Overdue follow-ups (Wiedervorlage): measures of inspections whose follow-up date has passed
and that are not done. Listed in the inbox of the teams that keep the register (a catalog
query as the user: index inspection_follow_up_day, the earliest open follow-up of an
inspection); `scripts/reminders.py` (daily, beside the case reminders of
handling/reminders.py) mails them once to the team lead of every unit with the register.
"""

from datetime import date
from plone import api
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal import mail
from weissenfels.portal.handling.reminders import lead_emails
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.register.indexers import day
from weissenfels.portal.register.indexers import open_follow_ups
from weissenfels.portal.register.structure import KEEPER_CAPABILITY
from weissenfels.portal.units.registry import units_with
from zope.i18n import translate
from zope.i18nmessageid import Message


def overdue(search, today=None):
    """Brains of the inspections with a follow-up before today, earliest first.
    `search`: the catalog as the user (the inbox) or its unrestrictedSearchResults (the run)."""
    before = day(today or date.today()) - 1
    return search(
        portal_type="Begehung",
        inspection_follow_up_day={"query": before, "range": "max"},
        sort_on="inspection_follow_up_day",
    )


def overdue_measures(inspection, today=None):
    today = today or date.today()
    return [m for m in open_follow_ups(inspection) if m["follow_up"] < today]


def measure_key(measure):
    return f"{measure.get('what') or ''}|{measure['follow_up'].isoformat()}"


def run_followup_reminders(today=None):
    """Mail the register's team leads the overdue measures not reported yet; returns the
    paths of the inspections reported."""
    today = today or date.today()
    recipients = []
    for unit in units_with(KEEPER_CAPABILITY):
        recipients += [email for email in lead_emails(unit) if email not in recipients]
    catalog = api.portal.get_tool("portal_catalog")
    due = []
    for brain in overdue(catalog.unrestrictedSearchResults, today):
        inspection = brain._unrestrictedGetObject()
        reminded = set(getattr(inspection, "follow_ups_reminded", ()) or ())
        fresh = [m for m in overdue_measures(inspection, today) if measure_key(m) not in reminded]
        if fresh:
            due.append((inspection, fresh))
    if not due or not recipients:
        return []
    send_followup_reminder(recipients, due)
    for inspection, measures in due:
        inspection.follow_ups_reminded = tuple(getattr(inspection, "follow_ups_reminded", ()) or ()) + tuple(
            measure_key(m) for m in measures
        )
    logger.info("Follow-ups: %d inspections with overdue measures reported", len(due))
    return ["/".join(inspection.getPhysicalPath()) for inspection, _measures in due]


def send_followup_reminder(recipients, due):
    lines = []
    for inspection, measures in due:
        building = inspection.__parent__
        for measure in measures:
            lines.append(f"- {building.Title()}, {measure['follow_up']:%d.%m.%Y}: {mail.link(inspection)}")
    mapping = {"count": len(lines), "items": "\n".join(lines)}
    subject = _("mail_followup_subject", default="${count} overdue follow-ups in the building register")
    body = _(
        "mail_followup_body",
        default="The follow-up date of these measures has passed and they are not marked done:\n\n"
        "${items}\n\nYou get this message once per measure.",
    )
    mail.send(
        recipients,
        translate(Message(subject, mapping=mapping), target_language=DEFAULT_LANGUAGE),
        translate(Message(body, mapping=mapping), target_language=DEFAULT_LANGUAGE),
    )
