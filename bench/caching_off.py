"""Switch plone.app.caching off in every Plone site of an instance (bench/server_time.py).

Run with `zconsole run <instance>/etc/zope.conf bench/caching_off.py` while it does not serve.
"""

# `app` is bound by zconsole.
from plone.registry.interfaces import IRegistry
from zope.component import queryUtility
from zope.component.hooks import setSite

import transaction


RECORD = "plone.caching.interfaces.ICacheSettings.enabled"

for site in app.objectValues("Plone Site"):  # noqa: F821
    setSite(site)
    registry = queryUtility(IRegistry)
    if registry is not None and RECORD in registry.records:
        registry[RECORD] = False
        print(f"{site.getId()}: caching off")
transaction.commit()
