"""Demo content of the public pages: the five units of the seed (organisation.UNITS; their
German pages create the units' groups and case folders), the overview page "Der Weißenfelser
Weg" in every resident language, a page in Leichte Sprache and the legal pages.

German is created first; every other language version is registered as its translation
with plone.app.multilingual, so the language selector, hreflang links and the
@translations endpoint know them. Everything is published. Idempotent: what exists stays.
"""

from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from plone.app.textfield.value import RichTextValue
from plone.base.interfaces import ILanguage
from Products.CMFCore.indexing import processQueue
from weissenfels.portal import logger
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import LANGUAGES
from weissenfels.portal.organisation import UNITS
from weissenfels.portal.setuphandlers.demo_units_texts import CONTACTS
from weissenfels.portal.setuphandlers.demo_units_texts import EASY_READ
from weissenfels.portal.setuphandlers.demo_units_texts import HOURS_OF_UNIT
from weissenfels.portal.setuphandlers.demo_units_texts import LEGAL
from weissenfels.portal.setuphandlers.demo_units_texts import OVERVIEW_ID
from weissenfels.portal.setuphandlers.demo_units_texts import TEXTS

import re


# German first: it is the source every other language is registered against.
DEMO_LANGUAGES = (DEFAULT_LANGUAGE, *(code for code in TEXTS if code != DEFAULT_LANGUAGE))
FINDER_VIEW = "wer-hilft-mir"
_PLACEHOLDER = re.compile(r"\{((?:unit|page):[a-z-]+|finder)\}")


def post_install(context):
    create_demo_units(api.portal.get())


def create_demo_units(portal):
    create_language_pages(portal)
    # Languages without pages of their own yet (ar, uk): the finder, in their language, is
    # the front page; it leads to the German unit pages.
    for code in LANGUAGES:
        root = portal.get(code)
        if code not in TEXTS and root is not None and root.getDefaultPage() is None:
            root.setLayout(FINDER_VIEW)
    link_translations(portal)
    # Index the translation links now: later steps of the same run query them.
    processQueue()
    logger.info("Demo units and pages created in %s", ", ".join(DEMO_LANGUAGES))


def create_seed_units(portal):
    """The German pages of the seed's units: the units themselves, with their groups and case
    folders (the test layers without demo content start from here)."""
    texts = TEXTS[DEFAULT_LANGUAGE]
    for unit in UNITS:
        create_unit(portal[DEFAULT_LANGUAGE], unit.id, texts["units"][unit.id], texts["hours"][HOURS_OF_UNIT[unit.id]])
    processQueue()


def create_language_pages(portal):
    """The units, the overview and the legal pages in every language that has texts."""
    for code in DEMO_LANGUAGES:
        root = portal[code]
        texts = TEXTS[code]
        for unit in UNITS:
            create_unit(root, unit.id, texts["units"][unit.id], texts["hours"][HOURS_OF_UNIT[unit.id]])
        if code == DEFAULT_LANGUAGE:
            create_page(root, EASY_READ["id"], EASY_READ)
        create_page(root, OVERVIEW_ID, texts["overview"])
        if root.getDefaultPage() is None:
            root.setDefaultPage(OVERVIEW_ID)
    for code, pages in LEGAL.items():
        for page_id, page in pages.items():
            # Reached from the footer, not from the main navigation.
            create_page(portal[code], page_id, page, exclude_from_nav=True)


def link_translations(portal):
    """Link the language versions as translations of the German source."""
    german = portal[DEFAULT_LANGUAGE]
    for obj_id in [*(unit.id for unit in UNITS), OVERVIEW_ID, *LEGAL[DEFAULT_LANGUAGE]]:
        manager = ITranslationManager(german[obj_id])
        for code in DEMO_LANGUAGES[1:]:
            translation = portal[code].get(obj_id)
            if translation is not None and not manager.has_translation(code):
                manager.register_translation(code, translation)


def create_unit(root, unit_id, texts, opening_hours):
    if unit_id in root:
        return root[unit_id]
    # The German page is the unit: its key (the seed's id) names its groups and case folder,
    # which units/lifecycle.py creates when the page is added.
    key = {"unit_key": unit_id} if ILanguage(root).get_language() == DEFAULT_LANGUAGE else {}
    unit = api.content.create(
        container=root,
        type="Organisationseinheit",
        id=unit_id,
        title=texts["title"],
        description=texts["description"],
        goal=texts["goal"],
        tasks=list(texts["tasks"]),
        target_group=texts["target_group"],
        opening_hours=opening_hours,
        text=RichTextValue(texts["text"], "text/html", "text/x-html-safe"),
        **CONTACTS[unit_id],
        **key,
    )
    return finish(root, unit)


def create_page(root, page_id, texts, **extra):
    if page_id in root:
        return root[page_id]
    page = api.content.create(
        container=root,
        type="Document",
        id=page_id,
        title=texts["title"],
        description=texts["description"],
        text=RichTextValue(link_placeholders(root, texts["text"]), "text/html", "text/x-html-safe"),
        **extra,
    )
    return finish(root, page)


def finish(root, obj):
    # PAM sets the language of new content from the request; a profile run has none.
    ILanguage(obj).set_language(ILanguage(root).get_language())
    obj.reindexObject()
    api.content.transition(obj=obj, transition="publish")
    return obj


def link_placeholders(root, html):
    """{unit:<id>}, {page:<id>} and {finder} become resolveuid links (they survive renaming)."""

    def link(match):
        name = match.group(1)
        if name == "finder":
            return f"resolveuid/{api.content.get_uuid(root)}/{FINDER_VIEW}"
        return f"resolveuid/{api.content.get_uuid(root[name.split(':')[1]])}"

    return _PLACEHOLDER.sub(link, html)
