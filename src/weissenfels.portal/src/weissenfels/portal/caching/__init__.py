"""One way to keep an answer out of every cache: `Cache-Control: no-store, private`; and one
to keep a versioned resource for a year: `public, max-age=31536000, immutable`.

Published views and REST services with personal or per-visitor data get it through the
plone.app.caching ruleset `weissenfels.private` (assigned in configure.zcml), whose operation
`weissenfels.noStore` is below. `no_store()` is for the few answers no ruleset sees.
"""

from plone.caching.interfaces import ICachingOperation
from plone.caching.interfaces import ICachingOperationType
from plone.resource.interfaces import IUniqueResourceRequest
from zope.component import adapter
from zope.component import queryMultiAdapter
from zope.interface import implementer
from zope.interface import Interface
from zope.interface import provider
from zope.publisher.interfaces.http import IHTTPRequest


IMMUTABLE = "public, max-age=31536000, immutable"
STRONG = "plone.app.caching.strongCaching"


def no_store(response):
    """Mark an answer that is built outside plone.app.caching's rulesets as never cached.

    Exception views (403 forged request, 413 too large, 400 bad input) and answers made
    before publishing (429 rate limit) never reach the ruleset lookup: plone.caching only
    handles a published object that rendered normally. So they set the header here, and
    the ruleset's operation uses the same function, so both say the same.
    """
    if response.getHeader("Last-Modified"):
        del response.headers["last-modified"]
    response.setHeader("Cache-Control", "no-store, private")


class HeaderOperation:
    """What the operations here share: made for the published object and the request, no
    options in the control panel, and (unless they say otherwise) never answering from a
    cache themselves: they set the answer's headers."""

    options = ()

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def interceptResponse(self, rulename, response):
        return None


@implementer(ICachingOperation)
@provider(ICachingOperationType)
@adapter(Interface, IHTTPRequest)
class NoStore(HeaderOperation):
    """plone.app.caching's noCaching says `max-age=0, must-revalidate, private`, which lets a
    browser keep a status page or an attachment on disk; this one says `no-store`."""

    title = "No store"
    description = "Keeps the answer out of shared and browser caches (no-store, private)."
    prefix = "weissenfels.noStore"
    sort = 6

    def modifyResponse(self, rulename, response):
        no_store(response)


@implementer(ICachingOperation)
@provider(ICachingOperationType)
@adapter(Interface, IHTTPRequest)
class Immutable(HeaderOperation):
    """For plone.stableResource: URLs that change when their content does (the resource
    registry's `++webresource++<hash>/...`, the theme stylesheet through it, image scales
    named by a hash). A browser keeps them a year and never revalidates: a repeat visit
    fetches only the page. plone.app.caching's strongCaching cannot say `immutable`."""

    title = "Immutable (versioned URL)"
    description = "Cache-Control: public, max-age=31536000, immutable."
    prefix = "weissenfels.immutable"
    sort = 7

    def modifyResponse(self, rulename, response):
        response.setHeader("Cache-Control", IMMUTABLE)


@implementer(ICachingOperation)
@provider(ICachingOperationType)
@adapter(Interface, IHTTPRequest)
class Resource(HeaderOperation):
    """For plone.resource: a year, immutable, when the URL is versioned (`++webresource++<hash>`:
    the ruleset lookup files some of those, e.g. `++resource++` files, under plone.resource);
    otherwise plone.app.caching's strongCaching with its plone.resource settings (a day)."""

    title = "Resource (immutable when versioned)"
    description = "Versioned URL: public, max-age=31536000, immutable; else strong caching."
    prefix = "weissenfels.resource"
    sort = 8

    def versioned(self):
        return IUniqueResourceRequest.providedBy(self.request) or "/++webresource++" in self.request.get(
            "ACTUAL_URL", ""
        )

    def strong(self):
        return queryMultiAdapter((self.published, self.request), ICachingOperation, name=STRONG)

    def interceptResponse(self, rulename, response):
        if self.versioned():
            return None
        return self.strong().interceptResponse(rulename, response)

    def modifyResponse(self, rulename, response):
        if self.versioned():
            response.setHeader("Cache-Control", IMMUTABLE)
        else:
            self.strong().modifyResponse(rulename, response)
