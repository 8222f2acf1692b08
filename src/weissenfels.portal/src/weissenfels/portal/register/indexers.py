"""Catalog indexers of the register (profiles/default/catalog.xml, "Building register")."""

from plone.indexer import indexer
from weissenfels.portal.content.begehung import IBegehung
from weissenfels.portal.content.objekt import IObjekt
from weissenfels.portal.content.vorgang import IVorgang
from weissenfels.portal.handling.address import normalise_street
from weissenfels.portal.register.address import building_keys


@indexer(IObjekt)
def building_address_key(obj):
    """Full key and street key (register/address.py): one query finds the building of a case."""
    return tuple(key for key in building_keys(obj) if key)


@indexer(IObjekt)
def building_street(obj):
    return normalise_street(obj.street) or None


@indexer(IVorgang)
def case_building(obj):
    """The UID of the building a housing case is linked to (register/linking.py)."""
    return getattr(obj, "building_uid", None) or None


def day(value):
    return int(value.strftime("%Y%m%d"))


def open_follow_ups(inspection):
    return [m for m in inspection.measures or () if m.get("follow_up") and not m.get("done")]


@indexer(IBegehung)
def inspection_follow_up_day(obj):
    """The earliest follow-up date (YYYYMMDD) of a measure not done yet; None if there is none."""
    dates = [m["follow_up"] for m in open_follow_ups(obj)]
    return day(min(dates)) if dates else None
