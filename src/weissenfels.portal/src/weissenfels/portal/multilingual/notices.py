"""The notices above a page's title: "not yet translated" and "translation may be outdated"."""

from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.app.multilingual.interfaces import ITranslatable
from plone.base.interfaces import ILanguage
from weissenfels.portal import _
from weissenfels.portal.multilingual.direction import RTL_LANGUAGES
from weissenfels.portal.multilingual.fallback import visible_translation
from weissenfels.portal.multilingual.fallback import wanted_language
from weissenfels.portal.multilingual.freshness import outdated_since
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from zope.component import getMultiAdapter
from zope.i18n import translate


class LanguageNoticeViewlet(ViewletBase):
    """Tells visitors, in their language, when they read German instead, or an outdated translation."""

    def update(self):
        super().update()
        self.untranslated = None
        self.outdated = None
        if not ITranslatable.providedBy(self.context):
            return
        context_language = ILanguage(self.context).get_language()
        wanted = wanted_language(self.request)
        if wanted and wanted != context_language and visible_translation(self.context, wanted) is None:
            self.untranslated = self.notice_for(wanted)
        if context_language != DEFAULT_LANGUAGE and outdated_since(self.context) is not None:
            self.outdated = {
                "source": visible_translation(self.context, DEFAULT_LANGUAGE),
                "can_mark": api.user.has_permission("Modify portal content", obj=self.context),
                "authenticator": getMultiAdapter((self.context, self.request), name="authenticator").token(),
            }

    def notice_for(self, language):
        """The not-translated notice, translated into the language the visitor asked for."""
        root = api.portal.get().get(language)
        return {
            "language": language,
            "dir": "rtl" if language in RTL_LANGUAGES else "ltr",
            "text": translate(
                _(
                    "notice_not_translated",
                    default=(
                        "This page has not been translated into your language yet. You are reading the German version."
                    ),
                ),
                target_language=language,
                context=self.request,
            ),
            "home_label": translate(
                _("notice_not_translated_home", default="Home page in your language"),
                target_language=language,
                context=self.request,
            ),
            "home_url": root.absolute_url() if root is not None else None,
        }

    def render(self):
        if self.untranslated is None and self.outdated is None:
            return ""
        return self.index()
