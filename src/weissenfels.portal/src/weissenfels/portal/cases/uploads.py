"""Uploads of the public forms: type by content, size and pixel limits, active PDF content
refused, photos downscaled and stripped of metadata, filenames cleaned.

`check_upload` is cheap (no decoding): the case form (browser/case_form.py) runs it while it
validates, before anything is kept. `clean_upload` runs it again and makes what is stored.
"""

from io import BytesIO
from PIL import Image
from PIL import ImageOps
from plone.namedfile.file import NamedBlobFile
from plone.namedfile.file import NamedBlobImage
from weissenfels.portal import _
from weissenfels.portal.cases.settings import setting

import os
import re
import unicodedata
import zlib


IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "application/pdf": ".pdf"}
# HEIC needs pillow-heif (not in the lock): without it we could not strip its metadata.

# A 50-megapixel phone photo (8160 x 6120) passes; a 12000 x 12000 "pixel flood" does not.
MAX_PIXELS = 50_000_000
# Stored photos: long side at most this (evidence stays readable, a page stays light).
MAX_SIDE = 4000
# Pillow refuses to open images above twice its limit in the whole process (editors' images
# and plone.scale too) and warns above it: the same cap as ours instead of its 89 MP default.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

MB = 1024 * 1024


class UploadRejected(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


BROKEN = _("error_upload_broken", default="The picture could not be read. Please choose another file.")
TOO_MANY_PIXELS = _(
    "error_upload_too_many_pixels",
    default="The picture is too large (more than ${max} megapixels). Please send a smaller photo.",
    mapping={"max": MAX_PIXELS // 1_000_000},
)
ACTIVE_PDF = _(
    "error_upload_pdf_active",
    default="This PDF contains active content (scripts, automatic actions or embedded files) or "
    "cannot be checked. Please send a PDF without it, or a photo of the document.",
)


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


def check_upload(data):
    """The checked kind ("JPEG", "PNG", "WEBP", "PDF") of an upload, or UploadRejected.
    Size, type, pixel count from the header, active PDF content: nothing is decoded."""
    max_mb = setting("max_upload_mb")
    if len(data) > max_mb * MB:
        raise UploadRejected(
            _("error_upload_too_large", default="The file is larger than ${max} MB.", mapping={"max": max_mb})
        )
    kind = sniff(data)
    if kind is None:
        raise UploadRejected(
            _("error_upload_type", default="Only photos (JPEG, PNG, WebP) and PDF documents can be uploaded.")
        )
    if kind == "PDF":
        if pdf_is_active(data):
            raise UploadRejected(ACTIVE_PDF)
    else:
        open_image(data, kind).close()
    return kind


def open_image(data, kind):
    """The image with its header read and its size checked, not decoded."""
    try:
        image = Image.open(BytesIO(data))
    except Image.DecompressionBombError as error:
        raise UploadRejected(TOO_MANY_PIXELS) from error
    except Exception as error:
        raise UploadRejected(BROKEN) from error
    if image.format != kind:
        raise UploadRejected(BROKEN)
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise UploadRejected(TOO_MANY_PIXELS)
    return image


def clean_upload(data, filename):
    """A NamedBlobImage/NamedBlobFile ready to store, or UploadRejected."""
    kind = check_upload(data)
    if kind == "PDF":
        return NamedBlobFile(data=data, contentType="application/pdf", filename=clean_filename(filename, ".pdf"))
    content_type = IMAGE_FORMATS[kind]
    try:
        clean = downscaled(open_image(data, kind))
        out = BytesIO()
        if kind == "JPEG" and clean.mode not in ("RGB", "L", "CMYK"):
            clean = clean.convert("RGB")
        clean.save(out, format=kind) if kind == "PNG" else clean.save(out, format=kind, quality=90)
    except UploadRejected:
        raise
    except Exception as error:
        raise UploadRejected(BROKEN) from error
    filename = clean_filename(filename, EXTENSIONS[content_type])
    return NamedBlobImage(data=out.getvalue(), contentType=content_type, filename=filename)


def downscaled(image):
    """The pixels only (no EXIF with GPS position, XMP, text chunks), turned as the camera
    meant, long side at most MAX_SIDE. A JPEG is decoded at the reduced size (draft)."""
    target = _target_size(image.size)
    if image.format == "JPEG" and target != image.size:
        image.draft(image.mode, target)
    image.load()
    image = ImageOps.exif_transpose(image)
    if max(image.size) > MAX_SIDE:
        if image.mode == "P":
            image = image.convert("RGBA")
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    if image.mode == "P":
        clean.putpalette(image.getpalette())
    return clean


def _target_size(size):
    width, height = size
    factor = MAX_SIDE / max(width, height)
    return size if factor >= 1 else (max(1, int(width * factor)), max(1, int(height * factor)))


# Control characters and the bidi marks and overrides that make "gpj.exe" read "exe.jpg".
BIDI = dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def clean_filename(filename, extension):
    """The name a download gets: no path, no control or bidi characters, no quotes, and the
    extension of the checked type (never the one the sender claimed)."""
    name = os.path.basename((filename or "").replace("\\", "/")).translate(BIDI)
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C" and c not in '"*/:<>?\\|;')
    stem = os.path.splitext(name)[0].strip(" .") or "upload"
    return stem[:120] + extension


# --- active PDF content --------------------------------------------------------------------

ACTIVE_NAMES = {
    b"JavaScript",
    b"JS",
    b"OpenAction",
    b"AA",
    b"Launch",
    b"EmbeddedFile",
    b"EmbeddedFiles",
    b"RichMedia",
    b"XFA",
    b"SubmitForm",
    b"ImportData",
    b"Encrypt",
}
# Filters we do not undo: an object stream behind one of them cannot be checked.
OPAQUE_FILTERS = {
    b"ASCIIHexDecode",
    b"ASCII85Decode",
    b"LZWDecode",
    b"RunLengthDecode",
    b"AHx",
    b"A85",
    b"LZW",
    b"RL",
    b"Crypt",
}
# "/OpenAction [3 0 R /Fit]" only opens the document at a page (LaTeX, Acrobat): harmless.
OPEN_AT_PAGE = re.compile(rb"/OpenAction\s*\[")
NAME = re.compile(rb"/([^\s/<>\[\]()\{\}%]+)")
STREAM = re.compile(rb"(?<!end)stream\r?\n")
# Object streams are inflated and read (a dictionary can hide there), up to this much.
MAX_INFLATED = 64 * MB


class _Unreadable(Exception):
    """A part of the PDF we would have to read but cannot: treated as active."""


def pdf_is_active(data):
    """True if a dictionary of the PDF names scripts, automatic actions, embedded files or
    XFA, in its plain objects or its object streams, or if objects hide where we cannot read
    them (encryption, unusual filters, more than MAX_INFLATED)."""
    try:
        return any(ACTIVE_NAMES & pdf_names(OPEN_AT_PAGE.sub(b"", chunk)) for chunk in _dictionaries(data))
    except _Unreadable:
        return True


def pdf_names(chunk):
    # Names may escape characters as #xx: /J#61vaScript is /JavaScript.
    return {
        re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), match.group(1))
        for match in NAME.finditer(chunk)
    }


def _dictionaries(data):
    """Where a PDF's dictionaries are: the file without its stream bodies (images, fonts and
    page contents hold none, and their bytes would match names by chance), then the inflated
    object streams."""
    outside, object_streams, position = [], [], 0
    for match in STREAM.finditer(data):
        if match.start() < position:
            continue  # inside the body of the stream before
        end = data.find(b"endstream", match.end())
        end = len(data) if end < 0 else end
        header = pdf_names(data[max(0, match.start() - 2048) : match.start()].rpartition(b"obj")[2])
        if b"ObjStm" in header:
            object_streams.append((header, data[match.end() : end]))
        outside.append(data[position : match.start()])
        position = end
    outside.append(data[position:])
    yield b" ".join(outside)
    budget = MAX_INFLATED
    for header, body in object_streams:
        chunk = _inflated(header, body, budget)
        budget -= len(chunk)
        yield chunk


def _inflated(header, body, budget):
    if header & OPAQUE_FILTERS:
        raise _Unreadable()
    if not header & {b"FlateDecode", b"Fl"}:
        return body
    inflater = zlib.decompressobj()
    try:
        chunk = inflater.decompress(body, budget)
    except zlib.error as error:
        raise _Unreadable() from error
    if inflater.unconsumed_tail or len(chunk) >= budget:
        raise _Unreadable()
    return chunk
