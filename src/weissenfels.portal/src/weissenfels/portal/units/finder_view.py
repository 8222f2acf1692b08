"""The finder page "Wer hilft mir?": the view of the Wegweiser /<lang>/wer-hilft-mir, of each
of its situations (the finder with that situation chosen) and, for a language root without a
Wegweiser, @@wer-hilft-mir on the root."""

from functools import cached_property
from plone.base.interfaces import ILanguage
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.content.lebenslage import ILebenslage
from weissenfels.portal.content.wegweiser import IWegweiser
from weissenfels.portal.multilingual.fallback import fallback_url
from weissenfels.portal.units.finder import FINDER_ID
from weissenfels.portal.units.finder import form_in
from weissenfels.portal.units.finder import language_root
from weissenfels.portal.units.finder import situations_for
from weissenfels.portal.units.finder import unit_page
from weissenfels.portal.units.views import tel_href
from zope.i18n import translate


class FinderView(BrowserView):
    """Pick a situation, get the right unit with its contact and form."""

    @cached_property
    def root(self):
        return language_root(self.context)

    @cached_property
    def language(self):
        return ILanguage(self.root).get_language() if self.root is not None else None

    @cached_property
    def _shown(self):
        return situations_for(self.context)

    def finder_url(self):
        if IWegweiser.providedBy(self.context):
            return self.context.absolute_url()
        if ILebenslage.providedBy(self.context):
            return self.context.__parent__.absolute_url()
        return f"{self.context.absolute_url()}/{FINDER_ID}"

    def situations(self):
        return self._shown[0]

    def untranslated_notice(self):
        """The site's "not translated" notice, in the visitor's language, above German situations."""
        if not self._shown[0] or self._shown[1] == self.language:
            return None
        return translate(
            _(
                "notice_not_translated",
                default="This page has not been translated into your language yet. You are reading the German version.",
            ),
            target_language=self.language,
            context=self.request,
        )

    def chosen(self):
        if ILebenslage.providedBy(self.context) and "situation" not in self.request.form:
            wanted = self.context.getId()
        else:
            wanted = self.request.form.get("situation", "")
        for situation in self.situations():
            if situation.getId() == wanted:
                return situation
        return None

    def link(self, obj):
        """obj's URL; a German page shown to a visitor of another language carries the notice."""
        if ILanguage(obj).get_language() != self.language:
            return fallback_url(obj, self.language)
        return obj.absolute_url()

    def answer(self, situation):
        unit = unit_page(self.root, situation.unit)
        if unit is None:
            return None
        form = form_in(unit, situation.form_id, ILanguage(unit).get_language())
        return {
            "situation": situation,
            "unit": unit,
            "unit_url": self.link(unit),
            "form": form,
            "action_url": self.link(form) if form is not None else self.link(unit),
            "action_title": form.Title() if form is not None else unit.Title(),
            "phone_href": tel_href(unit.phone),
        }
