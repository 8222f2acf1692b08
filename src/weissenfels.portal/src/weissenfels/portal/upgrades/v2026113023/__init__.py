"""2026113023: translation review (issue 18, multilingual/review.py).

The behavior weissenfels.portal.translation_review on the translatable public types, the
catalog index and column translation_review, a reviewer group per language with the role
TranslationReviewer on its root (the role and permission come with the rolemap step, the
dashboard's menu entry with the actions step). Every existing translation starts as
"übersetzt": nothing was reviewed before the status existed.
"""

from plone import api
from weissenfels.portal import logger
from weissenfels.portal.multilingual.review import ensure_reviewer_groups
from weissenfels.portal.multilingual.review import INDEX
from weissenfels.portal.multilingual.review import is_translation
from weissenfels.portal.multilingual.review import TRANSLATED
from weissenfels.portal.town import town_languages


BEHAVIOR = "weissenfels.portal.translation_review"
TYPES = ("Document", "EasyForm", "Lebenslage", "Organisationseinheit", "Wegweiser")


def translation_review(context):
    portal = api.portal.get()
    add_behavior()
    catalog = api.portal.get_tool("portal_catalog")
    if INDEX not in catalog.indexes():
        catalog.addIndex(INDEX, "FieldIndex")
    if INDEX not in catalog.schema():
        catalog.addColumn(INDEX)
    ensure_reviewer_groups(portal, town_languages())
    count = 0
    for brain in catalog.unrestrictedSearchResults(portal_type=TYPES):
        obj = brain._unrestrictedGetObject()
        if is_translation(obj):
            obj.translation_review_state = TRANSLATED
            count += 1
        obj.reindexObject(idxs=[INDEX])
    logger.info("Translation review: %d translations are 'übersetzt'", count)


def add_behavior():
    types = api.portal.get_tool("portal_types")
    for name in TYPES:
        fti = types.get(name)
        if fti is not None and BEHAVIOR not in fti.behaviors:
            fti.manage_changeProperties(behaviors=(*fti.behaviors, BEHAVIOR))  # also clears the schema cache
