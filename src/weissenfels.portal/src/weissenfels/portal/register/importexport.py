"""The register as a building list: import from CSV by an administrator, export as CSV/XLSX.

The format is what German Excel writes and reads: `;` between fields, UTF-8 with or without a
byte order mark, German headers (HEADERS; the export's extra columns are ignored on import, so
an export can be imported again). A building is matched by its full address key
(register/address.building_key).

An import never stops halfway: every row is validated first (plan()), then the good rows are
applied in the request's one transaction under a savepoint (apply()); if anything fails while
applying, the savepoint is rolled back and nothing is stored. Policy: bad rows are reported
with their line and a reason and kept out; the good rows are imported. A file that cannot be
read at all (not UTF-8, no header with street, number and postcode) is refused as a whole.
"""

from io import BytesIO
from io import StringIO
from plone import api
from weissenfels.portal import _
from weissenfels.portal.register.address import building_key
from weissenfels.portal.register.address import normalise_postcode
from weissenfels.portal.register.buildings import create_building
from weissenfels.portal.register.structure import register_folder

import csv
import re
import transaction


# field → header as written, and the spellings an import accepts (compared lower-case)
HEADERS = {
    "street": ("Straße", ("straße", "strasse", "str.")),
    "house_number": ("Hausnummer", ("hausnummer", "hausnr.", "hausnr", "nr.", "nr")),
    "postcode": ("PLZ", ("plz", "postleitzahl")),
    "town": ("Ort", ("ort", "stadt", "gemeinde")),
    "owner": ("Eigentümer/Verwaltung", ("eigentümer/verwaltung", "eigentümer", "verwaltung", "eigentuemer")),
    "notes": ("Notizen", ("notizen", "bemerkungen", "notiz")),
}
REQUIRED = ("street", "house_number", "postcode")
UPDATABLE = ("town", "owner", "notes")
EXPORT_EXTRA = ("Zustand", "Wohnungen", "Erstmals Begehung empfohlen")

NEW, CHANGED, UNCHANGED, BAD = "new", "changed", "unchanged", "bad"
OUTCOMES = {
    NEW: _("import_outcome_new", default="new"),
    CHANGED: _("import_outcome_changed", default="changed"),
    UNCHANGED: _("import_outcome_unchanged", default="unchanged"),
    BAD: _("import_outcome_bad", default="not imported"),
}


class ImportRefused(ValueError):
    """The file as a whole cannot be read; message is a translatable message."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def decode(data):
    """Text of an uploaded file: UTF-8, a BOM dropped."""
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(  # noqa: B904 (the reason is the message)
            _(
                "import_error_encoding",
                default="The file is not UTF-8. In Excel, save it as 'CSV UTF-8 (comma delimited)'.",
            )
        )


def header_fields(header):
    known = {}
    for field, (_title, spellings) in HEADERS.items():
        known.update({spelling: field for spelling in spellings})
    return [known.get((name or "").strip().lower()) for name in header]


def existing_buildings():
    """{full address key: building} of the register."""
    catalog = api.portal.get_tool("portal_catalog")
    found = {}
    for brain in catalog.unrestrictedSearchResults(portal_type="Objekt"):
        building = brain._unrestrictedGetObject()
        key = building_key(building.postcode, building.street, building.house_number)
        if key:
            found[key] = building
    return found


def clean(value):
    return re.sub(r"\s+", " ", (value or "").strip())


def plan(text):  # noqa: C901 (one check after the other, in the order a row is read)
    """Every row with its line, outcome and reason (a message) or changed fields; nothing stored."""
    reader = csv.reader(StringIO(decode(text)), delimiter=";")
    rows = [row for row in reader]
    while rows and not any(cell.strip() for cell in rows[0]):
        rows.pop(0)
    if not rows:
        raise ImportRefused(_("import_error_empty", default="The file is empty."))
    fields = header_fields(rows[0])
    if len(rows[0]) == 1 and ("," in rows[0][0] or "\t" in rows[0][0]):
        raise ImportRefused(_("import_error_delimiter", default="The columns must be separated by semicolons (;)."))
    missing = [HEADERS[f][0] for f in REQUIRED if f not in fields]
    if missing:
        raise ImportRefused(
            _(
                "import_error_headers",
                default="The first line must name the columns; missing: ${columns}.",
                mapping={"columns": ", ".join(missing)},
            )
        )
    existing = existing_buildings()
    seen = {}
    result = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = {field: clean(cell) for field, cell in zip(fields, row, strict=False) if field}
        entry = {"line": number, "values": values, "outcome": BAD, "reason": None, "changes": []}
        result.append(entry)
        empty = [HEADERS[f][0] for f in REQUIRED if not values.get(f)]
        if empty:
            entry["reason"] = _(
                "import_reason_missing", default="Missing: ${columns}.", mapping={"columns": ", ".join(empty)}
            )
            continue
        if not re.fullmatch(r"\d{5}", values["postcode"]):
            entry["reason"] = _("import_reason_postcode", default="The postcode must have five digits.")
            continue
        key = building_key(normalise_postcode(values["postcode"]), values["street"], values["house_number"])
        if not key:
            entry["reason"] = _("import_reason_address", default="The address cannot be read.")
            continue
        if key in seen:
            entry["reason"] = _(
                "import_reason_duplicate",
                default="The same address as line ${line}.",
                mapping={"line": str(seen[key])},
            )
            continue
        seen[key] = number
        entry["key"] = key
        building = existing.get(key)
        if building is None:
            entry["outcome"] = NEW
            continue
        entry["building"] = building
        entry["changes"] = [
            f for f in UPDATABLE if f in values and values[f] != clean(getattr(building, f, None) or "")
        ]
        entry["outcome"] = CHANGED if entry["changes"] else UNCHANGED
    return result


def apply(entries):
    """Store the plan's new and changed rows, all or nothing; returns {outcome: count}."""
    register = register_folder()
    savepoint = transaction.savepoint()
    counts = {NEW: 0, CHANGED: 0, UNCHANGED: 0, BAD: 0}
    try:
        with api.env.adopt_roles(["Manager"]):
            for entry in entries:
                values = entry["values"]
                if entry["outcome"] == NEW:
                    create_building(
                        values["street"],
                        values["house_number"],
                        values["postcode"],
                        town=values.get("town") or None,
                        owner=values.get("owner") or None,
                        notes=values.get("notes") or None,
                        register=register,
                    )
                elif entry["outcome"] == CHANGED:
                    building = entry["building"]
                    for field in entry["changes"]:
                        setattr(building, field, values[field] or None)
                    building.reindexObject()
                counts[entry["outcome"]] += 1
    except Exception:
        savepoint.rollback()
        raise
    return counts


# Export -----------------------------------------------------------------------------------


def safe_cell(value):
    """No formula injection: a text starting like a formula gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_rows():
    """Header and one row per building the current user may see, ordered by address."""
    from weissenfels.portal.register.letters import building_state_title
    from zope.i18n import translate

    header = [HEADERS[f][0] for f in HEADERS] + list(EXPORT_EXTRA)
    rows = [header]
    catalog = api.portal.get_tool("portal_catalog")
    brains = catalog(portal_type="Objekt", sort_on="sortable_title")
    for brain in brains:
        building = brain.getObject()
        flats = len([o for o in building.objectValues() if o.portal_type == "Wohnung"])
        flagged = building.flagged_since.strftime("%Y-%m-%d") if building.flagged_since else ""
        state = brain.review_state
        rows.append(
            [safe_cell(getattr(building, f, None)) for f in HEADERS]
            + [translate(building_state_title(state), target_language="de"), str(flats), flagged]
        )
    return rows


def export_csv():
    out = StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows(export_rows())
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export_xlsx():
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Gebäuderegister"
    for row in export_rows():
        sheet.append(row)
    out = BytesIO()
    book.save(out)
    return out.getvalue()
