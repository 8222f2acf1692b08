from zope.interface import Interface


class ICasesRoot(Interface):
    """Marker of /vorgaenge (set by setuphandlers/handling.py): the inbox across units lives there."""
