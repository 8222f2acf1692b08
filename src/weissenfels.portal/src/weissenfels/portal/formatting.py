"""Dates and numbers as the portal's pages show them: one place, one convention per language.

German pages (and any page whose language is unknown: the site's default is German) follow
German conventions, ``30.11.2026``, ``30.11.2026, 14:05``, ``26,0``; pages in other languages get
the unambiguous ISO forms ``2026-11-30``, ``2026-11-30 14:05``, ``26.0``. Machine formats
(catalog index values, CSV, iCal, JSON) are not display and do not come from here.
Templates reach the helpers through the view ``@@wsf-format`` (``date``, ``datetime``, ``number``).
"""

from Products.Five import BrowserView
from zExceptions import NotFound


GERMAN = "de"


def _german(language):
    return not language or language.split("-")[0].lower() == GERMAN


def page_language(request):
    """The language the page is shown in: the request's negotiated language, else German."""
    return (request.get("LANGUAGE") if request is not None else None) or GERMAN


def format_date(value, language=GERMAN):
    if not value:
        return ""
    return value.strftime("%d.%m.%Y" if _german(language) else "%Y-%m-%d")


def format_datetime(value, language=GERMAN, seconds=False):
    if not value:
        return ""
    time = "%H:%M:%S" if seconds else "%H:%M"
    return value.strftime(f"%d.%m.%Y, {time}" if _german(language) else f"%Y-%m-%d {time}")


def format_number(value, language=GERMAN, digits=1):
    if value is None:
        return ""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if _german(language) else text


class FormatView(BrowserView):
    """@@wsf-format: the helpers above in the language of the page that calls them."""

    def __call__(self):
        raise NotFound("wsf-format")  # a helper of the templates, not a page

    def language(self):
        return page_language(self.request)

    def date(self, value):
        return format_date(value, self.language())

    def datetime(self, value, seconds=False):
        return format_datetime(value, self.language(), seconds=seconds)

    def number(self, value, digits=1):
        return format_number(value, self.language(), digits)
