"""Planned inspections as an iCal feed for calendar apps, which cannot log in: a personal,
revocable token in the URL (`/@@begehungen.ics?token=...`).

A user who may use the register makes or revokes their token on `@@kalender-token`
(/gebaeuderegister, POST with Plone's token). Only a SHA-256 hash of the token is stored
(annotation on the register: hash → user id); the token is shown once, when it is made. A new
token replaces the old one. The feed answers 404 for an unknown or revoked token and for a
user who may no longer use the register (left the team), so a leaked URL is closed by revoking
it or by the user leaving. A leaked URL shows no more than address and time: each event is
"Begehung", the building's address as location, start and end, nothing about agencies,
findings, people or cases.
"""

from datetime import datetime
from datetime import timedelta
from persistent.mapping import PersistentMapping
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.public_url import public_url
from weissenfels.portal.register.structure import register_folder
from zExceptions import BadRequest
from zExceptions import NotFound
from zope.annotation.interfaces import IAnnotations

import hashlib
import logging
import secrets


logger = logging.getLogger("weissenfels.portal.register")
TOKENS_KEY = "weissenfels.portal.register.calendar_tokens"
USE_REGISTER = "weissenfels.portal: Use building register"
DURATION = timedelta(hours=2)


def _hash(token):
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _tokens(register, create=False):
    annotations = IAnnotations(register)
    tokens = annotations.get(TOKENS_KEY)
    if tokens is None and create:
        tokens = annotations[TOKENS_KEY] = PersistentMapping()
    return tokens if tokens is not None else {}


def has_token(user_id, register=None):
    register = register if register is not None else register_folder()
    return user_id in _tokens(register).values()


def revoke_token(user_id, register=None):
    register = register if register is not None else register_folder()
    tokens = _tokens(register, create=True)
    for digest in [d for d, owner in tokens.items() if owner == user_id]:
        del tokens[digest]


def new_token(user_id, register=None):
    """A fresh token for user_id (the old one stops working); returned once, stored hashed."""
    register = register if register is not None else register_folder()
    revoke_token(user_id, register)
    token = secrets.token_urlsafe(32)
    _tokens(register, create=True)[_hash(token)] = user_id
    return token


def user_of_token(token, register=None):
    register = register if register is not None else register_folder()
    if register is None or not isinstance(token, str) or not token:
        return None
    return _tokens(register).get(_hash(token))


def feed_url(token):
    return f"{public_url()}/@@begehungen.ics?token={token}"


def planned_inspections(register):
    """(uid, start, address) of every planned inspection in the register."""
    catalog = api.portal.get_tool("portal_catalog")
    found = []
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Begehung", review_state="geplant", path="/".join(register.getPhysicalPath())
    ):
        inspection = brain._unrestrictedGetObject()
        if inspection.start is None:
            continue
        found.append((brain.UID, inspection.start, inspection.__parent__.Title()))
    return sorted(found, key=lambda item: item[1])


def calendar_bytes(register):
    from icalendar import Calendar
    from icalendar import Event

    calendar = Calendar()
    calendar.add("prodid", "-//weissenfels.portal//Gebaeuderegister//DE")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Begehungen")
    stamp = datetime.utcnow().replace(microsecond=0)
    for uid, start, address in planned_inspections(register):
        event = Event()
        event.add("uid", f"{uid}@weissenfels.portal")
        event.add("dtstamp", stamp)
        start = start.replace(tzinfo=None)  # the portal's local wall time, as entered
        event.add("dtstart", start)
        event.add("dtend", start + DURATION)
        event.add("summary", f"Begehung: {address}")
        event.add("location", address)
        calendar.add_component(event)
    return calendar.to_ical()


class TokenView(BrowserView):
    """@@kalender-token: make (or renew) and revoke one's own feed token."""

    token = None

    def __call__(self):
        user_id = api.user.get_current().getId()
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            if self.request.form.get("revoke"):
                revoke_token(user_id, self.context)
                logger.info("Calendar token revoked by %s", user_id)
                api.portal.show_message(
                    _("msg_calendar_token_revoked", default="Your calendar link has been revoked."), self.request
                )
            elif self.request.form.get("create"):
                self.token = new_token(user_id, self.context)
                logger.info("Calendar token made by %s", user_id)
            else:
                raise BadRequest("create or revoke")
        return self.index()

    def has_token(self):
        return has_token(api.user.get_current().getId(), self.context)

    def url(self):
        return feed_url(self.token) if self.token else ""


class Feed(BrowserView):
    """@@begehungen.ics (site root, public): the token is the credential."""

    def __call__(self):
        register = register_folder()
        user_id = user_of_token(self.request.form.get("token"), register)
        user = api.user.get(userid=user_id) if user_id else None
        if user is None or not api.user.has_permission(USE_REGISTER, user=user, obj=register):
            raise NotFound("No such calendar")
        response = self.request.response
        response.setHeader("Content-Type", "text/calendar; charset=utf-8")
        response.setHeader("Content-Disposition", 'inline; filename="begehungen.ics"')
        response.setHeader("X-Robots-Tag", "noindex")
        response.setHeader("Referrer-Policy", "no-referrer")
        return calendar_bytes(register)
