"""Remind team leads of cases without any reaction; run daily from cron, like the retention run:

    .venv/bin/zconsole run instance/etc/zope.conf scripts/reminders.py

A case that has had no public reply and no change of state (forwarding aside) for the working
days set on its unit's case folder (default 5) is reported once to the unit's team lead
(handling/reminders.py): references and links, no personal data. The inbox lists them too.
Overdue follow-ups of the building register go once to its teams' leads (register/followups.py).
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
    from weissenfels.portal.cases.mailqueue import use_this_process_queue
    from weissenfels.portal.handling.reminders import run_reminders
    from weissenfels.portal.register.followups import run_followup_reminders

    use_this_process_queue(None)  # the instance's maildir: delivered by the running site
    app = makerequest(app)
    site = app[SITE_ID]
    setSite(site)
    newSecurityManager(None, system_user)
    done = run_reminders()
    follow_ups = run_followup_reminders()
    transaction.commit()
    print(f"Reminders: {len(done)} cases reported to team leads: {', '.join(done) or '-'}", flush=True)
    print(f"Follow-ups: {len(follow_ups)} inspections with overdue measures reported", flush=True)


main(app)  # noqa: F821
