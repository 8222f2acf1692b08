"""The legal pages (Impressum, Datenschutz, Barrierefreiheit) in every language root.

What differs per town comes from the town's settings, not from the text of every language's
page: the controller and the data-protection officer (records weissenfels.portal.town.*) and
the storage period of closed cases (handling/retention.py) are added below the text. A town
changes them in the registry once and every language shows them.

The German text is the binding one: a translation says so at its top, in its own language,
and links the German page (LegalBindingNoteViewlet).
"""

from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.app.multilingual.interfaces import ITranslatable
from plone.app.multilingual.interfaces import ITranslationManager
from plone.base.interfaces import ILanguage
from weissenfels.portal.handling.retention import retention_days
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.town import town_setting
from zope.publisher.browser import BrowserView


# The ids of the legal pages in every language root (the footer's site actions link them).
LEGAL_PAGE_IDS = ("impressum", "datenschutz", "barrierefreiheit")
# The pages that name the controller and the data-protection officer.
CONTACT_PAGE_IDS = ("impressum", "datenschutz")
PRIVACY_PAGE_ID = "datenschutz"
ACCESSIBILITY_PAGE_ID = "barrierefreiheit"


def page_language(context):
    return ILanguage(context).get_language() or DEFAULT_LANGUAGE


class LegalContactsViewlet(ViewletBase):
    def available(self):
        return self.context.getId() in CONTACT_PAGE_IDS

    def controller(self):
        return town_setting("controller")

    def data_protection_officer(self):
        return town_setting("data_protection_officer")

    def settings_language(self):
        """The records are written in German (names and addresses of German authorities):
        marked so on a page in another language, for screen readers."""
        return DEFAULT_LANGUAGE if page_language(self.context) != DEFAULT_LANGUAGE else None

    def retention_days(self):
        """Closed cases' personal data are erased after this many days (on the privacy notice)."""
        return retention_days() if self.context.getId() == PRIVACY_PAGE_ID else None

    def render(self):
        return self.index() if self.available() else ""


class LegalBindingNoteViewlet(ViewletBase):
    """On a translated legal page: only the German text is binding, with a link to it."""

    def german_page(self):
        context = self.context
        if context.getId() not in LEGAL_PAGE_IDS or page_language(context) == DEFAULT_LANGUAGE:
            return None
        if not ITranslatable.providedBy(context):
            return None
        return ITranslationManager(context).get_translation(DEFAULT_LANGUAGE)

    def render(self):
        self.german = self.german_page()
        return self.index() if self.german is not None else ""


class AccessibilityStatementRedirect(BrowserView):
    """Plone's own @@accessibility-info claims WCAG 2.0 level AA for any site. The portal has
    one accessibility statement, the legal page of each language root: it leads there, in the
    visitor's language, else in German."""

    def __call__(self):
        portal = api.portal.get()
        root = portal.get(self.request.get("LANGUAGE", "")) or portal[DEFAULT_LANGUAGE]
        statement = root.get(ACCESSIBILITY_PAGE_ID) or portal[DEFAULT_LANGUAGE][ACCESSIBILITY_PAGE_ID]
        self.request.response.redirect(statement.absolute_url())
        return ""
