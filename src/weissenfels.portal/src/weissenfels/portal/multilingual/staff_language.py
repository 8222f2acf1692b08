"""Staff pages speak German, whatever the browser asks for.

/vorgaenge and /intranet are language-neutral content, and the figures live on the site
root, so Plone would negotiate their UI language from the browser's Accept-Language: an
en-US browser got an English inbox. The teams and working groups work in German; a user who
picked another language in the personal preferences (member property `language`) gets that
one: Plone's negotiation ignores the preference by itself, so it is honoured here.
After traversal we know the published object and rebind the request's language (plone.i18n's
LanguageBinding, which the translation machinery and the page's lang attribute read).
"""

from plone import api
from plone.i18n.utility import LanguageBinding
from weissenfels.portal.handling.interfaces import ICasesRoot
from weissenfels.portal.interfaces import IIntranetRoot
from weissenfels.portal.organisation import DEFAULT_LANGUAGE


STAFF_LANGUAGE = DEFAULT_LANGUAGE
STAFF_ROOTS = (ICasesRoot, IIntranetRoot)
# Staff views published on the site root (the areas above cover everything below them).
STAFF_VIEWS = frozenset(
    {"vorgaenge-kennzahlen", "vorgaenge-kennzahlen.csv", "formularlogik", "organisation", "uebersetzungen"}
)


def is_staff_page(request):
    published = request.get("PUBLISHED")
    if getattr(published, "__name__", None) in STAFF_VIEWS:
        return True
    return any(root.providedBy(obj) for obj in request.get("PARENTS", ()) for root in STAFF_ROOTS)


def preferred_language():
    """The language the user picked in the personal preferences, if the site has it."""
    if api.user.is_anonymous():
        return None
    chosen = api.user.get_current().getProperty("language", "") or ""
    supported = api.portal.get_tool("portal_languages").getSupportedLanguages()
    return chosen if chosen in supported else None


def staff_pages_in_german(event):
    request = event.request
    if not is_staff_page(request):
        return
    language = preferred_language() or STAFF_LANGUAGE
    binding = request.get("LANGUAGE_TOOL")
    if isinstance(binding, LanguageBinding):
        binding.LANGUAGE = language
        binding.LANGUAGE_LIST = [language]
    request["LANGUAGE"] = language
