"""The Steuerung's figures page on a 1280 px screen: no chart runs under the portlet column
(screenshot in docs/screenshots/kennzahlen-desktop.png)."""

from browsing import login
from case_forms import make_case
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from weissenfels.portal.testing import DEMO_PASSWORD

import transaction


SCREENSHOT = Path(__file__).parents[2] / "docs" / "screenshots" / "kennzahlen-desktop.png"

BOXES = """() => {
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width};
  };
  const one = (selector) => { const el = document.querySelector(selector); return el ? box(el) : null; };
  return {
    charts: [...document.querySelectorAll('svg.case-chart')].map(box),
    content: one('#portal-column-content'),
    columns: [...document.querySelectorAll('#portal-column-one, #portal-column-two, .portletWrapper')].map(box),
    scrollWidth: document.documentElement.scrollWidth,
  };
}"""


def add_portlet(portal):
    """A portlet in the right column of the site root, where the figures page lives."""
    from plone.portlet.static.static import Assignment
    from plone.portlets.interfaces import IPortletAssignmentMapping
    from plone.portlets.interfaces import IPortletManager
    from zope.component import getMultiAdapter
    from zope.component import getUtility

    manager = getUtility(IPortletManager, name="plone.rightcolumn", context=portal)
    mapping = getMultiAdapter((portal, manager), IPortletAssignmentMapping)
    mapping["kontakt"] = Assignment(header="Kontakt", text="<p>Steuerungsgruppe, Rathaus</p>")


def test_charts_stay_beside_the_portlet_column(demo_functional_portal, page):
    portal = demo_functional_portal
    start = datetime.now() - timedelta(days=40)
    for index, unit in enumerate(("wohnraumkontrolle", "clearingstelle", "schulteam", "neustadtbuero")):
        make_case(
            portal, unit, f"Fall {index}", submitted=start + timedelta(days=index), form_title=f"Formular {index}"
        )
    add_portlet(portal)
    transaction.commit()
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, portal.absolute_url(), "steuerung-stadt", DEMO_PASSWORD)
    response = page.goto(portal.absolute_url() + "/@@vorgaenge-kennzahlen")
    assert response.status == 200
    page.wait_for_load_state("networkidle")
    boxes = page.evaluate(BOXES)
    assert boxes["columns"], "the right portlet column is shown"
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert len(boxes["charts"]) == 5
    assert boxes["scrollWidth"] <= 1280  # nothing pushes the page sideways
    for chart in boxes["charts"]:
        assert chart["width"] > 200  # a chart, not squeezed away
        assert chart["right"] <= boxes["content"]["right"] + 0.5
        for column in boxes["columns"]:
            overlaps = chart["left"] < column["right"] and column["left"] < chart["right"]
            below_or_above = chart["bottom"] <= column["top"] or column["bottom"] <= chart["top"]
            assert not overlaps or below_or_above, (chart, column)
