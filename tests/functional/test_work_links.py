"""The personal menu leads signed-in users to the work areas they may open, and only those."""

from lxml import html
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests


LINKS = {
    "inbox": "/vorgaenge",
    "intranet": "/intranet",
    "figures": "/@@vorgaenge-kennzahlen",
    "reply_templates": "/textbausteine",
    "building_register": "/gebaeuderegister",
    "orders_lookup": "/@@anordnungen-abfrage",
}


def menu_links(portal, user):
    """{area: the link's text} of the work-area links on the German front page."""
    auth = (user, DEMO_PASSWORD) if user else None
    page = requests.get(f"{portal.absolute_url()}/de", auth=auth, headers={"Accept-Language": "de"}, timeout=30)
    assert page.status_code == 200
    tree = html.fromstring(page.text)
    found = {}
    for area, path in LINKS.items():
        anchors = tree.xpath(f"//a[@href='{portal.absolute_url()}{path}']")
        if anchors:
            found[area] = anchors[0].text_content().strip()
    return found


@pytest.mark.parametrize(
    "user,areas",
    [
        (None, set()),
        ("redakteurin", {"reply_templates"}),
        ("sb-wohnraumkontrolle", {"inbox", "building_register"}),
        ("teamleitung-clearingstelle", {"inbox", "orders_lookup"}),
        ("sb-schulteam", {"inbox"}),
        ("mitglied-clearingstelle", {"intranet"}),
        ("leitung-schulteam-stadt", {"intranet"}),
        ("steuerung-stadt", {"intranet", "figures"}),
    ],
)
def test_work_links_per_role(demo_functional_portal, user, areas):
    assert set(menu_links(demo_functional_portal, user)) == areas


def test_links_lead_where_they_say_in_german(demo_functional_portal):
    links = menu_links(demo_functional_portal, "steuerung-stadt")
    assert links == {"intranet": "Intranet der Arbeitsgruppen", "figures": "Kennzahlen der Vorgänge"}
    assert menu_links(demo_functional_portal, "sb-schulteam") == {"inbox": "Vorgänge"}
    for path in (LINKS["intranet"], LINKS["figures"]):
        response = requests.get(
            demo_functional_portal.absolute_url() + path, auth=("steuerung-stadt", DEMO_PASSWORD), timeout=30
        )
        assert response.status_code == 200 and "insufficient-privileges" not in response.url


def test_the_helper_is_not_a_page(demo_functional_portal):
    response = requests.get(demo_functional_portal.absolute_url() + "/@@wsf-work-links", timeout=30)
    assert response.status_code == 404


def test_menu_and_tabs_keep_their_own_actions(demo_functional_portal):
    actions = demo_functional_portal.portal_actions
    assert actions.user.objectIds()[:3] == ["wsf_inbox", "wsf_intranet", "wsf_figures"]
    assert "outdated_translations" in actions.user.objectIds()
    assert "wer_hilft_mir" in actions.portal_tabs.objectIds() and "wer_hilft_mir" not in actions.user.objectIds()
    # The finder is still a tab of the main navigation.
    page = requests.get(f"{demo_functional_portal.absolute_url()}/de", timeout=30)
    nav = html.fromstring(page.text).xpath("//*[@id='portal-globalnav']")[0]
    assert "Wer hilft mir?" in nav.text_content()
