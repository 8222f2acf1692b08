"""Upgrade steps, one package per profile version (configure.zcml lists them)."""

from plone.base.interfaces.resources import IBundleRegistry
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


def register_bundle(name, records):
    """Write one bundle of the resource registry as profiles/default/registry/
    plone.base.interfaces.resources.IBundleRegistry.xml has it; the rest stays as it is."""
    registry = getUtility(IRegistry)
    registry.registerInterface(IBundleRegistry, prefix=f"plone.bundles/{name}")
    for field, value in records.items():
        registry[f"plone.bundles/{name}.{field}"] = value
    return registry
