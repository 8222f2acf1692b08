"""2026113030: anonymous visitors get the public pages' own script, not Plone's bundle (issue 19).

Adds the bundle weissenfels-public (theme/scripts/public.js, deferred, for anonymous visitors)
and limits `plone` to logged-in users, as profiles/default/registry/...IBundleRegistry.xml has
it. Only these records are written: the rest of the registry stays as it is.
"""

from weissenfels.portal.upgrades import register_bundle


BUNDLE = "weissenfels-public"
RECORDS = {
    "enabled": True,
    "jscompilation": "++plone++weissenfels.portal.theme/public.js",
    "expression": "python: member is None",
    "load_defer": True,
}


def public_bundle(context):
    registry = register_bundle(BUNDLE, RECORDS)
    registry["plone.bundles/plone.expression"] = "python: member is not None"
