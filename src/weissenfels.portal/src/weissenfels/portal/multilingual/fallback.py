"""Where a page has no translation in the visitor's language: the German page, with a notice.

Two ways lead there, both to <German page>?untranslated=<language>:
- the language selector (LanguageSelectorViewlet) for languages the page lacks;
- a path in a language root or unit that does not exist there but does in German, such as
  /ro/impressum (GermanFallbackTraverse): a redirect instead of a 404.
The notice itself is notices.LanguageNoticeViewlet.
"""

from plone import api
from plone.app.multilingual.browser.selector import LanguageSelectorViewlet as PAMSelector
from plone.app.multilingual.interfaces import ITranslatable
from plone.app.multilingual.interfaces import ITranslationManager
from plone.base.interfaces import ILanguage
from plone.dexterity.browser.traversal import DexterityPublishTraverse
from weissenfels.portal.caching import fragments
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import LANGUAGES
from zExceptions import NotFound
from zExceptions import Redirect
from ZTUtils import make_query


UNTRANSLATED = "untranslated"  # the query parameter naming the language the visitor wanted


def wanted_language(request):
    """The language the visitor asked for with ?untranslated=<language>, if it is one of ours."""
    wanted = request.form.get(UNTRANSLATED)
    return wanted if isinstance(wanted, str) and wanted in LANGUAGES else None


def visible_translation(obj, language):
    """obj's translation into language, if it exists and the visitor may see it."""
    if not ITranslatable.providedBy(obj):
        return None
    translation = ITranslationManager(obj).get_translation(language)
    if translation is None or not api.user.has_permission("View", obj=translation):
        return None
    return translation


def fallback_url(obj, language):
    """The German version of obj (or obj itself), asking for the notice in language."""
    german = obj
    if ILanguage(obj).get_language() != DEFAULT_LANGUAGE:
        german = visible_translation(obj, DEFAULT_LANGUAGE) or obj
    return f"{german.absolute_url()}?{make_query({UNTRANSLATED: language})}"


class LanguageSelectorViewlet(PAMSelector):
    """PAM's selector, except for languages the page is not translated into.

    PAM would send the visitor to the closest translated folder (or a "not translated"
    page without content); we show the German page with a notice in their language.
    """

    def languages(self):
        # The same links for every anonymous visitor of a page (caching/fragments.py); copies,
        # so that a template changing an entry changes no other request's.
        links = fragments.fragment("language-links", self.context, self.request, self._languages)
        return [dict(link) for link in links]

    def _languages(self):
        results = super().languages()
        current = ILanguage(self.context).get_language()
        # One catalog query for all languages (the selector is on every page); the catalog
        # only finds translations the visitor may view.
        translated = (
            ITranslationManager(self.context).get_restricted_translations()
            if ITranslatable.providedBy(self.context)
            else {}
        )
        for data in results:
            if data["code"] == current:
                continue
            if data["code"] not in translated:
                data["translated"] = False
                data["url"] = fallback_url(self.context, data["code"])
        return results


class GermanFallbackTraverse(DexterityPublishTraverse):
    """<translated folder>/<name> that exists only in the German folder: redirect there with a
    notice. Registered for language roots (/ro/impressum) and units (/ro/<unit>/<page>)."""

    def publishTraverse(self, request, name):
        try:
            return super().publishTraverse(request, name)
        except (NotFound, KeyError, AttributeError):
            language = ILanguage(self.context).get_language()
            german_parent = visible_translation(self.context, DEFAULT_LANGUAGE)
            german = german_parent.get(name) if german_parent is not None and language != DEFAULT_LANGUAGE else None
            if (
                german is None
                or not ITranslatable.providedBy(german)
                or not api.user.has_permission("View", obj=german)
            ):
                raise
            # The rest of the path leads further down in German (/ar/<unit>/<form>): to the
            # German form, not to its unit, as far as the German pages go.
            stack = request.get("TraversalRequestNameStack") or []
            while stack and ITranslatable.providedBy(german):
                child = german.get(stack[-1]) if hasattr(german, "get") else None
                if (
                    child is None
                    or not ITranslatable.providedBy(child)
                    or not api.user.has_permission("View", obj=child)
                ):
                    break
                stack.pop()
                german = child
            translation = visible_translation(german, language)
            target = translation.absolute_url() if translation is not None else fallback_url(german, language)
            raise Redirect(target) from None
