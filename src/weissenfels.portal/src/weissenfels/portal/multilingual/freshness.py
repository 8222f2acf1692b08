"""Translation freshness: a translation is outdated when its German source changes after it.

A German save (IObjectModifiedEvent, not a container or PAM-sync event) marks every other
language version: an annotation with the time, indexed as translation_outdated. A German
form's fields changed in easyform's field editor count as a save too: easyform writes the
model without IObjectModifiedEvent (ISchemaModifiedEvent on its fields context; the XML model
editor calls flag_translations itself, easyform/modeleditor.py). Editors list the outdated
ones per language (@@outdated-translations: on the German root and the site every language,
on another language root that language) and clear the mark with @@mark-translation-updated
(POST, CSRF token); visitors see a notice (notices.py).
"""

from Acquisition import aq_parent
from datetime import datetime
from datetime import UTC
from plone import api
from plone.app.multilingual.interfaces import ILanguageRootFolder
from plone.app.multilingual.interfaces import ITranslatable
from plone.app.multilingual.interfaces import ITranslationManager
from plone.base.interfaces import ILanguage
from plone.indexer import indexer
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.languages import language_name
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import LANGUAGES
from zExceptions import BadRequest
from zope.annotation.interfaces import IAnnotations
from zope.container.interfaces import IContainerModifiedEvent
from zope.i18n import translate


KEY = "weissenfels.portal.translation_outdated"
INDEX = "translation_outdated"


def outdated_since(obj):
    """When obj's German source changed after obj was translated, or None."""
    return IAnnotations(obj).get(KEY)


def mark_outdated(obj):
    IAnnotations(obj)[KEY] = datetime.now(UTC)
    obj.reindexObject(idxs=[INDEX])


def clear_outdated(obj):
    annotations = IAnnotations(obj)
    if KEY in annotations:
        del annotations[KEY]
        obj.reindexObject(idxs=[INDEX])


def source_modified(obj, event):
    """Subscriber: a German page was saved; its translations are now possibly outdated."""
    if IContainerModifiedEvent.providedBy(event) or ILanguageRootFolder.providedBy(obj):
        return  # a child added or removed, or a language root: not a change of the text
    descriptions = getattr(event, "descriptions", ())
    if len(descriptions) > 1 and isinstance(descriptions[1], str):
        return  # PAM copying language-independent fields from an edited translation
    flag_translations(obj)


def form_fields_modified(fields_context, event):
    """Subscriber (easyform's IEasyFormFieldsContext, ISchemaModifiedEvent): a field of a
    form was added, changed, moved or removed in the field editor."""
    flag_translations(aq_parent(fields_context))


def flag_translations(obj):
    """obj, if German, changed: mark every other language version outdated."""
    if ILanguage(obj).get_language() != DEFAULT_LANGUAGE:
        return
    for language, translation in ITranslationManager(obj).get_translations().items():
        if language != DEFAULT_LANGUAGE:
            mark_outdated(translation)


@indexer(ITranslatable)
def translation_outdated(obj):
    return outdated_since(obj) is not None


class OutdatedTranslationsView(BrowserView):
    """For editors: the outdated translations, per language. On the German root (where the
    German editors work; German sources are never outdated) and on the site: every language;
    on another language's root: that language."""

    def search_root(self):
        if ILanguage(self.context).get_language() in (DEFAULT_LANGUAGE, ""):
            return api.portal.get()
        return self.context

    def groups(self):
        brains = api.content.find(
            context=self.search_root(),
            translation_outdated=True,
            sort_on="sortable_title",
        )
        by_language = {}
        for brain in brains:
            by_language.setdefault(brain.Language, []).append(brain)
        return [
            {
                "code": code,
                "name": translate(language_name(code), context=self.request),
                "entries": [self.item(brain) for brain in by_language[code]],
            }
            for code in LANGUAGES
            if code in by_language
        ]

    def item(self, brain):
        obj = brain.getObject()
        source = ITranslationManager(obj).get_translation(DEFAULT_LANGUAGE)
        return {
            "title": brain.Title,
            "url": brain.getURL(),
            "since": outdated_since(obj),
            "source_title": source.Title() if source is not None else None,
            "source_url": source.absolute_url() if source is not None else None,
        }


class MarkTranslationUpdatedView(BrowserView):
    """POST only, with the CSRF token: the editor checked the translation against the source."""

    def __call__(self):
        if self.request.method != "POST":
            raise BadRequest("POST only")
        CheckAuthenticator(self.request)  # raises Forbidden without a valid token
        clear_outdated(self.context)
        api.portal.show_message(
            _("status_translation_marked_updated", default="The translation is marked as up to date."),
            request=self.request,
        )
        came_from = self.request.form.get("came_from") or ""
        portal_url = api.portal.get().absolute_url()
        target = came_from if came_from.startswith(portal_url) else self.context.absolute_url()
        self.request.response.redirect(target)
        return ""
