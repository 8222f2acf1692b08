"""Anonymise closed and rejected cases past the retention period (DSGVO); run daily from cron:

    .venv/bin/zconsole run instance/etc/zope.conf scripts/retention.py

The period is the control panel setting "Case retention (GDPR)" (default 180 days after
closing). Personal fields, attachments, notes and replies go; reference, form, unit, state
and dates stay for the figures. Commits in batches; prints how many cases it anonymised.
"""

# `app` is bound by zconsole.
from AccessControl.SecurityManagement import newSecurityManager
from AccessControl.users import system as system_user
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import os
import transaction


SITE_ID = os.environ.get("WSF_SITE_ID", "weissenfels")


def main(app):
    from weissenfels.portal.handling.retention import run_retention
    from weissenfels.portal.register.retention import run_register_retention

    app = makerequest(app)
    site = app[SITE_ID]
    setSite(site)
    newSecurityManager(None, system_user)
    done = run_retention()
    transaction.commit()
    print(f"Retention: anonymised {len(done)} cases: {', '.join(done) or '-'}", flush=True)
    # The building register's inspections, letters and photos (register/retention.py).
    buildings = run_register_retention()
    transaction.commit()
    print(f"Retention: register records deleted for {len(buildings)} buildings", flush=True)


main(app)  # noqa: F821
