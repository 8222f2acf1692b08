"""2026113005: REST and other dynamic answers to logged-in requests are private (issue 13).

Sets the one plone.app.caching record (terse caching of plone.content.dynamic for anonymous
only) without re-importing the whole registry, so settings an administrator changed stay.
"""

from plone import api


RECORD = "plone.app.caching.terseCaching.plone.content.dynamic.anonOnly"


def private_dynamic_answers(context):
    from plone.registry import field
    from plone.registry.record import Record

    registry = api.portal.get_tool("portal_registry")
    if RECORD not in registry.records:
        registry.records[RECORD] = Record(field.Bool(title="Only cache for anonymous users"), True)
    registry[RECORD] = True
