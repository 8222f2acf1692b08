"""Tunable limits of the public forms (registry: profiles/default/registry/...ICaseSettings.xml)."""

from weissenfels.portal import _
from weissenfels.portal import registry
from zope import schema
from zope.interface import Interface


class ICaseSettings(Interface):
    min_fill_seconds = schema.Int(
        title=_("label_min_fill_seconds", default="Minimum time to fill in a form (seconds)"),
        description=_("help_min_fill_seconds", default="Faster submissions are treated as automated."),
        default=4,
        min=0,
    )
    rate_limit_count = schema.Int(
        title=_("label_rate_limit_count", default="Submissions per client and time window"),
        default=5,
        min=1,
    )
    rate_limit_window_seconds = schema.Int(
        title=_("label_rate_limit_window", default="Time window of the rate limit (seconds)"),
        default=600,
        min=1,
    )
    max_upload_mb = schema.Int(
        title=_("label_max_upload_mb", default="Largest upload (MB)"),
        default=10,
        min=1,
    )


def setting(name):
    return registry.get_setting(ICaseSettings, name)
