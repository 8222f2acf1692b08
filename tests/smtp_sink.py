"""A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives, for the mail tests."""

from aiosmtpd.controller import Controller
from contextlib import contextmanager
from email import message_from_bytes
from processes import free_port

import time


class Sink:
    """The handler: every message as (recipients, email.message.Message)."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"

    def mails_to(self, address, count=1, seconds=60, where=None):
        """The messages to address (only those `where` accepts: tests on a shared site mail the
        same addresses), waiting up to seconds until there are count of them."""

        def found():
            return [m for recipients, m in self.messages if address in recipients and (where is None or where(m))]

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and len(found()) < count:
            time.sleep(0.2)
        return found()


def start_sink(port=None):
    """Start a sink; returns (sink, controller). Stop it with controller.stop()."""
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port or free_port())
    controller.start()
    return sink, controller


def queue_mail_to(port, tmp_path):
    """The site's MailHost as in the instance: queued in a maildir, delivered by its thread to
    127.0.0.1:<port>. Plone builds the SMTP mailer from the mail control panel (registry), not
    from the MailHost's own host/port (Products.CMFPlone.patches.sendmail). Returns the
    maildir; stop_queue() ends the delivery thread. Call inside a test layer with the site set."""
    from mailbox import Maildir
    from plone import api

    import transaction

    queue = str(tmp_path / "mailqueue")
    Maildir(queue, create=True)
    api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
    api.portal.set_registry_record("plone.smtp_port", port)
    api.portal.set_registry_record("plone.email_from_address", "portal@weissenfels.example")
    mailhost = api.portal.get_tool("MailHost")
    mailhost.smtp_queue, mailhost.smtp_queue_directory = True, queue
    transaction.commit()
    return queue


def stop_queue():
    from plone import api

    api.portal.get_tool("MailHost")._stopQueueProcessorThread()


@contextmanager
def site_mail_sink(tmp_path):
    """A real SMTP sink receiving what the site's queued MailHost delivers; yields the Sink."""
    port = free_port()
    queue_mail_to(port, tmp_path)
    sink, controller = start_sink(port)
    try:
        yield sink
    finally:
        controller.stop()
        stop_queue()


def part(message, subtype):
    """The decoded text of a received mail's text/<subtype> part (the message itself when it
    is not multipart and of that type); None if it has none."""
    for piece in message.walk():
        if piece.get_content_type() == f"text/{subtype}":
            return piece.get_payload(decode=True).decode(piece.get_content_charset() or "utf-8")
    return None


def plain_text(message):
    return part(message, "plain")


def html_text(message):
    return part(message, "html")
