"""Site Setup → "Login blocks": the clients the login throttle blocks now, the accounts it
slows down, and a button to lift a block (a colleague behind the same address, a typo
storm). The state is the throttle's, per Zope process (security/throttle.py)."""

from datetime import datetime
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from weissenfels.portal import _
from weissenfels.portal.formatting import format_datetime
from weissenfels.portal.formatting import page_language
from weissenfels.portal.security import throttle


def _time(timestamp, language):
    return format_datetime(datetime.fromtimestamp(timestamp), language, seconds=True)


class LoginBlocksView(BrowserView):
    """@@login-blocks on the site root ("Plone Site Setup: Security": Manager, Site Administrator)."""

    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)  # a forged request gets 403 and lifts nothing
            client = self.request.form.get("client")
            if isinstance(client, str) and client:
                throttle.lift_block(client)
                api.portal.show_message(
                    _(
                        "msg_login_block_lifted",
                        default="The block of ${client} has been lifted.",
                        mapping={"client": client},
                    ),
                    self.request,
                )
            self.request.response.redirect(f"{self.context.absolute_url()}/@@login-blocks")
            return ""
        return self.index()

    def blocks(self):
        return [
            {"client": client, "until": _time(until, page_language(self.request)), "account": account}
            for client, until, account in throttle.BLOCKED_CLIENTS.current()
        ]

    def slowed(self):
        return [
            {"account": account, "until": _time(until, page_language(self.request)), "delay": delay}
            for account, until, delay in throttle.SLOWED_ACCOUNTS.current()
        ]
