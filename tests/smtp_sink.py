"""A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives, for the mail tests."""

from aiosmtpd.controller import Controller
from email import message_from_bytes
from processes import free_port


class Sink:
    """The handler: every message as (recipients, email.message.Message)."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


def start_sink(port=None):
    """Start a sink; returns (sink, controller). Stop it with controller.stop()."""
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port or free_port())
    controller.start()
    return sink, controller
