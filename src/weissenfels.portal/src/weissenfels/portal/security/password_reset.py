"""Asking for a password reset tells nobody whether an account exists, and is rate-limited.

Plone's `mail_password` answers an unknown user with "The username you entered could not
be found", plone.restapi's `@users/<id>/reset-password` with 404: both list the accounts to
anyone. Here both answer as if the mail had been sent, for every login (`@@login-help`
already does).

Every way to ask for a mail with a reset link or a user name (`mail_password`, the two
forms of `@@login-help`, REST `@users/<id>/reset-password` without a token) is counted by
one subscriber after traversal, per client and per account (the login as typed, existing or
not: the same for both) in a sliding window (security/ratelimit.py); beyond the limits the
answer is 429, again the same for existing and unknown accounts. The mail itself is still
Plone's (its link is built from the public URL, plone_mails.py).
"""

from AccessControl import Unauthorized
from plone import api
from plone.restapi import _ as restapi_
from plone.restapi.deserializer import json_body
from plone.restapi.services.users.add import UsersPost as BaseUsersPost
from Products.Five import BrowserView
from smtplib import SMTPException
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.security.ratelimit import SlidingWindow
from weissenfels.portal.security.ratelimit import too_many_requests
from weissenfels.portal.security.settings import get_setting
from zope.component import getMultiAdapter
from zope.i18n import translate


REQUESTS = SlidingWindow()  # keys: ("client", address), ("account", login)

TOO_MANY = _(
    "error_too_many_password_resets",
    default="Too many password reset requests. Please wait an hour and try again.",
)


def reset_request_login(request):
    """The login a request asks a reset (or user-name) mail for, or None if it asks none."""
    published = request.get("PUBLISHED")
    name = getattr(published, "__name__", "")
    form = request.form
    if isinstance(published, MailPasswordView):
        login = form.get("userid", "")
    elif name == "login-help" and "form.buttons.reset" in form:
        login = form.get("form.widgets.reset_password", "")
    elif name == "login-help" and "form.buttons.get_username" in form:
        login = form.get("form.widgets.get_username", "")
    elif isinstance(published, BaseUsersPost) and request.get("REQUEST_METHOD") == "POST":
        params = getattr(published, "params", [])
        if len(params) != 2 or params[1] != "reset-password" or _has_body(request):
            return None
        login = params[0]
    else:
        return None
    return login if isinstance(login, str) else ""


def _has_body(request):
    """A reset with token or old password carries a JSON body; a mail request none ({})."""
    try:
        return bool(json_body(request))
    except Exception:
        return True


def limit_reset_requests(event):
    """IPubAfterTraversal: count every reset request; 429 beyond the limits."""
    request = event.request
    login = reset_request_login(request)
    if login is not None and not reset_allowed(request, login):
        raise too_many_requests(translate(TOO_MANY, context=request), get_setting("password_reset_window"))


def reset_allowed(request, login):
    """Count this request; False once the client or the account is over its limit."""
    window = get_setting("password_reset_window")
    per_client = REQUESTS.hit(("client", request.getClientAddr() or "unknown"), window)
    per_account = REQUESTS.hit(("account", (login or "").strip().lower()), window)
    return per_client <= get_setting("password_reset_max_per_client") and per_account <= get_setting(
        "password_reset_max_per_account"
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
        send_reset_mail(self.context, self.request, login)
        return getMultiAdapter((self.context, self.request), name="mail_password_response")()


class UsersPost(BaseUsersPost):
    """plone.restapi's POST @users; its reset-password mail request answers 204 for every
    login (404 for unknown ones before)."""

    def update_password(self, data):
        if data.get("reset_token") and self._get_user_by_login_name(self.params[0]) is None:
            # As for a known user with a wrong token (was 404: "no such user").
            return self._error(403, "Unknown Token", restapi_("The reset_token is unknown/not valid."))
        if list(data) != []:
            return super().update_password(data)  # a reset with token or old password
        login = self.params[0]
        send_reset_mail(self.context, self.request, login)
        self.request.response.setStatus(204)
        return None
