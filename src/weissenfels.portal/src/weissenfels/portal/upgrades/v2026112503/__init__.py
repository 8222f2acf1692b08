"""2026112503: the Steuerung accepts Gruppenberichte; mail queued per Zope process; a day index.

The intranet workflow's "accept" guard now admits the Steuerung (re-imported from the
profile); the MailHost no longer stores a queue directory, each process uses its own
(cases/mailqueue.py); the inbox's date filters use the new index case_submitted_day.
"""

from plone import api
from weissenfels.portal.cases.mailqueue import configure_mail_queue


def mail_queue_per_process(context):
    configure_mail_queue(api.portal.get_tool("MailHost"))


def index_submission_days(context):
    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(ids=["case_submitted_day"])
