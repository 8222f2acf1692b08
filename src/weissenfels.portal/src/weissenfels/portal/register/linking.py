"""Cases ↔ buildings, and the date an address was first flagged "Begehung empfohlen".

Purpose limitation: only cases of the units whose team keeps the register (capability
building_register: their housing forms) are linked or counted; other units' cases never
feed it. A case is linked at submission (the event cases.events.CaseStored) by one catalog
query for its address key (register/address.py); a building added later adopts the housing
cases of its address; a handler links or unlinks a case by hand (register/views.py). The
link is the building's UID on the case (`building_uid`), indexed as `case_building`: the
building page lists its cases from the catalog without waking them.

The flag ("Begehung empfohlen": 3 different submitters for one street key within 90 days,
handling/inbox.inspection_flags) is computed when the inbox is read; its first date is stored
here when a submission makes it true: in the register's annotation by street key, and on the
building (`flagged_since`) if there is one or when it is created.
"""

from Acquisition import aq_inner
from Acquisition import aq_parent
from BTrees.OOBTree import OOBTree
from datetime import datetime
from plone import api
from Products.CMFCore.indexing import processQueue
from weissenfels.portal.handling.inbox import inspection_recommended
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.register.address import building_keys
from weissenfels.portal.register.address import case_keys
from weissenfels.portal.register.structure import KEEPER_CAPABILITY
from weissenfels.portal.register.structure import register_folder
from weissenfels.portal.units.registry import UNIT_TYPE
from weissenfels.portal.units.registry import units_with
from zope.annotation.interfaces import IAnnotations


FLAGS_KEY = "weissenfels.portal.register.flagged"


def _search(**query):
    return api.portal.get_tool("portal_catalog").unrestrictedSearchResults(**query)


def housing_units():
    """Keys of the units whose cases feed the register."""
    return sorted(unit.key for unit in units_with(KEEPER_CAPABILITY))


def is_housing_case(case):
    return getattr(aq_parent(aq_inner(case)), "unit", None) in housing_units()


def buildings_for_keys(search, full_key, street_key):
    """Brains of the buildings with the full key, or (no postcode known) the street key."""
    if full_key:
        return list(search(portal_type="Objekt", building_address_key=full_key))
    if street_key:
        return list(search(portal_type="Objekt", building_address_key=street_key))
    return []


def building_brain_for_case(case, search=_search):
    brains = buildings_for_keys(search, *case_keys(case))
    return brains[0] if len(brains) == 1 else None


def link(case, building_uid):
    case.building_uid = building_uid
    case.reindexObject(idxs=["case_building"])


def unlink(case):
    case.building_uid = None
    case.reindexObject(idxs=["case_building"])


def linked_building(case):
    uid = getattr(case, "building_uid", None)
    if not uid:
        return None
    brains = _search(UID=uid)
    return brains[0]._unrestrictedGetObject() if brains else None


# At submission.


def _search_queued(**query):
    """The catalog as it was before this request's pending indexing: no flush of the queue."""
    return api.portal.get_tool("portal_catalog")._unrestrictedSearchResults(**query)


def _housing_unit_keys_queued():
    """housing_units() read without flushing the indexing queue (units.registry reads the
    catalog's counter, which indexes what is pending)."""
    brains = _search_queued(portal_type=UNIT_TYPE, Language=DEFAULT_LANGUAGE)
    return {
        b.unit_key
        for b in brains
        if b.unit_key and not b.unit_retired and KEEPER_CAPABILITY in (b.unit_capabilities or ())
    }


def case_stored(case, event):
    """Link a new housing case to its building. The unit and the building are looked up
    without flushing the indexing queue (neither needs the new case), so the link is indexed
    in the same pass as the case itself: linking costs two small queries, not a second
    indexing of the case (bench/results/register.md)."""
    if register_folder() is None:
        return
    if getattr(aq_parent(aq_inner(case)), "unit", None) not in _housing_unit_keys_queued():
        return
    keys = case_keys(case)
    brains = buildings_for_keys(_search_queued, *keys)
    if len(brains) == 1:
        link(case, brains[0].UID)
    note_flag(case, keys=keys)


def flags():
    register = register_folder()
    annotations = IAnnotations(register)
    if FLAGS_KEY not in annotations:
        annotations[FLAGS_KEY] = OOBTree()
    return annotations[FLAGS_KEY]


def flagged_since(street_key):
    register = register_folder()
    if register is None or not street_key:
        return None
    return IAnnotations(register).get(FLAGS_KEY, {}).get(street_key)


def note_flag(case, now=None, keys=None):
    """Store the first date the case's address is flagged; nothing if it was flagged before.
    `keys`: the case's (full key, street key) if the caller has them."""
    _full, street_key = keys or case_keys(case)
    if not street_key or flagged_since(street_key) is not None:
        return None
    processQueue()  # the new case counts

    def housing_search(**query):
        return _search(case_unit=housing_units(), **query)

    if not inspection_recommended(housing_search, street_key, now):
        return None
    moment = now or datetime.now()
    flags()[street_key] = moment
    for brain in _search(portal_type="Objekt", building_address_key=street_key):
        building = brain._unrestrictedGetObject()
        if building.flagged_since is None:
            building.flagged_since = moment
    return moment


# A building added (by hand, in one step from a case, by an import).


def building_added(building, event):
    full_key, street_key = building_keys(building)
    if building.flagged_since is None:
        building.flagged_since = flagged_since(street_key)
    adopt_cases(building, full_key, street_key)


def adopt_cases(building, full_key, street_key):
    """Link the unlinked housing cases of the building's address (full key, or no postcode)."""
    if not street_key:
        return []
    uid = building.UID()
    adopted = []
    for brain in _search(portal_type="Vorgang", case_address_key=street_key, case_unit=housing_units()):
        if brain.case_building:
            continue
        case = brain._unrestrictedGetObject()
        case_full, _street = case_keys(case)
        if case_full is None or case_full == full_key:
            link(case, uid)
            adopted.append(case)
    return adopted
