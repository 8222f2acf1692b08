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
        title=_("label_max_failed_logins", default="Failed logins before a client is blocked"),
        default=5,
        min=1,
    )
    failed_login_window = schema.Int(
        title=_("label_failed_login_window", default="Seconds a failed login counts (and a block lasts)"),
        default=900,
        min=1,
    )


def get_setting(name):
    return registry.get_setting(ISecuritySettings, name)
