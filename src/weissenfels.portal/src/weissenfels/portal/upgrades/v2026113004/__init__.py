"""2026113004: photos of cases stored before the limits (cases/uploads.py) are downscaled to
a long side of at most 4000 px, file names lose control and bidi characters and get the
extension of their type, and every case gets its stored thumbnails (cases/thumbnails.py),
which @@case-thumbnail now serves instead of computing them."""

from plone import api
from plone.namedfile.interfaces import INamedImage
from weissenfels.portal import logger
from weissenfels.portal.cases.thumbnails import store_thumbnails
from weissenfels.portal.cases.uploads import clean_filename
from weissenfels.portal.cases.uploads import clean_upload
from weissenfels.portal.cases.uploads import EXTENSIONS
from weissenfels.portal.cases.uploads import MAX_SIDE
from weissenfels.portal.cases.uploads import UploadRejected

import transaction


def shrink_photos_and_store_thumbnails(context):
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type="Vorgang")
    for count, brain in enumerate(brains, 1):
        case = brain._unrestrictedGetObject()
        if case.attachments:
            case.attachments = [renamed(shrunk(attachment)) for attachment in case.attachments]
            store_thumbnails(case)
        if count % 500 == 0:
            transaction.savepoint(optimistic=True)  # lets the cache drop what it woke
    logger.info("Photos and thumbnails of %s cases checked", len(brains))


def shrunk(attachment):
    if not INamedImage.providedBy(attachment) or max(attachment.getImageSize()) <= MAX_SIDE:
        return attachment
    try:
        return clean_upload(attachment.data, attachment.filename)
    except UploadRejected:  # unreadable or a pixel flood: left as it is, no thumbnail
        return attachment


def renamed(attachment):
    attachment.filename = clean_filename(attachment.filename, EXTENSIONS.get(attachment.contentType, ".bin"))
    return attachment
