"""The Clearingstelle's lookup: for an address, whether orders (Anordnungen) are in force and
since when; nothing else of the register (not whether the building is registered, not its
state, flats, inspections or the orders' content). Read unrestricted from the catalog
(the order's `order_date` column): the user may not see any of it.
"""

from plone import api
from weissenfels.portal.register.address import lookup_keys
from weissenfels.portal.register.linking import buildings_for_keys


INVALID = "invalid"
AMBIGUOUS = "ambiguous"
IN_FORCE = "in_force"
NONE = "none"


def orders_in_force(street, number, postcode):
    """{"status": in_force | none | ambiguous | invalid, "since": date or None}."""
    search = api.portal.get_tool("portal_catalog").unrestrictedSearchResults
    full_key, street_key = lookup_keys(street, number, postcode)
    if not street_key:
        return {"status": INVALID, "since": None}
    buildings = buildings_for_keys(search, full_key, street_key)
    if not full_key and len(buildings) > 1:
        return {"status": AMBIGUOUS, "since": None}
    if not buildings:
        return {"status": NONE, "since": None}
    orders = search(portal_type="Anordnung", review_state="in_kraft", path=[b.getPath() for b in buildings])
    dates = sorted(brain.order_date for brain in orders if brain.order_date)
    if not len(orders):
        return {"status": NONE, "since": None}
    return {"status": IN_FORCE, "since": dates[0] if dates else None}
