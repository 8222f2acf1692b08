"""One address key for buildings and cases: the postcode plus the street key of
handling/address.py, the key "Begehung empfohlen" counts by (so both always agree).

building_key("06667", "Leipziger Straße", "12 a") == "06667|leipzigerstr|12a"; the street key
alone ("leipzigerstr|12a") is what the flag counts and what a case without a postcode can be
matched by. A building is indexed under both (`building_address_key`), so a case finds its
building with one catalog query: by the full key when it has a postcode, else by the street
key when exactly one building has it (the district's units serve several towns: a street key
alone may name several buildings; then the case stays unlinked and a handler links it).
"""

from weissenfels.portal.handling.address import address_key
from weissenfels.portal.handling.address import case_address_key
from weissenfels.portal.handling.address import POSTCODE_IN_ADDRESS
from weissenfels.portal.handling.address import values_by_id

import re


def normalise_postcode(postcode):
    match = re.search(r"\d{5}", postcode or "")
    return match.group(0) if match else ""


def building_key(postcode, street, number):
    """The full key, or None when street, number or postcode is missing."""
    street_key = address_key(street, number)
    postcode = normalise_postcode(postcode)
    if not street_key or not postcode:
        return None
    return f"{postcode}|{street_key}"


def building_keys(building):
    """(full key, street key) of a building (Objekt); None for what is missing."""
    return (
        building_key(building.postcode, building.street, building.house_number),
        address_key(building.street, building.house_number),
    )


def case_postcode(case):
    values = values_by_id(case)
    postcode = normalise_postcode(values.get("postcode"))
    if not postcode and values.get("address"):
        match = POSTCODE_IN_ADDRESS.search(values["address"])
        postcode = match.group(1) if match else ""
    return postcode


def case_keys(case):
    """(full key or None, street key or None) of a case, as the flag keys it."""
    street_key = case_address_key(case)
    if not street_key:
        return None, None
    postcode = case_postcode(case)
    return (f"{postcode}|{street_key}" if postcode else None), street_key


def lookup_keys(street, number, postcode):
    """What a typed address is looked up by: the full key if a postcode was given."""
    street_key = address_key(street, number)
    if not street_key:
        return None, None
    postcode = normalise_postcode(postcode)
    return (f"{postcode}|{street_key}" if postcode else None), street_key
