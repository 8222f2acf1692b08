"""weissenfels.portal's parts of collective.easyform: the case action, the REST JSON and the
guard of a form's logic (scripts, TALES, mail addresses; issue 13)."""

from weissenfels.portal.easyform import runtime


# easyform offers no hook where its expressions and scripts run: see runtime.py.
runtime.patch()
