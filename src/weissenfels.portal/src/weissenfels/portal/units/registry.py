"""The units (Organisationseinheiten) as the running site knows them: the one API every part
reads for "which units are there, what are their groups".

A unit is its German (default-language) Organisationseinheit page: its `unit_key`, set once
when the page is added (units/lifecycle.py), names the groups `team-<key>`,
`team-<key>-leitung` and the case folder /vorgaenge/<key>; renaming or moving the page
changes none of them. Translations are the same unit (PAM's translation group). The
functions below read catalog metadata only (no page is woken), memoised per request while
the catalog is unchanged.
"""

from Acquisition import aq_chain
from Acquisition import aq_inner
from dataclasses import dataclass
from plone import api
from plone.app.multilingual.interfaces import ITranslatable
from plone.app.multilingual.interfaces import ITranslationManager
from Products.CMFCore.interfaces import ISiteRoot
from weissenfels.portal.content.case_folder import ICaseFolder
from weissenfels.portal.content.organisationseinheit import IOrganisationseinheit
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from zope.globalrequest import getRequest


UNIT_TYPE = "Organisationseinheit"
_MEMO = "_weissenfels_portal_units"


@dataclass(frozen=True)
class Unit:
    key: str  # fixed at creation; names the groups and the case folder /vorgaenge/<key>
    title: str
    retired: bool = False
    successor: str | None = None  # key of the unit that took over a retired unit's cases
    capabilities: tuple = ()  # what the unit's team is granted beyond its cases
    path: str = ""  # of the German unit page (it moves; the key does not)

    @property
    def team_group(self):
        return f"team-{self.key}"

    @property
    def lead_group(self):
        """Team lead (Teamleitung): also sees the access log of the unit's cases."""
        return f"team-{self.key}-leitung"


def _from_brain(brain):
    return Unit(
        key=brain.unit_key,
        title=brain.Title,
        retired=bool(brain.unit_retired),
        successor=brain.unit_successor or None,
        capabilities=tuple(brain.unit_capabilities or ()),
        path=brain.getPath(),
    )


def _read():
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog.unrestrictedSearchResults(portal_type=UNIT_TYPE, Language=DEFAULT_LANGUAGE)
    return sorted((_from_brain(b) for b in brains if b.unit_key), key=lambda unit: (unit.title, unit.key))


def all_units():
    """Every unit, retired ones included, sorted by title."""
    request = getRequest()
    if request is None:
        return _read()
    counter = api.portal.get_tool("portal_catalog").getCounter()
    memo = request.other.get(_MEMO)
    if memo is None or memo[0] != counter:
        memo = request.other[_MEMO] = (counter, _read())
    return list(memo[1])


def active_units():
    """The units that accept cases (not retired)."""
    return [unit for unit in all_units() if not unit.retired]


def unit_by_key(key):
    """The unit with this key; KeyError if there is none."""
    for unit in all_units():
        if unit.key == key:
            return unit
    raise KeyError(key)


def units_with(capability):
    """The active units whose team is granted this capability (e.g. "building_register")."""
    return [unit for unit in active_units() if capability in unit.capabilities]


def page_key(page):
    """The key of a unit page in any language: its own, or its German page's."""
    key = getattr(aq_inner(page), "unit_key", None)
    if key:
        return key
    if ITranslatable.providedBy(page):
        german = ITranslationManager(page).get_translation(DEFAULT_LANGUAGE)
        if german is not None and german is not page:
            return getattr(german, "unit_key", None)
    return None


def unit_of(context):
    """The unit of a unit page (any language) or of anything inside one, of a case folder or
    of a case; None elsewhere."""
    for obj in aq_chain(aq_inner(context)):
        if ISiteRoot.providedBy(obj):
            return None
        key = None
        if IOrganisationseinheit.providedBy(obj):
            key = page_key(obj)
        elif ICaseFolder.providedBy(obj):
            key = obj.unit
        else:
            continue
        try:
            return unit_by_key(key)
        except KeyError:
            return None
    return None


def unit_page(unit, language=DEFAULT_LANGUAGE):
    """The unit's page in this language, else its German page (None if it is gone)."""
    portal = api.portal.get()
    german = portal.unrestrictedTraverse(unit.path, None) if unit.path else None
    if german is None or language == DEFAULT_LANGUAGE:
        return german
    return ITranslationManager(german).get_translation(language) or german
