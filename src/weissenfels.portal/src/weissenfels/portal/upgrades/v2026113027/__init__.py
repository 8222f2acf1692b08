"""2026113027: captioned videos keep their captions: Plone's HTML filter lets <track> and its
attributes through (profiles/default/registry/...IFilterSchema.xml), appended to what the
site allows; nothing else of the registry is touched."""

from plone import api


APPEND = {
    "plone.valid_tags": ["track"],
    "plone.custom_attributes": ["kind", "srclang", "label", "default"],
}


def allow_caption_tracks(context):
    for record, names in APPEND.items():
        allowed = list(api.portal.get_registry_record(record) or [])
        api.portal.set_registry_record(record, allowed + [name for name in names if name not in allowed])
