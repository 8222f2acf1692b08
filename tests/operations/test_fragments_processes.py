"""Two Zope processes on one database (RelStorage/PostgreSQL, scripts/cluster.py): an editor's
change saved through one process is on the next anonymous page served by the other, although
that process keeps the page's navigation, language links and resource tags in its RAM
(caching/fragments.py), with plone.app.caching off (the uncached path) and on (its RAM cache of
whole pages is keyed on the same stamp)."""

from bs4 import BeautifulSoup
from site_client import origin_of

import pytest
import requests


pytestmark = pytest.mark.slow

JSON = {"Accept": "application/json", "Content-Type": "application/json"}
CACHING = "plone.caching.interfaces.ICacheSettings.enabled"


def main_navigation(url):
    response = requests.get(url, timeout=60)
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser").select_one("#portal-globalnav").get_text(" ", strip=True)


def test_an_edit_through_one_process_is_on_the_next_anonymous_page_of_the_other(relstorage_cluster):
    one, two = relstorage_cluster.processes
    admin = relstorage_cluster.admin

    def edit(method, url, body):
        answer = requests.request(
            method, url, json=body, auth=admin, headers={**JSON, "Origin": origin_of(one)}, timeout=60
        )
        assert answer.status_code in (200, 201, 204), answer.text

    edit("PATCH", one + "/@registry", {CACHING: False})
    edit("POST", one + "/de", {"@type": "Folder", "id": "abschnitt", "title": "Abschnitt Eins"})
    edit("POST", one + "/de/abschnitt/@workflow/publish", {})
    page = two + "/de"
    assert "Abschnitt Eins" in main_navigation(page)
    assert "Abschnitt Eins" in main_navigation(page)  # now from process two's RAM

    edit("PATCH", one + "/de/abschnitt", {"title": "Abschnitt Zwei"})
    navigation = main_navigation(page)
    assert "Abschnitt Zwei" in navigation and "Abschnitt Eins" not in navigation

    edit("PATCH", one + "/@registry", {"plone.generate_tabs": False})  # a setting, not content
    assert "Abschnitt Zwei" not in main_navigation(page)
    edit("PATCH", one + "/@registry", {"plone.generate_tabs": True})
    assert "Abschnitt Zwei" in main_navigation(page)

    # plone.app.caching on, as the default profile has it: its page cache follows too.
    edit("PATCH", one + "/@registry", {CACHING: True})
    main_navigation(page)
    assert requests.get(page, timeout=60).headers.get("X-RAMCache")
    edit("PATCH", one + "/de/abschnitt", {"title": "Abschnitt Drei"})
    navigation = main_navigation(page)
    assert "Abschnitt Drei" in navigation and "Abschnitt Zwei" not in navigation
