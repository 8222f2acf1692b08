"""2026113030: anonymous visitors get the public pages' own script, not Plone's bundle (issue 19).

Adds the bundle weissenfels-public (theme/scripts/public.js, deferred, for anonymous visitors)
and limits `plone` to logged-in users, as profiles/default/registry/...IBundleRegistry.xml has
it. Only these records are written: the rest of the registry stays as it is.
"""

from plone.base.interfaces.resources import IBundleRegistry
from plone.registry.interfaces import IRegistry
from zope.component import getUtility


BUNDLE = "weissenfels-public"
RECORDS = {
    "enabled": True,
    "jscompilation": "++plone++weissenfels.portal.theme/public.js",
    "expression": "python: member is None",
    "load_defer": True,
}


def public_bundle(context):
    registry = getUtility(IRegistry)
    registry.registerInterface(IBundleRegistry, prefix=f"plone.bundles/{BUNDLE}")
    for name, value in RECORDS.items():
        registry[f"plone.bundles/{BUNDLE}.{name}"] = value
    registry["plone.bundles/plone.expression"] = "python: member is not None"
