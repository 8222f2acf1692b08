"""Same building, same key: normalised addresses and submitter keys of housing grievances.

Address key: street and house number as people write them ("Leipziger Straße 12 a",
"leipziger str. 12A", "Leipzigerstr 12a") become one key ("leipzigerstr|12a"). The postcode
is not part of the key: the forms serve one area, whose postcodes are the town's (record
weissenfels.portal.town.postcodes, town.py). An address with a postcode outside the area
gets no key: "Bahnhofstraße 1" elsewhere is another building.

Submitter key: who sent a report, for "3 different submitters". A report with an e-mail
address counts by that address, else by phone number, else by name (normalised). A report
with none of them is anonymous and always counts as a submitter of its own: we cannot tell
two anonymous reports apart, and undercounting would hide a building many people report.
Only a hash of the key is stored in the catalog.
"""

from weissenfels.portal.town import area_postcodes

import hashlib
import re
import unicodedata


UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
STREET_WORD = re.compile(r"stra(ss|s)e\b|str\b\.?")
NUMBER = re.compile(r"(\d+)\s*[-/]?\s*([a-z])?(?![a-z])")
FREE_ADDRESS = re.compile(r"^(?P<street>.*?[^\d\s,])[\s,]*(?P<number>\d+\s*[-/]?\s*[a-zA-Z]?)\b")

# "Leipziger Str. 12a, 06667 Weißenfels": a postcode comes after a comma.
POSTCODE_IN_ADDRESS = re.compile(r",\s*(\d{5})(?!\d)")

FREQUENT_REPORTS_DAYS = 90
FREQUENT_REPORTS_SUBMITTERS = 3


def _fold(text):
    text = unicodedata.normalize("NFC", (text or "").strip()).lower().translate(UMLAUTS)
    # Accents other than umlauts (é, ő, ...) lose their mark: "Schlossstraße" = "Schloßstrasse".
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text


def normalise_street(street):
    text = _fold(street)
    text = STREET_WORD.sub("str", text)
    return re.sub(r"[^a-z0-9]", "", text)


def normalise_number(number):
    match = NUMBER.search(_fold(number))
    if not match:
        return ""
    return match.group(1).lstrip("0") + (match.group(2) or "")


def address_key(street, number):
    street, number = normalise_street(street), normalise_number(number)
    if not street or not number:
        return None
    return f"{street}|{number}"


def split_free_address(text):
    """("Leipziger Str.", "12a") from "Leipziger Str. 12a, 06667 Weißenfels"."""
    match = FREE_ADDRESS.match((text or "").strip())
    if not match:
        return "", ""
    return match.group("street"), match.group("number")


def values_by_id(case):
    return {row.get("id"): row.get("value") or "" for row in case.submitted_values or ()}


def in_area(postcode):
    """Whether a postcode (or none given) belongs to the town's area."""
    postcode = (postcode or "").strip()
    area = area_postcodes()
    return not postcode or not area or postcode in area


def case_address_key(case):
    values = values_by_id(case)
    postcode = values.get("postcode", "")
    if not postcode and values.get("address") and not values.get("street"):
        match = POSTCODE_IN_ADDRESS.search(values["address"])
        postcode = match.group(1) if match else ""
    if not in_area(postcode):
        return None
    if values.get("street"):
        return address_key(values["street"], values.get("house_number", ""))
    if values.get("address"):
        return address_key(*split_free_address(values["address"]))
    return None


def submitter_key(case):
    values = values_by_id(case)
    email = values.get("email", "").strip().lower()
    phone = re.sub(r"\D", "", values.get("phone", ""))
    if phone.startswith("0049"):
        phone = "0" + phone[4:]
    elif phone.startswith("49") and len(phone) > 10:
        phone = "0" + phone[2:]
    name = " ".join(_fold(values.get("name", "")).split())
    for kind, value in (("email", email), ("phone", phone if len(phone) >= 6 else ""), ("name", name)):
        if value:
            return hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()[:24]
    return f"anonymous:{case.reference}"
