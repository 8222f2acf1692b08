"""The site's one public URL: every link in a mail and every origin check starts from it.

A request's Host header is chosen by whoever sends the request: a password-reset link built
from it can point to an attacker's host. So links that leave the request (mails) and the
origin of the site (CSRF check, security/csrf.py) come from one registry record,
`weissenfels.portal.public_url`: the URL of the site root as visitors reach it, e.g.
`https://portal.weissenfels.de` behind the proxy, or `http://localhost:8080/weissenfels`.
`make start` sets it from PUBLIC_URL (scripts/create_site.py).
"""

from plone import api
from plone.registry.interfaces import IRegistry
from urllib.parse import urlsplit
from weissenfels.portal import _
from zope import schema
from zope.component import queryUtility
from zope.interface import Interface


class IPublicURL(Interface):
    """Registered with prefix="weissenfels.portal": the record is `weissenfels.portal.public_url`,
    whatever module this interface lives in."""

    public_url = schema.TextLine(
        title=_("label_public_url", default="Public URL of the portal"),
        description=_(
            "help_public_url",
            default="The address of the site root as visitors reach it, e.g. https://portal.weissenfels.de. "
            "Links in mails are built from it, never from the request.",
        ),
        required=False,
    )


RECORD = "weissenfels.portal.public_url"
# Where `make start` serves the site when nothing else is configured.
FALLBACK = "http://localhost:8080/weissenfels"


def public_url():
    """The configured URL of the site root, without a trailing slash."""
    registry = queryUtility(IRegistry)
    value = registry.get(RECORD) if registry is not None else None
    return (value or FALLBACK).strip().rstrip("/")


def public_origin():
    """scheme://host[:port] of the public URL, lower case (as browsers send Origin)."""
    parts = urlsplit(public_url())
    return f"{parts.scheme}://{parts.netloc}".lower()


def url_of(obj, view=""):
    """The public URL of a content object (or the site), optionally of one of its views."""
    site_path = api.portal.get().getPhysicalPath()
    below = obj.getPhysicalPath()[len(site_path) :]
    url = "/".join((public_url(), *below))
    return f"{url}/{view}" if view else url
