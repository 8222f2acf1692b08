"""The one base of the add-on's REST services: JSON errors, never cached, no second CSRF check.

Forged requests are refused before any service runs, for every URL (security/csrf.py:
Origin / Sec-Fetch-Site / Referer or a plone.protect token, Bearer exempt), so a service
switches plone.protect's automatic write protection off, as plone.restapi's own services do.
Their answers hold case or personal data: caching/configure.zcml puts RestService in the
ruleset `weissenfels.private` (no-store, private).
A subclass implements `handle()`; `error()` builds the JSON error answer.
"""

from html import escape
from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from zope.i18n import translate
from zope.interface import alsoProvides

import json


ERROR_TYPES = {400: "BadRequest", 403: "Forbidden", 404: "NotFound"}


class RestService(Service):
    def reply(self):
        alsoProvides(self.request, IDisableCSRFProtection)
        return self.handle()

    def handle(self):
        raise NotImplementedError

    def error(self, status, message):
        """Set the status, answer {"error": {"type", "message"}} in the reader's language."""
        self.request.response.setStatus(status)
        kind = ERROR_TYPES.get(status, "BadRequest")
        return {"error": {"type": kind, "message": translate(message, context=self.request)}}

    def json_data(self):
        """The JSON body as a dict; None if it is not a JSON object."""
        try:
            data = json_body(self.request)
        except Exception:
            return None
        return data if isinstance(data, dict) else None


def short_error_answer(request, status, kind, title, message, element_id):
    """An error answer for an exception view: JSON unless the client asks for HTML, else a
    minimal page (the refusal may come before the site's layout can render)."""
    response = request.response
    response.setStatus(status)
    if "text/html" not in request.getHeader("Accept", ""):
        response.setHeader("Content-Type", "application/json")
        return json.dumps({"error": {"type": kind, "message": message}})
    response.setHeader("Content-Type", "text/html; charset=utf-8")
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title></head>'
        f'<body><main><h1>{escape(title)}</h1><p id="{element_id}">{escape(message)}</p>'
        "</main></body></html>"
    )
