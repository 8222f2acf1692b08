"""Vocabularies of the Organisationseinheit type and of the finder's situations (Lebenslage)."""

from weissenfels.portal import _
from weissenfels.portal.units.registry import active_units
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


# The values are organisation.Unit.authority's values.
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


@provider(IVocabularyFactory)
def situation_units(context):
    """The units that accept cases, by their fixed key (a situation names its unit so)."""
    return SimpleVocabulary([SimpleTerm(unit.key, unit.key, unit.title) for unit in active_units()])
