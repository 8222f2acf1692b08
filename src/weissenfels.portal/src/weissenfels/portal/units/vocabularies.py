"""Vocabularies of the Organisationseinheit type and of the units (from the registry)."""

from weissenfels.portal import _
from weissenfels.portal.units.registry import active_units
from weissenfels.portal.units.registry import all_units
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


# The values of the unit pages' field `authority`.
AUTHORITIES = (
    ("stadt", _("authority_stadt", default="City of Weißenfels")),
    ("landkreis", _("authority_landkreis", default="Burgenlandkreis (district)")),
    ("beide", _("authority_beide", default="City of Weißenfels and Burgenlandkreis together")),
)

# Languages are named in themselves: a visitor finds their own language in any UI language.
DESK_LANGUAGES = (
    ("de", "Deutsch"),
    ("en", "English"),
    ("ro", "Română"),
    ("pl", "Polski"),
    ("bg", "Български"),
    ("hu", "Magyar"),
    ("ar", "العربية"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
)


@provider(IVocabularyFactory)
def authorities(context):
    return SimpleVocabulary([SimpleTerm(value, value, title) for value, title in AUTHORITIES])


@provider(IVocabularyFactory)
def desk_languages(context):
    return SimpleVocabulary([SimpleTerm(value, value, title) for value, title in DESK_LANGUAGES])


def unit_title(unit):
    """A unit's title, marked when it is retired (it stays where its cases are counted)."""
    if unit.retired:
        return _("unit_title_retired", default="${title} (retired)", mapping={"title": unit.title})
    return unit.title


@provider(IVocabularyFactory)
def units(context):
    """Every unit by key, retired ones marked (the case folders' field `unit`)."""
    return SimpleVocabulary([SimpleTerm(unit.key, unit.key, unit_title(unit)) for unit in all_units()])


@provider(IVocabularyFactory)
def active_units_vocabulary(context):
    """The units that accept cases (the form action's choice)."""
    return SimpleVocabulary([SimpleTerm(unit.key, unit.key, unit.title) for unit in active_units()])
