"""The building register's calendar link and the Steuerung's figures in Chromium on the site
`make start` makes (slow, issue 20): the Wohnraumkontrolle's handler finds the example
buildings, a calendar app reads the planned inspection with the personal link until it is
revoked; the figures page shows counts without addresses, owners or names; another team's
handler finds no way in. None of it changes
the example content (the fingerprint of the shared site stays as it was)."""

from browsing import login
from test_register_browser_tools import calendar_journey
from test_register_browser_tools import figures_journey
from test_register_browser_tools import outsider_journey
from weissenfels.portal.register.structure import REGISTER_ID

import pytest


pytestmark = pytest.mark.slow


def test_the_example_register_its_calendar_link_and_figures(started_site, browser):
    base = started_site.url
    handler = browser.new_page()
    login(handler, base, "sb-wohnraumkontrolle", started_site.demo_password)
    handler.goto(f"{base}/{REGISTER_ID}")
    listed = handler.locator("#register-buildings").inner_text()
    for address in ("Am Saalebogen 14", "Tuchmachergasse 7", "Lindenhofstraße 23", "Schusterhof 2"):
        assert address in listed
    handler.goto(f"{base}/{REGISTER_ID}/am-saalebogen-14-06667-weissenfels")
    assert handler.locator("#building-flats .occupancy-warning").count() == 1
    assert "Nutzungsuntersagung" in handler.locator("#building-orders").inner_text()
    browser.clear_cookies()

    calendar_journey(base, browser, started_site.demo_password)
    browser.clear_cookies()
    figures_journey(base, browser, started_site.demo_password)
    browser.clear_cookies()
    outsider_journey(base, browser, started_site.demo_password)
