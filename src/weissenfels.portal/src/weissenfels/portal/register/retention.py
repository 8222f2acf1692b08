"""Retention of the register's inspection records, letters and photos.

They are kept while the building is under observation (unter_beobachtung, begehung_geplant,
maengel_festgestellt) and then for a period the team sets on `@@brief-vorlagen` (years,
default 3, kept in the register's annotation). When a building has been back in
`unauffaellig` or `maengel_behoben` for longer than that, its held and cancelled inspections
(photos included: they are the inspection's fields) are deleted and its letter records removed.
The building, its flats (figures, no names) and its orders stay: the legal situation is a
record of decisions. Run by scripts/retention.py with the cases' retention; every deletion is
logged (the instance log and the register's own retention log, newest last).
"""

from datetime import datetime
from datetime import timedelta
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from plone import api
from weissenfels.portal.content.begehung import IBegehung
from weissenfels.portal.register.letters import drop_letters
from weissenfels.portal.register.letters import letters
from weissenfels.portal.register.structure import register_folder
from zope.annotation.interfaces import IAnnotations

import logging


logger = logging.getLogger("weissenfels.portal.register")
YEARS_KEY = "weissenfels.portal.register.retention_years"
LOG_KEY = "weissenfels.portal.register.retention_log"
DEFAULT_YEARS = 3
OBSERVED = ("unter_beobachtung", "begehung_geplant", "maengel_festgestellt")
KEPT_INSPECTION_STATES = ("geplant",)


def retention_years(register=None):
    register = register if register is not None else register_folder()
    return IAnnotations(register).get(YEARS_KEY, DEFAULT_YEARS) if register is not None else DEFAULT_YEARS


def set_retention_years(register, years):
    years = int(years)
    if not 1 <= years <= 30:
        raise ValueError(years)
    IAnnotations(register)[YEARS_KEY] = years


def observation_ended(building):
    """When the building last entered a state outside observation; None while observed."""
    history = building.workflow_history.get("weissenfels_building_workflow") or ()
    if not history or history[-1].get("review_state") in OBSERVED:
        return None
    moment = history[-1].get("time")
    return moment.asdatetime().replace(tzinfo=None) if moment is not None else None


def retention_log(register=None):
    register = register if register is not None else register_folder()
    return list(IAnnotations(register).get(LOG_KEY) or ())


def run_register_retention(now=None):
    """Delete what is due; returns [(building title, inspections, letters)]."""
    register = register_folder()
    if register is None:
        return []
    now = now or datetime.now()
    limit = now - timedelta(days=365 * retention_years(register))
    done = []
    catalog = api.portal.get_tool("portal_catalog")
    with api.env.adopt_roles(["Manager"]):
        for brain in catalog.unrestrictedSearchResults(
            portal_type="Objekt", review_state=["unauffaellig", "maengel_behoben"]
        ):
            building = brain._unrestrictedGetObject()
            ended = observation_ended(building)
            if ended is None or ended > limit:
                continue
            inspections = [
                o
                for o in building.objectValues()
                if IBegehung.providedBy(o) and api.content.get_state(o) not in KEPT_INSPECTION_STATES
            ]
            if not inspections and not letters(building):
                continue
            for inspection in inspections:
                api.content.delete(obj=inspection, check_linkintegrity=False)
            dropped = drop_letters(building, before=now)
            done.append((building.Title(), len(inspections), dropped))
            logger.info(
                "Register retention: %s: %d inspections, %d letters deleted",
                building.Title(),
                len(inspections),
                dropped,
            )
    if done:
        annotations = IAnnotations(register)
        log = annotations.get(LOG_KEY)
        if log is None:
            log = annotations[LOG_KEY] = PersistentList()
        for title, inspections, dropped in done:
            log.append(PersistentMapping(time=now, building=title, inspections=inspections, letters=dropped))
    return done
