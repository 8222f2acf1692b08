"""JSON for the REST API: a case's attachments (a list of blobs) as their name, type and size.

The bytes are fetched from @@case-attachment, which always sends them as a download.
"""

from plone.namedfile.interfaces import INamed
from plone.restapi.interfaces import IJsonCompatible
from zope.component import adapter
from zope.interface import implementer


@adapter(INamed)
@implementer(IJsonCompatible)
def named_file_to_json(value):
    return {"filename": value.filename, "content-type": value.contentType, "size": value.getSize()}
