"""Two Zope processes on one database (RelStorage/PostgreSQL, scripts/cluster.py): an editor's
change saved through one process is on the next anonymous page served by the other, although
that process keeps the page's navigation, language links and resource tags in its RAM
(caching/fragments.py), with plone.app.caching off (the uncached path) and on (its RAM cache of
whole pages is keyed on the same stamp)."""

from bs4 import BeautifulSoup
from processes import BIN
from processes import create_site
from processes import free_port
from processes import render_instance
from processes import run
from site_client import origin_of

import pytest
import requests
import secrets


pytestmark = pytest.mark.slow

JSON = {"Accept": "application/json", "Content-Type": "application/json"}
CACHING = "plone.caching.interfaces.ICacheSettings.enabled"


def main_navigation(url):
    response = requests.get(url, timeout=60)
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser").select_one("#portal-globalnav").get_text(" ", strip=True)


def test_an_edit_through_one_process_is_on_the_next_anonymous_page_of_the_other(tmp_path, postgresql):
    dsn = postgresql()
    first = render_instance("relstorage", tmp_path / "first", pg_dsn=dsn)
    admin = ("admin", secrets.token_urlsafe(12))
    create_site(first, WSF_NO_DEMO="1", ADMIN_PASSWORD=admin[1])
    lb_port = free_port()
    cluster = tmp_path / "cluster"
    cluster_cmd = [str(BIN / "python"), "scripts/cluster.py"]
    run([*cluster_cmd, "start", "--processes", "2", "--lb-port", str(lb_port), "--dir", str(cluster), "--dsn", dsn])
    try:
        one, two = (f"http://localhost:{lb_port + n}/weissenfels" for n in (1, 2))

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
    finally:
        run([*cluster_cmd, "stop", "--dir", str(cluster)])
