"""Thumbnails of a case's photos, made once when the case is stored.

The photos are a list on the case (`attachments`), not image fields, so plone.namedfile's
`@@images` cannot name them; its scale storage can: an IImageScaleFactory for cases finds
`attachment-<index>` in the list, and plone.scale's AnnotationStorage keeps each scale as a
blob in the case's `plone.scale` annotation. `store_thumbnails` runs when a case is stored
(and in the upgrade step for older cases); `@@case-thumbnail` only reads what is stored, so
opening a case never decodes a photo again.
"""

from plone.namedfile.interfaces import INamedImage
from plone.namedfile.scaling import DefaultImageScalingFactory
from plone.scale.interfaces import IImageScaleFactory
from plone.scale.storage import AnnotationStorage
from weissenfels.portal.content.vorgang import IVorgang
from zope.annotation.interfaces import IAnnotations
from zope.component import adapter
from zope.interface import implementer


# The scales the case views show (handling/templates/panel.pt): one, 200 px.
THUMBNAIL = {"width": 200, "height": 200, "mode": "scale"}
SCALES_KEY = "plone.scale"  # plone.scale's AnnotationStorage


def field_name(index):
    return f"attachment-{index}"


@implementer(IImageScaleFactory)
@adapter(IVorgang)
class AttachmentScalingFactory(DefaultImageScalingFactory):
    """plone.namedfile's scaling, with the original taken from the case's attachment list."""

    def get_original_value(self, fieldname=None):
        name = fieldname or self.fieldname or ""
        prefix, _sep, index = name.rpartition("-")
        attachments = self.context.attachments or ()
        if prefix != "attachment" or not index.isdigit() or int(index) >= len(attachments):
            return None
        value = attachments[int(index)]
        return value if INamedImage.providedBy(value) else None


def store_thumbnails(case):
    """Make and keep the thumbnail of every photo of the case (at storage, not at view)."""
    storage = AnnotationStorage(case)
    for index, attachment in enumerate(case.attachments or ()):
        if INamedImage.providedBy(attachment):
            storage.scale(fieldname=field_name(index), **THUMBNAIL)


def stored_thumbnail(case, index):
    """The stored thumbnail (a NamedBlobImage) of attachment `index`, or None; writes nothing."""
    uid = AnnotationStorage(case).hash_key(fieldname=field_name(index), **THUMBNAIL)
    info = (IAnnotations(case).get(SCALES_KEY) or {}).get(uid)
    return info.get("data") if info else None


def drop_thumbnails(case):
    """With the photos, their thumbnails go (anonymisation)."""
    IAnnotations(case).pop(SCALES_KEY, None)
