from zope.interface import Interface


class ICasesRoot(Interface):
    """Marker of /vorgaenge (set by handling.setup): the inbox across units lives there."""
