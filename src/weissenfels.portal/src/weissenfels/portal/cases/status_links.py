"""Personal status links in the resident's mails: open the status page once, then ask for the code.

A link in a mail ends up in the logs of every server and proxy it passes (and in the
browser's history). So the link does not carry the status code: it carries a random token
that opens the status once, within STATUS_LINK_DAYS; the case stores only the token's hash
and the time it was made. Opened once, the token is gone and the page asks for the code,
so a logged link is worth nothing. Each new mail to the resident brings a fresh link, which
replaces the previous one. The token is 144 random bits: there is nothing to guess, and the
reference in front of it only finds the case.
"""

from datetime import datetime
from datetime import timedelta
from plone import api
from plone.protect.utils import safeWrite

import hashlib
import hmac
import secrets


STATUS_LINK_DAYS = 30
PARAMETER = "t"


def _hash(secret):
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_token(case, now=None):
    """A fresh token for the case (the previous one stops working): "<reference>.<secret>"."""
    secret = secrets.token_urlsafe(18)
    case.status_link_hash = _hash(secret)
    case.status_link_created = now or datetime.now()
    return f"{case.reference}.{secret}"


def redeem(token, request=None, now=None):
    """The case the token opens, once; None for an unknown, used or expired token."""
    reference, _dot, secret = (token or "").strip().partition(".")
    if not reference or not secret:
        return None
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="Vorgang", case_reference=reference.upper()):
        case = brain._unrestrictedGetObject()
        stored = getattr(case, "status_link_hash", None)
        if not stored or not hmac.compare_digest(_hash(secret), stored):
            continue
        created = getattr(case, "status_link_created", None) or datetime.min
        case.status_link_hash = None  # used (or expired): gone either way
        if request is not None:
            # Written on a GET by an anonymous visitor, on purpose: the link works once.
            safeWrite(case, request)
        if (now or datetime.now()) - created > timedelta(days=STATUS_LINK_DAYS):
            return None
        return case
    return None
