"""@@uebersetzungen: per language, what is missing, outdated or not yet reviewed.

For the Redaktion and the native reviewers (staff page: German, staff_language.py). On the
site and the German root every language, on another language root that language. Read from
the catalog only: the German sources and each language's translations of the types with the
review behavior (review.py), matched by PAM's TranslationGroup; outdated from
translation_outdated (freshness.py), unreviewed from translation_review.
"""

from plone import api
from plone.base.interfaces import ILanguage
from Products.Five.browser import BrowserView
from weissenfels.portal.languages import language_name
from weissenfels.portal.multilingual.review import may_see_status
from weissenfels.portal.multilingual.review import REVIEWED
from weissenfels.portal.multilingual.review import TRANSLATED
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.town import town_languages
from zExceptions import Unauthorized
from zope.i18n import translate


BEHAVIOR = "weissenfels.portal.translation_review"


def reviewed_types():
    """The portal types whose translations carry a review status."""
    return sorted(
        fti.getId()
        for fti in api.portal.get_tool("portal_types").objectValues()
        if BEHAVIOR in getattr(fti, "behaviors", ())
    )


def entry(brain):
    return {"title": brain.Title or brain.getId, "url": brain.getURL()}


class TranslationsDashboard(BrowserView):
    def __call__(self):
        if not may_see_status(self.context):
            raise Unauthorized("uebersetzungen")
        return self.index()

    def languages(self):
        language = ILanguage(self.context).get_language()
        portal = api.portal.get()
        codes = [code for code in town_languages() if code != DEFAULT_LANGUAGE and code in portal.objectIds()]
        return [language] if language in codes else codes

    def find(self, code, **query):
        portal = api.portal.get()
        path = "/".join((*portal.getPhysicalPath(), code))
        return api.portal.get_tool("portal_catalog")(
            path=path, portal_type=self.types, Language=code, sort_on="path", **query
        )

    def summary(self):
        """One row per language: counts and lists (missing, outdated, unreviewed, reviewed)."""
        self.types = reviewed_types()
        sources = {brain.TranslationGroup: brain for brain in self.find(DEFAULT_LANGUAGE)}
        rows = []
        for code in self.languages():
            translations = self.find(code)
            present = {brain.TranslationGroup for brain in translations}
            missing = [
                dict(entry(brain), translate_url=f"{brain.getURL()}/@@create_translation?language={code}")
                for group, brain in sources.items()
                if group not in present
            ]
            rows.append(
                {
                    "code": code,
                    "name": translate(language_name(code), context=self.request),
                    "missing": sorted(missing, key=lambda item: item["title"].lower()),
                    "outdated": [entry(brain) for brain in self.find(code, translation_outdated=True)],
                    "unreviewed": [entry(b) for b in translations if b.translation_review == TRANSLATED],
                    "reviewed": len([b for b in translations if b.translation_review == REVIEWED]),
                    "url": api.portal.get()[code].absolute_url(),
                }
            )
        return rows
