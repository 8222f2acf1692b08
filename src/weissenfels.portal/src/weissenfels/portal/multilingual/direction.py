"""Writing direction of a page for a right-to-left visitor on a German fallback page.

The German page with ?untranslated=ar (multilingual/fallback.py) is read by an Arabic
visitor: its chrome (the notice in Arabic, navigation, header, footer) runs right to left,
while the German text itself is marked lang="de" dir="ltr" (cases/templates/case_form_layout.pt).
Plone sets the body's direction from portal_state.is_rtl() (the theme copies it to html)."""

from plone.app.layout.globals.portal import PortalState
from weissenfels.portal.multilingual.fallback import wanted_language


RTL_LANGUAGES = ("ar",)


def visitor_is_rtl(request):
    """True when the visitor asked for a right-to-left language the page is not in."""
    return wanted_language(request) in RTL_LANGUAGES


class DirectionalPortalState(PortalState):
    def is_rtl(self):
        return visitor_is_rtl(self.request) or super().is_rtl()
