"""2026112503: the Steuerung accepts Gruppenberichte; mail queued per Zope process.

The intranet workflow's "accept" guard now admits the Steuerung (re-imported from the
profile); the MailHost no longer stores a queue directory, each process uses its own
(cases/mailqueue.py).
"""

from plone import api
from weissenfels.portal.cases.mailqueue import configure_mail_queue


def mail_queue_per_process(context):
    configure_mail_queue(api.portal.get_tool("MailHost"))
