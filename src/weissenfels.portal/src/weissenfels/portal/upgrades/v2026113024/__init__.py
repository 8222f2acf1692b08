"""2026113024 (after 2026113023): plone.app.caching's RAM cache of whole anonymous pages keyed on the database's
stamp (caching/fragments.py, ETag component `weissenfels.renderStamp`).

Until now its key was the URL and the page's own modification time: a page kept another
item's old title in its navigation until the entry expired. Only the two etags records are
written; the rest of the caching settings stay as an administrator left them.
"""

from plone.registry import FieldRef
from plone.registry import Record
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


ETAGS = ("userid", "userLanguage", "skin", "weissenfels.renderStamp")
RULES = ("plone.content.itemView", "plone.content.folderView")


def stamp_in_page_cache_key(context):
    registry = getUtility(IRegistry)
    base = "plone.app.caching.moderateCaching.etags"  # the operation's option, as the profile refers to it
    for rule in RULES:
        name = f"plone.app.caching.moderateCaching.{rule}.etags"
        if name not in registry.records:
            registry.records[name] = Record(FieldRef(base, registry.records[base].field))
        registry[name] = ETAGS
