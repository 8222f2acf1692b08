"""Parts of a page that are the same for every anonymous visitor, kept in RAM per process.

The uncached render path (no proxy, plone.app.caching's RAM cache off) builds the same
navigation, language links and resource tags for every anonymous request: catalog queries,
file hashing and template work that stock Plone repeats each time (bench/server_time.py,
py-spy profiles in bench/results/server-time.md). Here a fragment is kept when:

- the visitor is anonymous and the request is a GET or HEAD without a query string (PAM's
  language links copy the query into their URLs), so nothing personal or request-specific
  beyond the language can land in it;
- its key names the address it was built for (the requested URL and the context's URL: host,
  virtual hosting, path, view), the context's physical path, the language and the database's
  stamp.

The stamp is read through the request's own ZODB connection, so it belongs to the snapshot
the page is built from: the catalog counter (every index, reindex, unindex: content added,
edited, renamed, moved, published, translated), the resource registry's modification time
(Plone's own, set on profile imports) and the portal's render stamp on the registry (set here
on every registry record change and portlet assignment change), each with the id of the
transaction that last wrote it. An editor's save changes
the stamp in the same transaction; every process, FileStorage/ZEO or RelStorage, reads the
new stamp on its next request and builds afresh. Old entries age out of the bounded LRU.
"""

from AccessControl import getSecurityManager
from collections import OrderedDict
from plone.app.caching.interfaces import IETagValue
from plone.registry.interfaces import IRegistry
from Products.CMFCore.utils import getToolByName
from threading import Lock
from zope.component import adapter
from zope.component import queryUtility
from zope.component.hooks import getSite
from zope.interface import implementer
from zope.interface import Interface


MAX_ENTRIES = 3000
# Plone's own stamp (Products.CMFPlone.resources.browser.resource._RESOURCE_REGISTRY_MTIME).
RESOURCE_REGISTRY_MTIME = "__RESOURCE_REGISTRY_MTIME"
# Ours: an attribute of the registry too (one small persistent object, written only when an
# administrator changes settings or portlets, never by a visitor).
RENDER_STAMP = "_weissenfels_render_stamp"

_entries = OrderedDict()
_lock = Lock()
_MISSING = object()


def cacheable(request):
    """True for an anonymous GET/HEAD without a query string."""
    if request.get("REQUEST_METHOD", "GET") not in ("GET", "HEAD"):
        return False
    if request.get("QUERY_STRING"):
        return False
    return getSecurityManager().getUser().getUserName() == "Anonymous User"


def _uncommitted(context):
    """True while this transaction has changed objects: what it sees is not yet the database's
    (and may never be, if it aborts), so nothing built from it is kept."""
    jar = getattr(context, "_p_jar", None)
    return bool(getattr(jar, "_registered_objects", None))


def stamp(context):
    """What the database says about the freshness of every fragment (see the module's doc)."""
    catalog = getToolByName(context, "portal_catalog")
    registry = queryUtility(IRegistry)
    counter = catalog.getCounter()  # loads the counter: its serial below is current
    registry._p_activate()
    return (
        counter,
        # The transactions that last wrote the counter and the registry: a counter value
        # can come back (undo, a restored backup), a transaction id never does.
        getattr(getattr(catalog, "_counter", None), "_p_serial", None),
        getattr(registry, RESOURCE_REGISTRY_MTIME, None),
        getattr(registry, RENDER_STAMP, None),
        getattr(registry, "_p_serial", None),
    )


def key_for(name, context, request, *extra):
    return (
        name,
        request.get("ACTUAL_URL", ""),  # PAM's language links carry the view after the context
        context.absolute_url(),
        "/".join(context.getPhysicalPath()),
        request.get("LANGUAGE", ""),
        stamp(context),
        *extra,
    )


def fragment(name, context, request, build, *extra):
    """build() for this context, language and stamp; computed once per process for anonymous
    visitors, called every time for everybody else."""
    if not cacheable(request) or _uncommitted(context):
        return build()
    key = key_for(name, context, request, *extra)
    with _lock:
        value = _entries.get(key, _MISSING)
        if value is not _MISSING:
            _entries.move_to_end(key)
            return value
    value = build()
    with _lock:
        _entries[key] = value
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return value


def clear():
    with _lock:
        _entries.clear()


def bump(*_args):
    """A setting or a portlet changed: every process builds its fragments afresh."""
    registry = queryUtility(IRegistry)
    if registry is not None:
        setattr(registry, RENDER_STAMP, getattr(registry, RENDER_STAMP, 0) + 1)


@implementer(IETagValue)
@adapter(Interface, Interface)
class RenderStamp:
    """The ETag component `weissenfels.renderStamp`: the stamp above. plone.app.caching keys
    its RAM cache of whole anonymous pages on the ETag; without it, a page stayed as it was
    when first cached (its navigation, its footer) until its own object changed."""

    def __init__(self, published, request):
        self.published = published
        self.request = request

    def __call__(self):
        site = getSite()
        return "-".join(str(part) for part in stamp(site)) if site is not None else None
