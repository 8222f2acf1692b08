"""Interfaces shared across the add-on."""

from zope.interface import Interface
from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IBrowserLayer(IDefaultBrowserLayer):
    """Marker for requests on a site where weissenfels.portal is installed."""


class IIntranetRoot(Interface):
    """Marker of the /intranet folder (set by setuphandlers.intranet.ensure_intranet)."""
