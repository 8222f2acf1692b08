"""A page shows an image's new scale URL as soon as an editor replaces the image.

A rich text's rendered HTML (with the images' hashed scale URLs, which are kept a year) is
cached by portal_transforms for up to an hour. plone.app.textfield drops that cache once an
image the text shows has changed since (catalog `modified`, checked when the catalog counter
moved, so every process notices), but it finds the images only in `src="../resolveuid/<uid>`.
TinyMCE writes the URL relative to the page: `../../resolveuid/<uid>` on a page one folder
deeper (every page inside a unit's folder), `/weissenfels/resolveuid/<uid>` if not relative.
Those pages kept showing the old photo; here every form is read.
"""

from plone.app.textfield.transform import PortalTransformsTransformer

import re


ANY_RESOLVEUID_SRC = re.compile(r'src="[^"]*resolve[uU]id/')


class ImageAwareTransformer(PortalTransformsTransformer):
    def check_referenced_images(self, value, target_mimetype, cache_obj):
        # plone.app.textfield reads the uids only from `src="<one step>/resolveuid/<uid>"`
        value = ANY_RESOLVEUID_SRC.sub('src="/resolveuid/', value)
        return super().check_referenced_images(value, target_mimetype, cache_obj)
