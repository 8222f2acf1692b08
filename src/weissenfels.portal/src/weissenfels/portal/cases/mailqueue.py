"""The mail queue of this Zope process: a maildir from zope.conf, never from the database.

Products.MailHost keeps the queue directory as an attribute of the persistent MailHost. With
several processes on one database (RelStorage, profiles/relstorage) that would make every
process queue into the directory of whichever instance wrote it last, a path that need not
exist on another machine. So the directory comes from each process's own zope.conf
(product-config weissenfels.portal, mail-queue): set on the MailHost class when the process
starts, while the persistent MailHost only says "use the queue" (setuphandlers/cases.py).
"""

from App.config import getConfiguration
from Products.MailHost.MailHost import MailHost
from weissenfels.portal import logger

import os


def configured_queue():
    """The maildir of this process (created if missing), or None without instance configuration."""
    product_config = getattr(getConfiguration(), "product_config", None) or {}
    queue = product_config.get("weissenfels.portal", {}).get("mail-queue")
    if not queue:
        return None
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(queue, sub), exist_ok=True)
    return queue


def use_this_process_queue(event):
    """IProcessStarting: every MailHost without a directory of its own queues into ours."""
    queue = configured_queue()
    if queue:
        MailHost.smtp_queue_directory = queue
        logger.info("Outgoing mail is queued in %s", queue)


def configure_mail_queue(mailhost):
    """Queue the site's mail in the process's maildir: a thread delivers it and retries while
    the SMTP server is down (Products.MailHost with zope.sendmail's maildir queue)."""
    queue = configured_queue()
    if not queue:
        return  # no instance configuration (test layers): tests configure their own queue
    MailHost.smtp_queue_directory = queue  # this process's, as use_this_process_queue sets it
    mailhost.smtp_queue = True
    # A directory stored on the MailHost (earlier versions did) would override the process's.
    if "smtp_queue_directory" in mailhost.__dict__:
        del mailhost.smtp_queue_directory
