"""Where cases live: /vorgaenge and one case folder per unit.

The locator every part reads at runtime (the form action, spam defences, forwarding, the
access log, the personal menu); setuphandlers/cases.py creates what it finds.
"""

from plone import api


CASES_ROOT_ID = "vorgaenge"


def cases_root():
    return api.portal.get().get(CASES_ROOT_ID)


def case_folder(unit_id):
    root = cases_root()
    return root.get(unit_id) if root is not None else None
