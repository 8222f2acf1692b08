"""Vocabularies of the register: the team's agencies, the finding categories, a building's flats."""

from Acquisition import aq_chain
from weissenfels.portal import _
from weissenfels.portal.content.objekt import IObjekt
from weissenfels.portal.content.wohnung import IWohnung
from weissenfels.portal.register.structure import register_of
from zope.globalrequest import getRequest
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


FINDING_CATEGORIES = (
    ("overcrowding", _("finding_overcrowding", default="Overcrowding")),
    ("mould", _("finding_mould", default="Mould and damp")),
    ("fire_safety", _("finding_fire_safety", default="Fire safety")),
    ("registration", _("finding_registration", default="Registration offences")),
    ("hygiene", _("finding_hygiene", default="Hygiene, sanitation")),
    ("structure", _("finding_structure", default="Structural defects")),
    ("utilities", _("finding_utilities", default="Heating, water, electricity")),
    ("other", _("finding_other", default="Other")),
)


def _acquired(context):
    """The context, or (in a data grid row, which is a dict) the published form's context."""
    if hasattr(context, "aq_chain"):
        return context
    request = getRequest()
    published = request.get("PUBLISHED") if request is not None else None
    return getattr(published, "context", None)


def building_of(context):
    context = _acquired(context)
    for obj in aq_chain(context) if context is not None else ():
        if IObjekt.providedBy(obj):
            return obj
    return None


@provider(IVocabularyFactory)
def finding_categories(context):
    return SimpleVocabulary([SimpleTerm(value, value, title) for value, title in FINDING_CATEGORIES])


@provider(IVocabularyFactory)
def register_agencies(context):
    context = _acquired(context)
    register = register_of(context) if context is not None else None
    agencies = list(getattr(register, "agencies", None) or ())
    # An agency removed from the list later still reads on the inspections that named it.
    for value in getattr(context, "agencies", None) or ():
        if value not in agencies:
            agencies.append(value)
    terms, seen = [], set()
    for name in agencies:
        token = name.encode("unicode_escape").decode("ascii")
        if name and token not in seen:
            seen.add(token)
            terms.append(SimpleTerm(name, token, name))
    return SimpleVocabulary(terms)


@provider(IVocabularyFactory)
def building_flats(context):
    building = building_of(context)
    flats = [obj for obj in building.objectValues() if IWohnung.providedBy(obj)] if building is not None else []
    return SimpleVocabulary([SimpleTerm(flat.UID(), flat.UID(), flat.Title()) for flat in flats])
