"""Requests the portal cannot answer get a clear, translated 400, never a 500.

Found by fuzzing (issue 13): a search text the catalog cannot parse (`a AND`, in the inbox,
Plone's @@search and REST @search), batching parameters that are no numbers (`b_start=x`,
`b_size=x`, `sort_limit=x`, read by Plone's search, plone.restapi and plone.batching alike;
a search text sent as a list) and methods of
Plone's tools published through the web (`portal_membership/searchForMembers`).
One place for each class of request:

- `check_request` (IPubAfterTraversal, every URL): refuses batching parameters that are not
  whole numbers of at least 0, a SearchableText that is not one text, and a tool's method
  published over the web (the tools are Plone's internals, not an API; administrators keep
  them for the ZMI);
- exception views for ZCTextIndex's ParseError and QueryError, wherever a search runs, and
  for zope.schema's ValidationError (a request value a service validated and refused);
- rest_inputs.py: plone.restapi services that failed on unusable input.

An add form (`++add++<type>`) for a type the folder does not take is a 404, as the type is
not to be found there (plone.dexterity's add form raised ValueError: a 500).

Each answers 400: a short page, or JSON for scripts and the REST API, in the request's language.
"""

from AccessControl import getSecurityManager
from Acquisition import aq_base
from plone.dexterity.interfaces import IDexterityFTI
from plone.z3cform.interfaces import IDeferSecurityCheck
from Products.CMFCore.utils import UniqueObject
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.caching import no_store
from weissenfels.portal.security.headers import STATIC_HEADERS
from zExceptions import BadRequest
from zExceptions import NotFound
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import Interface

import json
import types


BATCH_PARAMETERS = ("b_start", "b_size", "sort_limit")
TEXT_PARAMETERS = ("SearchableText",)  # one search text, never a list (ZCTextIndex fails on it)
MESSAGE_BATCH = _(
    "error_bad_batch_parameter",
    default="The page numbers of this address (b_start, b_size, sort_limit) must be whole numbers of 0 or more.",
)
MESSAGE_SEARCH = _(
    "error_bad_search_query",
    default="The search text cannot be read (for example AND or OR without a word after it). "
    "Please change the search text.",
)
MESSAGE_TOOL = _("error_not_web_callable", default="This address cannot be opened in a browser.")
MESSAGE_VALUE = _(
    "error_invalid_request_value", default="A value in this request is not valid. Please check the address."
)


class IRefusedRequest(Interface):
    """Marks a BadRequest raised by check_request; its `message` says why."""


def refusal(message, reason):
    error = BadRequest(reason)
    error.message = message
    alsoProvides(error, IRefusedRequest)
    return error


def _whole_number(value):
    """The value as an int of at least 0, or None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value >= 0 else None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _is_tool_method(published):
    return isinstance(published, types.MethodType) and isinstance(aq_base(published.__self__), UniqueObject)


def check_request(event):
    """IPubAfterTraversal: batching parameters are whole numbers (and become ints); tools'
    methods are no web API."""
    request = event.request
    for name in BATCH_PARAMETERS:
        if name not in request.form:
            continue
        number = _whole_number(request.form[name])
        if number is None:
            logger.info("Refused %s=%r for %s", name, request.form[name], request.get("PATH_INFO"))
            raise refusal(MESSAGE_BATCH, f"{name} is not a whole number")
        # As a number from here on: Plone's search counts with it (b_start=0 was a 500 too).
        request.form[name] = number
        if name in request.other:
            request.other[name] = number
    for name in TEXT_PARAMETERS:
        if name in request.form and not isinstance(request.form[name], str):
            raise refusal(MESSAGE_SEARCH, f"{name} is not one text")
    published = request.get("PUBLISHED")
    if _is_tool_method(published):
        tool = published.__self__
        if not getSecurityManager().checkPermission("Manage portal", tool):
            raise refusal(MESSAGE_TOOL, f"{tool.getId()}.{published.__name__} is not published")
    if _adds_a_type_not_allowed_here(published, request):
        raise NotFound(published.context, published.ti.getId(), request)


def _adds_a_type_not_allowed_here(published, request):
    """A Dexterity add view (++add++) for a type its folder does not take. The publisher has
    already checked the add permission: who lacks it still gets the login page."""
    ti = getattr(published, "ti", None)
    if not IDexterityFTI.providedBy(ti) or IDeferSecurityCheck.providedBy(request):
        return False
    allowed = getattr(aq_base(published.context), "allowedContentTypes", None)
    if allowed is None:
        return False
    return ti.getId() not in [fti.getId() for fti in published.context.allowedContentTypes()]


class RefusalView(BrowserView):
    """Exception view (index.html): 400 with the refusal's message, a page or JSON."""

    index = ViewPageTemplateFile("templates/refusal.pt")
    default_message = MESSAGE_BATCH

    @property
    def message(self):
        return translate(getattr(self.context, "message", self.default_message), context=self.request)

    def __call__(self):
        response = self.request.response
        response.setStatus(400, lock=True)
        for name, value in STATIC_HEADERS.items():
            response.setHeader(name, value)
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'")
        no_store(response)
        if "text/html" not in self.request.getHeader("Accept", ""):  # scripts and REST clients
            response.setHeader("Content-Type", "application/json")
            return json.dumps({"error": {"type": "BadRequest", "message": self.message}})
        response.setHeader("Content-Type", "text/html; charset=utf-8")
        return self.index()


class SearchQueryErrorView(RefusalView):
    """Exception view of ZCTextIndex's ParseError and QueryError (a search text like `a AND`)."""

    default_message = MESSAGE_SEARCH

    @property
    def message(self):
        return translate(MESSAGE_SEARCH, context=self.request)


class InvalidValueView(RefusalView):
    """Exception view of zope.schema's ValidationError that reached the publisher: a value of
    the request (e.g. `expand.contextnavigation.topLevel=x`) that a service could not take."""

    @property
    def message(self):
        return translate(MESSAGE_VALUE, context=self.request)
