"""Retention (DSGVO): closed and rejected cases lose their personal data after a period.

What goes: the submitted values, the attachments, notes and replies (their texts), the
address key. What stays: reference, form, unit, state, dates and the workflow history's
times: the controlling figures need them and they say nothing about a person.
Run by scripts/retention.py from cron; a handler can do it for one case on request
(@@case-erase-personal-data), which the case's journal records.
"""

from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.registry.browser.controlpanel import ControlPanelFormWrapper
from plone.app.registry.browser.controlpanel import RegistryEditForm
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal import registry
from weissenfels.portal.cases.thumbnails import drop_thumbnails
from weissenfels.portal.handling import journal
from zope import schema
from zope.annotation.interfaces import IAnnotations
from zope.interface import Interface

import transaction


CLOSED_STATES = ("erledigt", "abgelehnt")


class IRetentionSettings(Interface):
    retention_days = schema.Int(
        title=_("label_retention_days", default="Keep personal data of closed cases for (days)"),
        description=_(
            "help_retention_days",
            default="Closed and rejected cases are anonymised this many days after they were closed "
            "(the retention script, run daily from cron). Counts for the figures are kept.",
        ),
        default=180,
        min=1,
    )


def retention_days():
    return registry.get_setting(IRetentionSettings, "retention_days")


def anonymise(case, kind=journal.ANONYMISED, reason=""):
    """Remove the personal data of one case; the journal notes who, when and why."""
    # The ticked options (tokens from the form's fixed lists, no one's own words) stay for the
    # figures, like the dates; every value a person typed or read goes.
    case.submitted_values = [
        {
            "id": row.get("id"),
            "label": row.get("label"),
            "value": "",
            **{key: row[key] for key in ("tokens", "option_titles", "resident_label", "only_in") if key in row},
            **({"resident_value": ""} if "resident_value" in row else {}),
        }
        for row in case.submitted_values or ()
    ]
    case.attachments = []
    # The address of a resident who agreed to mail (cases/mail.py) and their open status link.
    case.contact_email = None
    case.status_link_hash = None
    drop_thumbnails(case)
    case.public_reply = ""
    case.internal_note = ""
    journal_entries = IAnnotations(case).get(journal.JOURNAL_KEY)
    for entry in journal_entries or ():
        entry["text"] = ""
        if "texts" in entry:  # a template reply's texts per language (handling/replies.py)
            entry["texts"] = {}
            entry["note"] = ""
    if journal_entries is not None:
        journal_entries._p_changed = True
    # History comments may quote the resident; times and states stay for the figures.
    for history in case.workflow_history.values():
        for item in history:
            if item.get("comments"):
                item["comments"] = ""
    case.workflow_history._p_changed = True
    case.anonymised = datetime.now()
    journal.add_entry(case, kind, reason)
    case.reindexObject()


def due_cases(now=None, days=None):
    """Brains of closed cases whose retention period is over and that still hold personal data."""
    now = now or datetime.now()
    days = days if days is not None else retention_days()
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.unrestrictedSearchResults(
        portal_type="Vorgang",
        review_state=list(CLOSED_STATES),
        case_closed={"query": now - timedelta(days=days), "range": "max"},
        case_anonymised=False,
    )


def run_retention(now=None, batch_size=200):
    """Anonymise every due case, committing in batches; returns the references done."""
    done = []
    with api.env.adopt_roles(["Manager"]):
        for brain in list(due_cases(now)):
            case = brain._unrestrictedGetObject()
            anonymise(case, reason="retention")
            done.append(case.reference)
            if len(done) % batch_size == 0:
                transaction.commit()
    logger.info("Retention: anonymised %d cases", len(done))
    return done


class RetentionSettingsForm(RegistryEditForm):
    schema = IRetentionSettings
    schema_prefix = None
    label = _("label_retention_controlpanel", default="Case retention (GDPR)")


class RetentionSettingsView(ControlPanelFormWrapper):
    form = RetentionSettingsForm
