"""The events portlet ("Kommende Termine") with its dates in the page's language.

plone.app.event keeps the portlet's list of events in a RAM cache across requests; the
event accessors in it keep the request they were found in, and plone.app.event formats their
dates in that request's language. Once that request is closed, its language is gone and the
dates come out in the browser's language: "Dec 14, 2026 09:00 AM" on a German page. The list
is found per request instead (one catalog query).
"""

from plone.app.event.portlets.portlet_events import Renderer
from plone.memoize.view import memoize


class EventsRenderer(Renderer):
    @property
    @memoize
    def events(self):
        return Renderer.events.fget.__wrapped__(self)
