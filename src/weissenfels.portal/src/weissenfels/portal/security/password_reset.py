"""Asking for a password reset tells nobody whether an account exists, and is rate-limited.

Plone's `mail_password` answers an unknown user with "The username you entered could not
be found", plone.restapi's `@users/<id>/reset-password` with 404: both list the accounts to
anyone. Here both answer as if the mail had been sent, for every login, and count requests
per client and per account (the login as typed, existing or not: the same for both) in a
sliding window (security/ratelimit.py); beyond the limits they answer 429, again the same
for existing and unknown accounts. The mail itself is still Plone's (its link is built
elsewhere, from the public URL).
"""

from AccessControl import Unauthorized
from plone import api
from plone.restapi.services.users.add import UsersPost as BaseUsersPost
from Products.Five import BrowserView
from Products.statusmessages.interfaces import IStatusMessage
from smtplib import SMTPException
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.security.ratelimit import SlidingWindow
from weissenfels.portal.security.settings import get_setting
from zope.component import getMultiAdapter
from zope.i18n import translate


REQUESTS = SlidingWindow()  # keys: ("client", address), ("account", login)

TOO_MANY = _(
    "error_too_many_password_resets",
    default="Too many password reset requests. Please wait an hour and try again.",
)


def reset_allowed(request, login):
    """Count this request; False once the client or the account is over its limit."""
    window = get_setting("password_reset_window")
    per_client = REQUESTS.hit(("client", request.getClientAddr() or "unknown"), window)
    per_account = REQUESTS.hit(("account", (login or "").strip().lower()), window)
    return (
        per_client <= get_setting("password_reset_max_per_client")
        and per_account <= get_setting("password_reset_max_per_account")
    )


def send_reset_mail(context, request, login):
    """Plone's reset mail if the account exists and may reset its password; nothing
    otherwise, and nothing that tells the difference."""
    portal = api.portal.get()
    if not api.user.has_permission("Mail forgotten password", obj=portal):
        raise Unauthorized("Mailing forgotten passwords has been disabled.")
    try:
        api.portal.get_tool("portal_registration").mailPassword(login, request)
    except (ValueError, Unauthorized, SMTPException) as exc:
        logger.info("No password reset mail for %r: %s", login, exc)


class MailPasswordView(BrowserView):
    """`mail_password` (the form `mail_password_form` posts here): always "mail sent"."""

    def __call__(self):
        login = self.request.form.get("userid", "")
        login = login if isinstance(login, str) else ""
        if not reset_allowed(self.request, login):
            self.request.response.setStatus(429)
            self.request.response.setHeader("Retry-After", str(get_setting("password_reset_window")))
            IStatusMessage(self.request).add(TOO_MANY, type="error")
            return getMultiAdapter((self.context, self.request), name="mail_password_form")()
        send_reset_mail(self.context, self.request, login)
        return getMultiAdapter((self.context, self.request), name="mail_password_response")()


class UsersPost(BaseUsersPost):
    """plone.restapi's POST @users; its reset-password mail request answers 204 for every
    login (404 for unknown ones before) and is rate-limited like the form."""

    def update_password(self, data):
        if list(data) != []:
            return super().update_password(data)  # a reset with token or old password
        login = self.params[0]
        if not reset_allowed(self.request, login):
            self.request.response.setStatus(429)
            self.request.response.setHeader("Retry-After", str(get_setting("password_reset_window")))
            return {"error": {"type": "TooManyRequests", "message": translate(TOO_MANY, context=self.request)}}
        send_reset_mail(self.context, self.request, login)
        self.request.response.setStatus(204)
        return None
