"""Events of the intake: a new case stored with its answers and indexed (cases/action.store_case).

Other concerns subscribe instead of being called from here (the building register links a
housing case to its building, register/linking.py), so cases/ imports none of them.
"""

from zope.interface import implementer
from zope.interface.interfaces import IObjectEvent
from zope.interface.interfaces import ObjectEvent


class ICaseStored(IObjectEvent):
    """A case was stored by the form action (or the demo), answers set, indexing queued."""


@implementer(ICaseStored)
class CaseStored(ObjectEvent):
    pass
