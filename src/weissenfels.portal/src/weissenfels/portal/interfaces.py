"""Interfaces shared across the add-on."""

from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IBrowserLayer(IDefaultBrowserLayer):
    """Marker for requests on a site where weissenfels.portal is installed."""
