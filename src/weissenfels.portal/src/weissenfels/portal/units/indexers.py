"""Catalog indexers of the unit pages (profiles/default/catalog.xml): the registry
(units/registry.py) reads these as metadata. Registered for the unit pages only, and for
everything else as "no value", so a page inside a unit does not acquire its key."""

from plone.indexer import indexer
from weissenfels.portal.content.organisationseinheit import IOrganisationseinheit
from zope.interface import Interface


@indexer(IOrganisationseinheit)
def unit_key(obj):
    return obj.unit_key or None


@indexer(IOrganisationseinheit)
def unit_retired(obj):
    return bool(obj.retired)


@indexer(IOrganisationseinheit)
def unit_successor(obj):
    return obj.successor or None


@indexer(IOrganisationseinheit)
def unit_capabilities(obj):
    return tuple(obj.capabilities or ())


@indexer(Interface)
def no_unit_value(obj):
    raise AttributeError("not a unit page")
