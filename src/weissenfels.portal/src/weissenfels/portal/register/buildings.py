"""Making register content in code (the one-step "Gebäude anlegen", imports, tests): ids from
the address or date through the types' name chooser, as the add forms make them."""

from plone.dexterity.utils import createContentInContainer
from weissenfels.portal.register.structure import register_folder


def create_building(street, house_number, postcode, town=None, owner=None, notes=None, register=None):
    """A new building (Objekt) in the register; the caller checks the user may add one."""
    register = register if register is not None else register_folder()
    return createContentInContainer(
        register,
        "Objekt",
        checkConstraints=False,
        street=street.strip(),
        house_number=house_number.strip(),
        postcode=postcode.strip(),
        town=(town or "").strip() or None,
        owner=owner,
        notes=notes,
    )


def add_to_building(building, portal_type, **fields):
    """A flat, inspection or order in a building (Wohnung, Begehung, Anordnung)."""
    return createContentInContainer(building, portal_type, checkConstraints=False, **fields)
