"""2026113021: anonymous public pages load only what they use; versioned resources a year.

The editing bundles (data grid, fullscreen, easyform's and the translation menus' stylesheets)
get the expression `python: member is not None`; `plone` and the scripts built on it are
deferred (no script blocks the first paint); plone.stableResource (the resource
registry's versioned URLs) gets the operation weissenfels.immutable, plone.resource
weissenfels.resource (immutable when the URL is versioned). Only these records change:
the rest of the registry (settings an administrator may have changed) stays.
The theme's stylesheet is the built weissenfels.min.css (theme/static/manifest.cfg, read
from the file system: nothing to store).
"""

from plone import api
from plone.base.interfaces.resources import IBundleRegistry
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


MEMBERS_ONLY = ("datagridfield-bundle", "plone-fullscreen", "multilingual", "easyform")
DEFERRED = ("plone", "datagridfield-bundle", "plone-fullscreen")  # in document order
MAPPING = "plone.caching.interfaces.ICacheSettings.operationMapping"


def lighter_public_pages(context):
    registry = getUtility(IRegistry)
    bundles = registry.collectionOfInterface(IBundleRegistry, prefix="plone.bundles", check=False)
    for name in MEMBERS_ONLY:
        if name in bundles:
            bundles[name].expression = "python: member is not None"
    for name in DEFERRED:
        if name in bundles:
            bundles[name].load_defer = True
    mapping = dict(api.portal.get_registry_record(MAPPING) or {})
    mapping["plone.stableResource"] = "weissenfels.immutable"
    mapping["plone.resource"] = "weissenfels.resource"
    api.portal.set_registry_record(MAPPING, mapping)
