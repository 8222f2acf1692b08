"""2026113025: the public forms make photos smaller before upload (issue 19).

Adds the bundle weissenfels-photo-downscale (cases/static/photo-downscale.js, deferred, on
easyform forms only), as profiles/default/registry/...IBundleRegistry.xml has it. Only this
bundle's records are written: the rest of the registry stays as it is.
"""

from weissenfels.portal.upgrades import register_bundle


BUNDLE = "weissenfels-photo-downscale"
RECORDS = {
    "enabled": True,
    "jscompilation": "++plone++weissenfels.portal.cases/photo-downscale.js",
    "expression": "python: getattr(object, 'portal_type', None) == 'EasyForm'",
    "load_defer": True,
}


def photo_downscale_bundle(context):
    register_bundle(BUNDLE, RECORDS)
