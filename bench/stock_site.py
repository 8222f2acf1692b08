"""Create stock Plone 6.2 Classic with its example content, for the side-by-side Lighthouse run.

Run with `zconsole run <instance>/etc/zope.conf bench/stock_site.py` (bench/lighthouse.py does).
"""

# `app` is bound by zconsole.
from plone.distribution.api import site as site_api

import transaction


if "Plone" not in app.objectIds():  # noqa: F821
    site_api.create(
        app,  # noqa: F821
        "classic",
        {
            "site_id": "Plone",
            "title": "Plone",
            "description": "",
            "default_language": "en",
            "portal_timezone": "UTC",
            "setup_content": True,
        },
    )
    transaction.commit()
