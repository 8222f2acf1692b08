"""Vocabularies of the Organisationseinheit type and of the units (from the registry)."""

from weissenfels.portal import _
from weissenfels.portal.town import town_setting
from weissenfels.portal.units.registry import active_units
from weissenfels.portal.units.registry import all_units
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


# The values of the unit pages' field `authority`.
# The town and district are the site's (town.py): the titles are filled in per request.
AUTHORITIES = (
    ("stadt", _("authority_stadt", default="City of ${town}")),
    ("landkreis", _("authority_landkreis", default="${district} (district)")),
    ("beide", _("authority_beide", default="City of ${town} and ${district} together")),
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


def _authority_terms(entries):
    names = {"town": town_setting("town_name"), "district": town_setting("district_name")}
    return [SimpleTerm(value, value, _(message, mapping=names)) for value, message in entries]


@provider(IVocabularyFactory)
def authorities(context):
    """The unit pages' responsible authority."""
    return SimpleVocabulary(_authority_terms(AUTHORITIES))


@provider(IVocabularyFactory)
def participant_authorities(context):
    """Who a meeting's participant works for (Protokoll)."""
    return SimpleVocabulary(
        [*_authority_terms(AUTHORITIES[:2]), SimpleTerm("andere", "andere", _("authority_andere", default="andere"))]
    )


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
