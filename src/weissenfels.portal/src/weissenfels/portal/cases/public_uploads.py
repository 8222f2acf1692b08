"""No byte of an anonymous upload reaches the database unless it becomes a case.

plone.formwidget.namedfile 4.0 keeps every file of a form that failed validation in an
OOBTree annotation on the site (`IFileUploadTemporaryStorage`, filled by the widget's
`file_upload_id` when the form is rendered again), so that the sender may "keep" it:
anonymous visitors could fill the ZODB with invalid posts. Here:

- the public case forms mark their request `IPublicFormRequest`; their file inputs use a
  template of their own (browser/templates/case_file_input.pt) that never asks for
  `file_upload_id` and tells the resident to add the file again;
- the temporary storage, for such a request and for any anonymous one, is a dict that lives
  as long as the adapter: nothing is written, and an old upload id finds nothing;
- the body of a POST to a public form may be at most what the form can carry (its file
  fields, at most MAX_FILES, times the configured file size, plus MARGIN for the text):
  larger ones are refused with 413 before the form reads anything. ZPublisher has parsed
  the body by then (before traversal, into temporary files, not the database). Earlier, on
  IPubStart, before the body is parsed, a request without credentials (no `__ac` cookie, no
  Authorization) whose declared length exceeds what the largest public form can carry loses
  its body unread and is refused after traversal: anonymous visitors upload nowhere else.
  That limit comes from the registry through the form view (no site is known before
  traversal), so a process refuses early once it has shown a form. The proxy refuses such bodies before they reach Zope
  (profiles/proxy, `client_max_body_size`).
"""

from io import BytesIO
from plone import api
from plone.formwidget.namedfile.interfaces import IFileUploadTemporaryStorage
from plone.formwidget.namedfile.utils import FileUploadTemporaryStorage
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.caching import no_store
from weissenfels.portal.cases.settings import setting
from weissenfels.portal.interfaces import IBrowserLayer
from zExceptions import HTTPRequestEntityTooLarge
from zope.component import adapter
from zope.component.interfaces import ISite
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import alsoProvides
from zope.interface import implementer
from zope.interface import Interface

import json


MAX_FILES = 5
MARGIN = 1024 * 1024  # text fields and multipart overhead; ZPublisher keeps text fields under 1 MB
MB = 1024 * 1024


class IPublicFormRequest(IBrowserLayer):
    """A request to a public case form: uploads are never kept between attempts."""


class IRequestTooLarge(Interface):
    """Marks the 413 of a body larger than the public form can carry."""


class RequestEntityTooLarge(HTTPRequestEntityTooLarge):
    """Zope sets the status from the exception's class name: this one means 413 (the
    name zExceptions gives its class, HTTPRequestEntityTooLarge, would mean 500)."""


@implementer(IFileUploadTemporaryStorage)
class TransientUploadStorage:
    """Looks like plone.formwidget.namedfile's storage, keeps nothing."""

    def __init__(self, context):
        self.context = context
        self.upload_map = {}

    def cleanup(self, force=False):
        pass


@adapter(ISite)
@implementer(IFileUploadTemporaryStorage)
def upload_storage(site):
    """The widget's temporary storage (it asks for it on getSite()): staff keep theirs."""
    request = getRequest()
    if IPublicFormRequest.providedBy(request) or api.user.is_anonymous():
        return TransientUploadStorage(site)
    return FileUploadTemporaryStorage(site)


# What the largest public form may carry, as the form view last read it from the registry.
_largest = {"bytes": None}


def body_limit(file_fields):
    """Bytes a POST to a form with this many file fields may carry."""
    per_file = setting("max_upload_mb") * MB
    _largest["bytes"] = MAX_FILES * per_file + MARGIN
    return min(file_fields, MAX_FILES) * per_file + MARGIN


def forget_largest_body():
    """For tests: no early refusal until a form view has read the limit again."""
    _largest["bytes"] = None


REFUSED_BODY = "_weissenfels_refused_body"


def drop_large_anonymous_body(event):
    """IPubStart, before ZPublisher parses the body: a request without credentials that
    declares more than the largest public form can carry loses its body unread (Zope cannot
    answer from IPubStart itself); refuse_dropped_body answers 413 after traversal."""
    request = event.request
    limit = _largest["bytes"]
    environ = request.environ
    if limit is None or environ.get("HTTP_AUTHORIZATION") or "__ac" in environ.get("HTTP_COOKIE", ""):
        return
    try:
        declared = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return
    if declared > limit:
        environ["CONTENT_TYPE"] = "application/octet-stream"  # a type ZPublisher does not parse
        environ["CONTENT_LENGTH"] = "0"
        request.stdin = BytesIO()
        setattr(request, REFUSED_BODY, (declared, limit))


def refuse_dropped_body(event):
    """IPubAfterTraversal: the 413 of a body dropped on IPubStart, in the site's language."""
    refused = getattr(event.request, REFUSED_BODY, None)
    if refused is not None:
        raise too_large(event.request, *refused)


def body_size(request):
    """The declared length, or what arrived if more (a chunked body declares none)."""
    try:
        declared = int(request.environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    body = getattr(request, "stdin", None)
    try:
        position = body.tell()
        size = body.seek(0, 2)
        body.seek(position)
    except (AttributeError, OSError, ValueError):
        return declared
    return max(declared, size or 0)


def refuse_large_body(request, limit):
    """413 for a body larger than the form can carry; before anything is read or kept."""
    size = body_size(request)
    if size > limit:
        raise too_large(request, size, limit)


def too_large(request, size, limit):
    logger.info("Refused a body of %s bytes (limit %s) for %s", size, limit, request.get("PATH_INFO"))
    refusal = RequestEntityTooLarge(f"{size} > {limit} bytes")
    refusal.limit_mb = max(1, limit // MB)
    alsoProvides(refusal, IRequestTooLarge)
    return refusal


MESSAGE = _(
    "error_request_too_large",
    default="What you sent is larger than this form accepts (at most ${max} MB in all). Nothing "
    "was saved. Please go back, choose smaller or fewer photos and send the form again.",
)


class RequestTooLargeView(BrowserView):
    """The exception view (index.html) of IRequestTooLarge: 413, a page or JSON."""

    index = ViewPageTemplateFile("templates/request_too_large.pt")

    def message(self):
        return _(MESSAGE, mapping={"max": getattr(self.context, "limit_mb", "")})

    def __call__(self):
        response = self.request.response
        response.setStatus(413)
        no_store(response)
        if "text/html" not in self.request.getHeader("Accept", ""):
            response.setHeader("Content-Type", "application/json")
            message = translate(self.message(), context=self.request)
            return json.dumps({"error": {"type": "RequestEntityTooLarge", "message": message}})
        response.setHeader("Content-Type", "text/html; charset=utf-8")
        return self.index()
