"""One way to send a case's file (attachment or thumbnail): the headers of every download.

plone.namedfile's `set_headers` writes Content-Type, Content-Length and an RFC 6266
Content-Disposition (`filename*=UTF-8''<percent-encoded>`), so no quote, semicolon or
`filename*=` in a stored name can add a parameter. The name is cleaned again here (no
control or bidi characters) and gets the extension of the type checked at upload, also for
files stored before the check. Never cached, never sniffed.
"""

from plone.namedfile.utils import set_headers
from plone.namedfile.utils import stream_data
from weissenfels.portal.cases.uploads import clean_filename
from weissenfels.portal.cases.uploads import EXTENSIONS


def send_attachment(response, blob):
    """The file as a download, never shown inline; returns the body."""
    extension = EXTENSIONS.get(blob.contentType, ".bin")
    set_headers(blob, response, filename=clean_filename(blob.filename, extension))
    if blob.contentType not in EXTENSIONS:  # no type we checked: let no browser interpret it
        response.setHeader("Content-Type", "application/octet-stream")
    return _finish(response, blob)


def send_inline_image(response, image):
    """A stored image (a thumbnail) for an <img>: no filename, no sniffing."""
    set_headers(image, response)
    return _finish(response, image)


def _finish(response, blob):
    response.setHeader("X-Content-Type-Options", "nosniff")
    return stream_data(blob)
