"""What differs per town: one registry schema, records `weissenfels.portal.town.*`.

The site-creation form of the distribution (distribution.py) writes them; every part that
names the town, builds a case reference, matches an address or names the controller on the
legal pages reads them here, at run time. The defaults are Weißenfels: a site whose upgrade
steps have not run yet still serves pages.
"""

from plone.registry.interfaces import IRegistry
from weissenfels.portal import _
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import LANGUAGES
from zope import schema
from zope.component import queryUtility
from zope.interface import Interface


PREFIX = "weissenfels.portal.town"


class ITownSettings(Interface):
    """Registered with prefix="weissenfels.portal.town"."""

    town_name = schema.TextLine(
        title=_("label_town_name", default="Town"),
        description=_("help_town_name", default="The town's name as used in texts and mails."),
        default="Weißenfels",
    )
    district_name = schema.TextLine(
        title=_("label_district_name", default="District"),
        description=_("help_district_name", default="The district (Landkreis) running the portal with the town."),
        default="Burgenlandkreis",
        required=False,
    )
    reference_prefix = schema.ASCIILine(
        title=_("label_reference_prefix", default="Case reference prefix"),
        description=_("help_reference_prefix", default="Two to five capital letters, e.g. WSF for WSF-2026-000123."),
        default="WSF",
        constraint=lambda value: value.isalpha() and value.isupper() and 2 <= len(value) <= 5,
    )
    postcodes = schema.Tuple(
        title=_("label_postcodes", default="Postcodes of the area"),
        description=_(
            "help_postcodes",
            default="Addresses with another postcode are not counted as the same building.",
        ),
        value_type=schema.TextLine(),
        default=("06667", "06688"),
        required=False,
    )
    controller = schema.Text(
        title=_("label_controller", default="Controller (GDPR)"),
        description=_("help_controller", default="Named on the legal pages (Impressum, Datenschutz)."),
        default="Stadt Weißenfels, vertreten durch den Oberbürgermeister, Markt 1, 06667 Weißenfels",
    )
    data_protection_officer = schema.Text(
        title=_("label_data_protection_officer", default="Data protection officer"),
        description=_("help_data_protection_officer", default="Named on the legal pages (Impressum, Datenschutz)."),
        default="Datenschutzbeauftragte der Stadt Weißenfels, Markt 1, 06667 Weißenfels",
    )
    languages = schema.Tuple(
        title=_("label_town_languages", default="Languages of the portal"),
        description=_("help_town_languages", default="German is always one of them."),
        value_type=schema.Choice(values=LANGUAGES),
        default=LANGUAGES,
    )


def town_setting(name):
    """The registry value of ITownSettings[name], or its default where the record is missing."""
    default = ITownSettings[name].default
    registry = queryUtility(IRegistry)
    if registry is None:
        return default
    value = registry.get(f"{PREFIX}.{name}")
    return default if value is None else value


def town_languages():
    """The site's languages in LANGUAGES' order, German always first."""
    chosen = set(town_setting("languages") or ()) | {DEFAULT_LANGUAGE}
    return tuple(code for code in LANGUAGES if code in chosen)


def reference_prefix():
    return town_setting("reference_prefix") or ITownSettings["reference_prefix"].default


def area_postcodes():
    return tuple(code.strip() for code in town_setting("postcodes") or () if code.strip())
