"""The register's import/export, calendar feed, report, letters, figures and REST over HTTP
(issue 20), as the demo users meet them: the matrix section "Building register: import,
export, ..." of tests/security/permission_matrix.md, the calendar token's life, a CSV import
with good and bad rows through the page, REST with the views' permissions."""

from datetime import date
from datetime import datetime
from io import BytesIO
from lxml import html
from openpyxl import load_workbook
from permission_matrix_reader import section_cells
from plone import api
from site_client import denied
from site_client import site_session
from site_client import token_for
from weissenfels.portal.register.buildings import add_to_building
from weissenfels.portal.register.buildings import create_building
from weissenfels.portal.register.letters import make_letter
from weissenfels.portal.register.structure import REGISTER_ID
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import secrets
import transaction


# The tests count the buildings they make: the demo's example buildings are left out.
pytestmark = pytest.mark.usefixtures("register_without_examples")


SECTION = "## Building register: import, export, calendar, report, letters, figures (issue 20)"
ROLES = ("anonymous", "team", "clearing", "other-team", "steuerung", "site-admin")
SITE_ADMIN = "register-site-admin"
SITE_ADMIN_PASSWORD = secrets.token_urlsafe(12)
USERS = {
    "anonymous": None,
    "team": "sb-wohnraumkontrolle",
    "clearing": "sb-clearingstelle",
    "other-team": "sb-schulteam",
    "steuerung": "steuerung-stadt",
    "site-admin": SITE_ADMIN,
}
CSV_TEXT = (
    "Straße;Hausnummer;PLZ;Ort;Eigentümer/Verwaltung\r\n"
    "Große Burgstraße;{n};06667;Weißenfels;Wohnbau GmbH\r\n"
    "Kleine Gasse;;06667;Weißenfels;\r\n"
)
MARKERS = {
    "@@gebaeude-import": 'id="import-upload"',
    "@@gebaeude-export.csv": "Straße;Hausnummer;PLZ",
    "@@kalender-token": "@@kalender-token",
    "@@brief-vorlagen": 'name="template_anhoerung"',
    "@@brief": 'id="letter-text"',
    "@@begehungsbericht": 'id="inspection-report"',
    "@@gebaeuderegister-kennzahlen": 'id="register-figures"',
    "@@gebaeuderegister-kennzahlen.csv": "Kennzahl;Eintrag;Wert",
}


def io_matrix():
    return section_cells(SECTION, ROLES)


def credentials(role):
    user = USERS[role]
    if user is None:
        return None
    return (user, SITE_ADMIN_PASSWORD if user == SITE_ADMIN else DEMO_PASSWORD)


@pytest.fixture
def io_site(demo_functional_portal):
    portal = demo_functional_portal
    api.user.create(email="rsa@weissenfels.example", username=SITE_ADMIN, password=SITE_ADMIN_PASSWORD)
    api.user.grant_roles(username=SITE_ADMIN, roles=["Site Administrator"])
    with api.env.adopt_roles(["Manager"]):
        building = create_building("Merseburger Straße", "12", "06667", town="Weißenfels", owner="Wohnbau GmbH")
        flat = add_to_building(building, "Wohnung", title="2. OG links", living_space=24.0, persons_adult=3)
        inspection = add_to_building(
            building,
            "Begehung",
            start=datetime(2026, 12, 3, 10, 0),
            agencies=["Ordnungsamt", "Zoll"],
            present=["Hausverwaltung"],
            findings=[{"flat": flat.UID(), "category": "mould", "description": "Schimmel im Bad"}],
            measures=[{"what": "Lüftung einbauen", "follow_up": date(2026, 12, 20), "done": False}],
        )
        make_letter(building, "anhoerung", date(2026, 12, 31))
    transaction.commit()
    return portal, building, inspection


@pytest.mark.parametrize("role", ROLES)
def test_register_io_matrix(io_site, role):
    portal, building, inspection = io_site
    cells = io_matrix()
    assert len(cells) == 11
    session = site_session(credentials(role), url=portal.absolute_url())
    register = f"{portal.absolute_url()}/{REGISTER_ID}"
    urls = {
        "/gebaeuderegister/@@gebaeude-import": f"{register}/@@gebaeude-import",
        "/gebaeuderegister/@@gebaeude-export.csv": f"{register}/@@gebaeude-export.csv",
        "/gebaeuderegister/@@gebaeude-export.xlsx": f"{register}/@@gebaeude-export.xlsx",
        "/gebaeuderegister/@@kalender-token": f"{register}/@@kalender-token",
        "/gebaeuderegister/@@brief-vorlagen": f"{register}/@@brief-vorlagen",
        "building/@@brief": f"{building.absolute_url()}/@@brief?id=1",
        "inspection/@@begehungsbericht": f"{inspection.absolute_url()}/@@begehungsbericht",
        "/@@gebaeuderegister-kennzahlen": f"{portal.absolute_url()}/@@gebaeuderegister-kennzahlen",
        "/@@gebaeuderegister-kennzahlen.csv": f"{portal.absolute_url()}/@@gebaeuderegister-kennzahlen.csv",
    }
    for (path, channel), expected in cells.items():
        want = expected[role] == "yes"
        if channel == "GET":
            answer = session.get(urls[path], allow_redirects=False, timeout=60)
            if path.endswith(".xlsx"):
                got = answer.status_code == 200 and answer.content.startswith(b"PK")
            else:
                got = answer.status_code == 200 and MARKERS[path.rsplit("/", 1)[1]] in answer.content.decode("utf-8")
            assert got is want, (path, role, answer.status_code)
            if not want:
                assert denied(answer), (path, role, answer.status_code)
            continue
        token = token_for(portal, USERS[role]) if USERS[role] else ""
        if path == "/gebaeuderegister/@@gebaeude-import":
            number = 40 + ROLES.index(role)
            answer = session.post(
                f"{register}/@@gebaeude-import",
                data={"_authenticator": token, "csv_text": CSV_TEXT.format(n=number), "apply": "1"},
                allow_redirects=False,
                timeout=60,
            )
            transaction.begin()
            got = f"grosse-burgstrasse-{number}-06667-weissenfels" in portal[REGISTER_ID].objectIds()
        else:
            answer = session.post(
                f"{building.absolute_url()}/@@brief-erstellen",
                data={"_authenticator": token, "kind": "anordnung", "deadline": "2027-02-01"},
                allow_redirects=False,
                timeout=60,
            )
            transaction.begin()
            from weissenfels.portal.register.letters import letters

            got = any(r["deadline"] == date(2027, 2, 1) for r in letters(building))
        assert got is want, (path, role, answer.status_code)
        if not want:
            assert denied(answer), (path, role, answer.status_code)


def test_import_through_the_page_with_a_bom_dry_run_then_apply(io_site):
    portal, _building, _inspection = io_site
    admin = site_session((SITE_ADMIN, SITE_ADMIN_PASSWORD), url=portal.absolute_url())
    url = f"{portal.absolute_url()}/{REGISTER_ID}/@@gebaeude-import"
    token = html.fromstring(admin.get(url).text).xpath("//input[@name='_authenticator']/@value")[0]
    data = b"\xef\xbb\xbf" + CSV_TEXT.format(n=7).encode("utf-8")
    answer = admin.post(url, data={"_authenticator": token, "dry_run": "1"}, files={"file": ("liste.csv", data)})
    page = html.fromstring(answer.text)
    assert page.xpath("//tr[@class='import-new']/td[1]/text()") == ["2"]
    bad = page.xpath("//tr[@class='import-bad']/td/span/text()")
    assert page.xpath("//tr[@class='import-bad']/td[1]/text()") == ["3"] and bad == ["Es fehlt: Hausnummer."]
    transaction.begin()
    assert "grosse-burgstrasse-7-06667-weissenfels" not in portal[REGISTER_ID].objectIds()  # dry run

    text = page.xpath("//form[@id='import-apply']//input[@name='csv_text']/@value")[0]
    answer = admin.post(url, data={"_authenticator": token, "csv_text": text, "apply": "1"})
    page = html.fromstring(answer.text)
    assert page.xpath("//span[@id='import-count-new']/text()") == ["1"]
    assert page.xpath("//span[@id='import-count-bad']/text()") == ["1"]
    transaction.begin()
    assert portal[REGISTER_ID]["grosse-burgstrasse-7-06667-weissenfels"].owner == "Wohnbau GmbH"

    # A file Excel saved in its Windows code page: refused as a whole, with the reason.
    latin = CSV_TEXT.format(n=8).encode("cp1252")
    answer = admin.post(url, data={"_authenticator": token, "dry_run": "1"}, files={"file": ("liste.csv", latin)})
    assert "nicht in UTF-8" in html.fromstring(answer.text).xpath("//p[@id='import-error']/text()")[0]


def test_export_files_hold_the_register(io_site):
    portal, _building, _inspection = io_site
    team = site_session(("sb-wohnraumkontrolle", DEMO_PASSWORD), url=portal.absolute_url())
    answer = team.get(f"{portal.absolute_url()}/{REGISTER_ID}/@@gebaeude-export.csv")
    assert answer.headers["Content-Type"].startswith("text/csv")
    assert "no-store" in answer.headers["Cache-Control"]
    assert (
        answer.content.decode("utf-8-sig")
        .splitlines()[1]
        .startswith("Merseburger Straße;12;06667;Weißenfels;Wohnbau GmbH")
    )
    answer = team.get(f"{portal.absolute_url()}/{REGISTER_ID}/@@gebaeude-export.xlsx")
    sheet = load_workbook(BytesIO(answer.content)).active
    assert sheet["A2"].value == "Merseburger Straße" and sheet["E2"].value == "Wohnbau GmbH"


def test_calendar_token_journey(io_site):
    portal, _building, _inspection = io_site
    team = site_session(("sb-wohnraumkontrolle", DEMO_PASSWORD), url=portal.absolute_url())
    url = f"{portal.absolute_url()}/{REGISTER_ID}/@@kalender-token"
    token = html.fromstring(team.get(url).text).xpath("//input[@name='_authenticator']/@value")[0]
    page = html.fromstring(team.post(url, data={"_authenticator": token, "create": "1"}).text)
    feed = page.xpath("//input[@id='calendar-url']/@value")[0]
    feed = portal.absolute_url() + feed[feed.index("/@@begehungen.ics") :]

    answer = requests.get(feed, timeout=60)  # a calendar app: no login
    assert answer.status_code == 200 and answer.headers["Content-Type"].startswith("text/calendar")
    assert "no-store" in answer.headers["Cache-Control"]
    body = answer.content.decode("utf-8").replace("\r\n ", "")
    assert "LOCATION:Merseburger Straße 12\\, 06667 Weißenfels" in body
    assert "DTSTART:20261203T100000" in body
    for secret in ("Wohnbau", "Zoll", "Hausverwaltung", "Schimmel", "wohnraumkontrolle"):
        assert secret not in body
    assert requests.get(feed.split("?")[0] + "?token=wrong", timeout=60).status_code == 404
    assert requests.get(feed.split("?")[0], timeout=60).status_code == 404

    # Leaving the team closes the feed; coming back opens it again.
    api.group.remove_user(groupname="team-wohnraumkontrolle", username="sb-wohnraumkontrolle")
    transaction.commit()
    assert requests.get(feed, timeout=60).status_code == 404
    api.group.add_user(groupname="team-wohnraumkontrolle", username="sb-wohnraumkontrolle")
    transaction.commit()
    assert requests.get(feed, timeout=60).status_code == 200

    page = html.fromstring(team.get(url).text)
    assert page.xpath("//p[@id='calendar-token-state']")
    team.post(url, data={"_authenticator": token, "revoke": "1"})
    assert requests.get(feed, timeout=60).status_code == 404


def test_report_and_letter_name_no_person(io_site):
    portal, building, inspection = io_site
    team = site_session(("sb-wohnraumkontrolle", DEMO_PASSWORD), url=portal.absolute_url())
    page = team.get(f"{inspection.absolute_url()}/@@begehungsbericht").text
    doc = html.fromstring(page)
    assert doc.xpath("//section[@class='report-flat']/h3/text()") == ["2. OG links"]
    assert doc.xpath("//section[@class='report-flat']//th/text()") == ["Schimmel und Feuchtigkeit"]
    assert doc.xpath("//table[@id='report-measures']//td/text()")[:2] == ["Lüftung einbauen", "20.12.2026"]
    assert doc.xpath("//dd[@id='report-present']/text()") == ["Hausverwaltung"]
    for name in ("Sachbearbeitung", "sb-wohnraumkontrolle", "admin"):
        assert name not in page
    building_page = html.fromstring(team.get(building.absolute_url()).text)
    rows = building_page.xpath("//section[@id='building-letters']//tr/td[3]/text()")
    assert any("31.12.2026" in row for row in rows)


def test_rest_has_the_views_permissions(io_site):
    portal, building, inspection = io_site
    search = f"{portal.absolute_url()}/@search"
    query = {"portal_type": "Objekt", "review_state": "begehung_geplant", "building_street": "merseburgerstr"}
    team = site_session(("sb-wohnraumkontrolle", DEMO_PASSWORD), json=True, url=portal.absolute_url())
    assert [i["@id"] for i in team.get(search, params=query).json()["items"]] == [building.absolute_url()]
    answer = team.get(inspection.absolute_url())
    assert answer.status_code == 200 and answer.json()["findings"][0]["category"] == "mould"
    for role in ("anonymous", "clearing", "other-team", "steuerung"):
        outsider = site_session(credentials(role), json=True, url=portal.absolute_url())
        assert outsider.get(search, params=query).json()["items"] == [], role
        for url in (building.absolute_url(), inspection.absolute_url(), f"{portal.absolute_url()}/{REGISTER_ID}"):
            assert outsider.get(url).status_code in (401, 403, 404), (role, url)


def test_forged_register_requests_change_nothing(io_site):
    """The register's state-changing pages (import, letters, letter templates, calendar token)
    with no token, a made-up one or another user's token: refused, nothing stored."""
    from weissenfels.portal.register.calendar import has_token
    from weissenfels.portal.register.letters import letter_templates
    from weissenfels.portal.register.letters import letters

    portal, building, _inspection = io_site
    register = f"{portal.absolute_url()}/{REGISTER_ID}"
    team = site_session(credentials("team"), url=portal.absolute_url())
    admin = site_session(credentials("site-admin"), url=portal.absolute_url())
    letters_before = len(letters(building))
    templates_before = dict(letter_templates(portal[REGISTER_ID]))
    for token in (None, "0" * 40, token_for(portal, "sb-schulteam")):
        extra = {"_authenticator": token} if token else {}
        answers = [
            admin.post(
                f"{register}/@@gebaeude-import",
                data={**extra, "csv_text": CSV_TEXT.format(n=77), "apply": "1"},
                allow_redirects=False,
                timeout=60,
            ),
            team.post(
                f"{building.absolute_url()}/@@brief-erstellen",
                data={**extra, "kind": "anordnung", "deadline": "2027-03-01"},
                allow_redirects=False,
                timeout=60,
            ),
            team.post(
                f"{register}/@@brief-vorlagen",
                data={**extra, "retention_years": "5", "template_anhoerung": "Gefälscht"},
                allow_redirects=False,
                timeout=60,
            ),
            team.post(f"{register}/@@kalender-token", data={**extra, "create": "1"}, allow_redirects=False, timeout=60),
        ]
        assert [answer.status_code for answer in answers] == [403] * 4, token
        transaction.begin()
        assert "grosse-burgstrasse-77-06667-weissenfels" not in portal[REGISTER_ID].objectIds()
        assert len(letters(building)) == letters_before
        assert dict(letter_templates(portal[REGISTER_ID])) == templates_before
        assert not has_token("sb-wohnraumkontrolle", portal[REGISTER_ID])
