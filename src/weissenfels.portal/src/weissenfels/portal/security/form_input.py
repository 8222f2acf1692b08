"""Malformed form input answers 400 (Bad Request) with a short translated message.

ZPublisher parses the query string and the body of every request (HTTPRequest.processInputs)
before traversal, on every URL. A field name with a converter whose value does not convert
(`age:int=x`, `when:date=garbage`, `x:required=`), mixed-up records (`a:record` and
`a:records`), a bad encoding modifier or a multipart body without boundary raise ValueError,
DateTimeError, TypeError or KeyError there, which Zope answers with 500 (503 for KeyError),
as if the server were broken. Nothing of the portal has run yet at that point, so nothing
is stored either way.

On IPubStart, right before publish() calls processInputs, the request's processInputs is
wrapped so that any error of the parsing becomes a zExceptions.BadRequest marked
IBadFormInput; Zope's exception handling renders its exception view (below), which answers
400. (A BadRequest, not a subclass: Zope and plone.transformchain set the status from the
exception's class name, and an unknown name means 500.)
The view is on the default layer: the add-on's browser layer is applied only when traversal
reaches the Plone site, which is after the parsing.
"""

from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.security.headers import STATIC_HEADERS
from zExceptions import BadRequest
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import Interface

import json


MESSAGE = _(
    "error_bad_form_input",
    default="The request contains form data that cannot be read (a malformed field name, value "
    "or body). Nothing was stored. Please go back and send the form again.",
)


class IBadFormInput(Interface):
    """Marks a BadRequest: the request's form data (query string or body) could not be parsed."""


def guard_form_parsing(event):
    """IPubStart: parsing errors of this request's form data become a BadRequest."""
    request = event.request

    def process_inputs():
        del request.processInputs  # once per request; drops the wrapper and its reference
        try:
            type(request).processInputs(request)
        except Exception as exc:
            logger.info("Refused malformed form data for %s: %r", request.get("PATH_INFO"), exc)
            raise bad_form_input(str(exc)) from exc

    request.processInputs = process_inputs


def bad_form_input(reason):
    """The BadRequest that IBadFormInput's exception view answers with 400."""
    refusal = BadRequest(reason)
    alsoProvides(refusal, IBadFormInput)
    return refusal


class BadFormInputView(BrowserView):
    """The exception view (name index.html) of IBadFormInput: 400, a page or JSON."""

    index = ViewPageTemplateFile("templates/bad_form_input.pt")

    def __call__(self):
        response = self.request.response
        response.setStatus(400)
        # Before traversal, headers.set_security_headers does not know the site: the same
        # static headers here, and a policy for a page that loads nothing.
        for name, value in STATIC_HEADERS.items():
            response.setHeader(name, value)
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'")
        if "text/html" not in self.request.getHeader("Accept", ""):  # scripts and REST clients
            response.setHeader("Content-Type", "application/json")
            message = translate(MESSAGE, context=self.request)
            return json.dumps({"error": {"type": "BadRequest", "message": message}})
        response.setHeader("Content-Type", "text/html; charset=utf-8")
        return self.index()
