"""What keeps the register fast at scale (issue 20, bench/register.py): the building page and
the register's list read the catalog and never wake a linked case (or a listed building);
the 90-day reporter count comes from catalog metadata. Objects are made ghosts after a
savepoint, the page is rendered as the team's handler, and they must still be ghosts."""

from datetime import datetime
from datetime import timedelta
from lxml import html
from plone import api
from Products.CMFCore.indexing import processQueue
from weissenfels.portal.cases.action import store_case
from weissenfels.portal.interfaces import IBrowserLayer
from weissenfels.portal.register.buildings import create_building
from weissenfels.portal.register.structure import REGISTER_ID
from zope.interface import alsoProvides

import transaction


HOUSING_FORM = "de/wohnraumkontrolle/wohnraum-missstand-melden"
HANDLER = "sb-wohnraumkontrolle"


def store(portal, email, submitted, number="12"):
    rows = [
        {"id": "street", "label": "Straße", "value": "Merseburger Straße"},
        {"id": "house_number", "label": "Hausnummer", "value": number},
        {"id": "postcode", "label": "Postleitzahl", "value": "06667"},
        {"id": "description", "label": "Beschreibung", "value": "Schimmel im Bad"},
        {"id": "email", "label": "E-Mail", "value": email},
    ]
    form = portal.unrestrictedTraverse(HOUSING_FORM)
    case, _code = store_case(form, portal["vorgaenge"]["wohnraumkontrolle"], rows, [], "de", submitted=submitted)
    return case


def asleep(objects):
    """Store what is pending, then turn the objects into ghosts (as a fresh request finds them)."""
    processQueue()
    transaction.savepoint()
    for obj in objects:
        obj._p_deactivate()
    assert all(obj._p_changed is None for obj in objects)


def render(portal, obj, **form):
    request = portal.REQUEST
    alsoProvides(request, IBrowserLayer)
    request.form.clear()
    request.form.update(form)
    with api.env.adopt_user(username=HANDLER):
        return html.fromstring(obj.restrictedTraverse("@@view")())


def test_building_page_does_not_wake_its_cases(demo_portal):
    with api.env.adopt_roles(["Manager"]):
        house = create_building("Merseburger Straße", "12", "06667", town="Weißenfels")
    now = datetime.now()
    cases = [store(demo_portal, f"h{n % 3}@example.org", now - timedelta(days=n)) for n in range(6)]
    cases.append(store(demo_portal, "old@example.org", now - timedelta(days=120)))  # not in 90 days
    assert {c.building_uid for c in cases} == {house.UID()}
    references = sorted(c.reference for c in cases)
    asleep(cases)

    page = render(demo_portal, house)

    woken = [c for c in cases if c._p_changed is not None]  # before anything reads them
    assert woken == []
    assert sorted(page.xpath("//table[@id='building-cases']//a/text()")) == references
    assert page.xpath("//p[@id='building-reporters']/strong/text()") == ["3"]


def test_register_list_does_not_wake_buildings(demo_portal):
    with api.env.adopt_roles(["Manager"]):
        houses = [create_building("Merseburger Straße", str(n), "06667") for n in range(1, 5)]
        other = create_building("Leipziger Straße", "1", "06667")
    asleep([*houses, other])

    page = render(demo_portal, demo_portal[REGISTER_ID], street="Merseburger Str.", state="unauffaellig")

    woken = [b for b in [*houses, other] if b._p_changed is not None]
    assert woken == []
    listed = page.xpath("//table[@id='register-buildings']//a/text()")
    assert len(listed) == 4 and all(title.startswith("Merseburger Straße") for title in listed)


def test_building_page_batches_its_cases_newest_first(demo_portal):
    """The catalog sorts only up to the batch: the second page still has the rest, in order."""
    with api.env.adopt_roles(["Manager"]):
        house = create_building("Merseburger Straße", "12", "06667")
    now = datetime.now()
    cases = [store(demo_portal, f"h{n}@example.org", now - timedelta(hours=n)) for n in range(33)]
    newest_first = [c.reference for c in cases]  # submitted an hour apart, newest first
    processQueue()

    first = render(demo_portal, house).xpath("//table[@id='building-cases']//a/text()")
    second = render(demo_portal, house, b_start="30").xpath("//table[@id='building-cases']//a/text()")

    assert first == newest_first[:30]
    assert second == newest_first[30:]
