"""Security settings, in the registry (Site Setup → Configuration Registry)."""

from weissenfels.portal import _
from weissenfels.portal import registry
from zope import schema
from zope.interface import Interface


_CSP = (
    "default-src 'self'; script-src 'self'{script_extra}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)
# Public pages (what anonymous visitors get) carry no inline script: scripts only from the portal.
DEFAULT_CSP = _CSP.format(script_extra="")
# Plone's Classic editing UI (TinyMCE, control panels, folder contents) needs inline handlers and
# eval; logged-in users get that, and still no plugins, foreign frames, forms or base URLs.
DEFAULT_CSP_AUTHENTICATED = _CSP.format(script_extra=" 'unsafe-inline' 'unsafe-eval'")


class ISecuritySettings(Interface):
    content_security_policy = schema.Text(
        title=_("label_content_security_policy", default="Content-Security-Policy"),
        description=_(
            "help_content_security_policy",
            default="Sent with every page anonymous visitors get. Public pages use no inline scripts.",
        ),
        default=DEFAULT_CSP,
    )
    content_security_policy_authenticated = schema.Text(
        title=_("label_content_security_policy_authenticated", default="Content-Security-Policy for logged-in users"),
        description=_(
            "help_content_security_policy_authenticated",
            default="Plone's editing screens need inline scripts; this policy allows them for logged-in users only.",
        ),
        default=DEFAULT_CSP_AUTHENTICATED,
    )
    max_failed_logins = schema.Int(
        title=_("label_max_failed_logins", default="Failed logins to one account before a client is blocked"),
        default=5,
        min=1,
    )
    failed_login_window = schema.Int(
        title=_("label_failed_login_window", default="Seconds a failed login counts (and a block lasts)"),
        default=900,
        min=1,
    )
    max_failed_logins_per_client = schema.Int(
        title=_(
            "label_max_failed_logins_per_client", default="Failed logins to any accounts before a client is blocked"
        ),
        default=20,
        min=1,
    )
    account_slowdown_after = schema.Int(
        title=_(
            "label_account_slowdown_after",
            default="Failed logins to one account (from anywhere) after which its logins are answered more slowly",
        ),
        description=_(
            "help_account_slowdown_after", default="An account is never blocked: anyone could lock out its owner."
        ),
        default=10,
        min=1,
    )
    account_max_delay = schema.Int(
        title=_(
            "label_account_max_delay", default="Longest wait (seconds) before a login to a guessed account is answered"
        ),
        default=3,
        min=0,
    )
    status_check_max_failures = schema.Int(
        title=_("label_status_check_max_failures", default="Failed status-code checks before a client must wait"),
        default=10,
        min=1,
    )
    status_check_window = schema.Int(
        title=_("label_status_check_window", default="Seconds a failed status-code check counts"),
        default=600,
        min=1,
    )
    password_reset_max_per_client = schema.Int(
        title=_("label_password_reset_max_per_client", default="Password-reset requests per client in the window"),
        default=5,
        min=1,
    )
    password_reset_max_per_account = schema.Int(
        title=_("label_password_reset_max_per_account", default="Password-reset requests per account in the window"),
        default=3,
        min=1,
    )
    password_reset_window = schema.Int(
        title=_("label_password_reset_window", default="Seconds a password-reset request counts"),
        default=3600,
        min=1,
    )


def get_setting(name):
    return registry.get_setting(ISecuritySettings, name)
