"""The building register on the site `make start` makes (slow, issue 20): three residents
report one address, the Wohnraumkontrolle adds the building in one step from a case and
records an order in force through the add form; the Clearingstelle's lookup answers
"Anordnung in Kraft seit …", another team sees nothing. The address is this test's own."""

from case_forms import HOUSING_ANSWERS
from case_forms import HOUSING_FORM
from case_forms import submit
from lxml import html
from site_client import authenticator
from site_client import denied
from site_client import site_session

import pytest


pytestmark = pytest.mark.slow

ADDRESS = {"street": "Zeitzer Straße", "house_number": "41", "postcode": "06667"}
JSON = {"Accept": "application/json"}


def test_reports_to_order_to_lookup_on_the_started_site(started_site):
    url = started_site.url
    for number in range(3):
        answers = {**HOUSING_ANSWERS, **ADDRESS, "email": f"zeitzer{number}@example.org"}
        assert submit(f"{url}/{HOUSING_FORM}", answers, fill_seconds=5, timeout=60).status_code == 200

    team = site_session(("sb-wohnraumkontrolle", started_site.demo_password), url=url)
    found = team.get(
        f"{url}/vorgaenge/wohnraumkontrolle/@search",
        params={"SearchableText": "zeitzer0@example.org", "portal_type": "Vorgang"},
        headers=JSON,
    ).json()["items"]
    case_url = found[0]["@id"]
    created = team.post(
        f"{case_url}/@@gebaeude-anlegen", data={"_authenticator": authenticator(team, case_url)}, allow_redirects=False
    )
    assert created.status_code == 302 and created.headers["Location"].endswith("/++add++Begehung")
    building_url = created.headers["Location"].rsplit("/", 1)[0]
    page = html.fromstring(team.get(building_url).text)
    assert page.xpath("//p[@id='building-reporters']/strong/text()") == ["3"]
    assert page.xpath("//p[@id='building-flagged']")  # the flag's first date, stored

    add = f"{building_url}/++add++Anordnung"
    saved = team.post(
        add,
        data={
            "_authenticator": authenticator(team, add),
            "form.widgets.title": "Nutzungsuntersagung",
            "form.widgets.legal_basis": "§ 8 Wohnungsaufsichtsgesetz",
            "form.widgets.file_number": "WK-START-1",
            "form.widgets.order_date": "2026-12-05",
            "form.widgets.deadline": "2027-01-15",
            "form.buttons.save": "Speichern",
        },
    )
    assert saved.status_code == 200 and "WK-START-1" in saved.text
    order_url = saved.url.split("?")[0].removesuffix("/view")
    team.post(
        f"{order_url}/@@register-transition",
        data={"_authenticator": authenticator(team, order_url), "workflow_action": "in_kraft_setzen"},
    )

    clearing = site_session(("sb-clearingstelle", started_site.demo_password), url=url)
    lookup = clearing.get(
        f"{url}/@@anordnungen-abfrage", params={"street": "Zeitzer Str.", "number": "41", "postcode": "06667"}
    )
    result = " ".join(html.fromstring(lookup.text).xpath("//div[@id='lookup-result']")[0].text_content().split())
    assert result == "Anordnung in Kraft seit 05.12.2026"
    assert "WK-START-1" not in lookup.text
    other = site_session(("sb-schulteam", started_site.demo_password), url=url)
    for target in (f"{url}/gebaeuderegister", building_url, order_url):
        assert denied(clearing.get(target, allow_redirects=False)), target
        assert denied(other.get(target, allow_redirects=False)), target
