"""Reading the add-on's settings from the registry: the one helper every part uses."""

from plone.registry.interfaces import IRegistry
from zope.component import queryUtility


def get_setting(interface, name):
    """The registry value of interface[name], or the schema default where the record is
    missing (a site whose upgrade steps have not run yet must still serve pages)."""
    default = interface[name].default
    registry = queryUtility(IRegistry)
    if registry is None:
        return default
    return registry.get(f"{interface.__identifier__}.{name}", default)
