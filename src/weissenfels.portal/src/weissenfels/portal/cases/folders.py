"""Where cases live: /vorgaenge and one case folder per unit.

The locator every part reads at runtime (the form action, spam defences, forwarding, the
access log, the personal menu); setuphandlers/cases.py creates what it finds.
"""

from BTrees.OOBTree import OOBTree
from plone import api


CASES_ROOT_ID = "vorgaenge"


def cases_root():
    return api.portal.get().get(CASES_ROOT_ID)


def cases_root_tree(attribute, create=False):
    """A BTree kept as an attribute of /vorgaenge (used start tokens, receipts, the access
    log): None until the first write asks to create it."""
    root = cases_root()
    tree = getattr(root, attribute, None)
    if tree is None and create:
        tree = OOBTree()
        setattr(root, attribute, tree)
    return tree


def case_folder(unit_id):
    root = cases_root()
    return root.get(unit_id) if root is not None else None
