"""Error pages below a view (/de/@@search/x, /de/@@images/image) in the portal's page.

Plone's exception view renders its page in the context of what failed. Below a view that
context is the view, on which the main template cannot render, so Plone fell back to a bare
page: unthemed, titled "Fehler", marked lang="en" whatever the language. Here it renders in
the nearest content instead, as every other error page does.
"""

from Acquisition import aq_parent
from plone.rest.errors import ErrorHandling
from plone.rest.interfaces import IAPIRequest
from Products.CMFPlone import browser as plone_browser
from Products.CMFPlone.browser.exceptions import ExceptionView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zope.publisher.interfaces.browser import IBrowserView

import os


def nearest_content(obj):
    """The object itself, or the content (or site) a view was published on."""
    while IBrowserView.providedBy(obj):
        obj = getattr(obj, "context", None) or aq_parent(obj)
    return obj


class PortalExceptionView(ExceptionView):
    index = ViewPageTemplateFile("templates/error_message.pt", _prefix=os.path.dirname(plone_browser.__file__))

    def __call__(self):
        if IAPIRequest.providedBy(self.request):
            # The REST API's errors stay plone.rest's JSON (that view is for a request
            # interface this layer outranks).
            return ErrorHandling(self.context, self.request)()
        parent = nearest_content(self.__parent__)
        if parent is not None:
            self.__parent__ = parent
        return super().__call__()
