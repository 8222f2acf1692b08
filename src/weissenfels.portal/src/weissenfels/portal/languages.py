"""The names of the site's languages, in one place: each by its own name (what a resident
picks, e.g. the contact-language question) and as a message id (what staff read, in German
on their pages: "Bulgarisch")."""

from weissenfels.portal import _


OWN_NAMES = {
    "de": "Deutsch",
    "en": "English",
    "ro": "Română",
    "pl": "Polski",
    "bg": "Български",
    "hu": "Magyar",
    "ar": "العربية",
    "uk": "Українська",
}

LANGUAGE_NAMES = {
    "de": _("language_name_de", default="German"),
    "en": _("language_name_en", default="English"),
    "ro": _("language_name_ro", default="Romanian"),
    "pl": _("language_name_pl", default="Polish"),
    "bg": _("language_name_bg", default="Bulgarian"),
    "hu": _("language_name_hu", default="Hungarian"),
    "ar": _("language_name_ar", default="Arabic"),
    "uk": _("language_name_uk", default="Ukrainian"),
}


def language_name(code):
    """The language's name as a message id (the code itself for an unknown language)."""
    return LANGUAGE_NAMES.get(code, code)
