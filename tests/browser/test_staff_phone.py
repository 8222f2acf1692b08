"""Staff on a 360 px phone (outreach workers read their inbox in the street): wide tables
scroll inside their own box, the page itself never scrolls sideways (WCAG 1.4.10)."""

from browsing import chromium
from browsing import login
from browsing import PHONE
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest


WIDE_TABLE_BOXES = """() => [...document.querySelectorAll('#content table')].map(t => ({
  id: t.id || t.className,
  inBox: t.parentElement.classList.contains('table-responsive'),
  boxFits: t.parentElement.getBoundingClientRect().right <= document.documentElement.clientWidth + 1,
}))"""


@pytest.mark.parametrize(
    "user,path",
    [
        ("sb-wohnraumkontrolle", "/vorgaenge/wohnraumkontrolle"),
        ("sb-wohnraumkontrolle", "/gebaeuderegister"),
        ("mitglied-schulteam", "/intranet/ag-schulteam"),
    ],
)
def test_staff_pages_do_not_scroll_sideways_on_a_phone(demo_functional_portal, playwright, tmp_path, user, path):
    context = chromium(playwright, tmp_path / "phone", locale="de-DE", **PHONE)
    try:
        page = context.new_page()
        login(page, demo_functional_portal.absolute_url(), user, DEMO_PASSWORD)
        page.goto(demo_functional_portal.absolute_url() + path)
        page.wait_for_load_state("networkidle")
        tables = page.evaluate(WIDE_TABLE_BOXES)
        assert tables, path  # the page shows its table (inbox, register, workspace listing)
        assert all(table["inBox"] and table["boxFits"] for table in tables), tables
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()
