"""Uploads of the public forms: type by content, size limit, photo metadata stripped."""

from io import BytesIO
from PIL import Image
from PIL import ImageOps
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.file import NamedBlobImage
from weissenfels.portal import _
from weissenfels.portal.cases.settings import setting

import os


IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
# HEIC needs pillow-heif (not in the lock): without it we could not strip its metadata.


class UploadRejected(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def sniff(data):
    """The real type of the bytes, whatever the file name says."""
    if data.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data.startswith(b"%PDF-"):
        return "PDF"
    return None


def clean_upload(data, filename):
    """A NamedBlobImage/NamedBlobFile ready to store, or UploadRejected."""
    max_mb = setting("max_upload_mb")
    if len(data) > max_mb * 1024 * 1024:
        raise UploadRejected(
            _("error_upload_too_large", default="The file is larger than ${max} MB.", mapping={"max": max_mb})
        )
    kind = sniff(data)
    if kind is None:
        raise UploadRejected(
            _("error_upload_type", default="Only photos (JPEG, PNG, WebP) and PDF documents can be uploaded.")
        )
    filename = os.path.basename((filename or "").replace("\\", "/")) or "upload"
    if kind == "PDF":
        return NamedBlobFile(data=data, contentType="application/pdf", filename=filename)
    try:
        image = Image.open(BytesIO(data))
        if image.format != kind:
            raise ValueError(image.format)
        image.load()
        # Turn the picture as the camera meant it, then drop EXIF (with any GPS position),
        # XMP and text chunks by saving only the pixels.
        image = ImageOps.exif_transpose(image)
        clean = Image.new(image.mode, image.size)
        clean.paste(image)
        if image.mode == "P":
            clean.putpalette(image.getpalette())
        out = BytesIO()
        save_kind = kind
        if kind == "JPEG" and clean.mode not in ("RGB", "L", "CMYK"):
            clean = clean.convert("RGB")
        clean.save(out, format=save_kind, quality=90) if kind != "PNG" else clean.save(out, format="PNG")
    except Exception:
        raise UploadRejected(
            _("error_upload_broken", default="The picture could not be read. Please choose another file.")
        )
    return NamedBlobImage(data=out.getvalue(), contentType=IMAGE_FORMATS[kind], filename=filename)
