"""A second town creates its portal through the distribution: Musterstadt (de, en, pl; no
example content; prefix MST-; its own postcodes and controller) works end to end."""

from case_forms import submit
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from site_client import site_session
from weissenfels.portal.cases import abuse

import pytest
import transaction


JSON = {"Accept": "application/json", "Content-Type": "application/json"}
FIELDS_MODEL = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema>'
    '<field name="description" type="zope.schema.Text"><title>Was ist passiert?</title></field>'
    '<field name="email" type="zope.schema.TextLine"><title>E-Mail</title><required>False</required></field>'
    "</schema></model>"
)
ACTIONS_MODEL = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema>'
    '<field name="create_case" type="weissenfels.portal.easyform.actions.CreateCase">'
    "<title>Als Vorgang speichern</title><unit>wohnraumkontrolle</unit><email_field>email</email_field>"
    "</field></schema></model>"
)


@pytest.fixture
def musterstadt(musterstadt_functional):
    app = musterstadt_functional["app"]
    site = app["musterstadt"]
    # No minimum fill time: the test answers at once (tests/cases/test_abuse tests the time).
    site.portal_registry["weissenfels.portal.cases.settings.ICaseSettings.min_fill_seconds"] = 0
    transaction.commit()
    abuse.reset_rate_limit()
    return site, f"http://{musterstadt_functional['host']}:{musterstadt_functional['port']}"


def admin_session(url):
    return site_session(auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD), url=url)


def test_a_unit_a_form_a_case_with_the_towns_prefix(musterstadt):
    site, server = musterstadt
    url = f"{server}/musterstadt"
    admin = admin_session(url)

    unit = admin.post(
        f"{url}/de",
        headers=JSON,
        json={
            "@type": "Organisationseinheit",
            "id": "wohnraumkontrolle",
            "title": "Wohnungsaufsicht Musterstadt",
            "goal": "Gesunde Wohnungen für alle.",
            "authority": "stadt",
        },
    )
    assert unit.status_code == 201, unit.text
    assert admin.post(f"{url}/de/wohnraumkontrolle/@workflow/publish", headers=JSON).status_code == 200
    form = admin.post(
        f"{url}/de/wohnraumkontrolle",
        headers=JSON,
        json={
            "@type": "EasyForm",
            "id": "meldung",
            "title": "Missstand melden",
            "fields_model": FIELDS_MODEL,
            "actions_model": ACTIONS_MODEL,
        },
    )
    assert form.status_code == 201, form.text
    assert admin.post(f"{url}/de/wohnraumkontrolle/meldung/@workflow/publish", headers=JSON).status_code == 200
    user = admin.post(
        f"{url}/@users",
        headers=JSON,
        json={"username": "sb-muster", "email": "sb@musterstadt.example", "password": "Muster-Passwort-2026"},
    )
    assert user.status_code == 201, user.text
    joined = admin.patch(f"{url}/@groups/team-wohnraumkontrolle", headers=JSON, json={"users": {"sb-muster": True}})
    assert joined.status_code == 204, joined.text

    answer = submit(f"{url}/de/wohnraumkontrolle/meldung", {"description": "Schimmel im Bad, Hausnummer 3"})
    assert answer.status_code == 200, answer.text

    team = site_session(auth=("sb-muster", "Muster-Passwort-2026"), url=url)
    inbox = team.get(f"{url}/vorgaenge/wohnraumkontrolle/@@vorgaenge-inbox")
    assert inbox.status_code == 200
    transaction.begin()
    cases = [obj for obj in site["vorgaenge"]["wohnraumkontrolle"].objectValues() if obj.portal_type == "Vorgang"]
    assert len(cases) == 1
    assert cases[0].reference.startswith("MST-")
    assert cases[0].reference in inbox.text
    # Not public: an anonymous visitor is sent to the login.
    anonymous = anonymous_get(f"{url}/vorgaenge/wohnraumkontrolle/{cases[0].getId()}")
    assert anonymous.status_code == 302 and "login" in anonymous.headers["Location"]


def anonymous_get(url):
    import requests

    return requests.get(url, allow_redirects=False, timeout=30)


def test_the_legal_pages_name_the_towns_controller(musterstadt):
    _site, server = musterstadt
    url = f"{server}/musterstadt"
    for page in ("impressum", "datenschutz"):
        response = anonymous_get(f"{url}/de/{page}")
        assert response.status_code == 200, page
        assert "Stadt Musterstadt, vertreten durch die Bürgermeisterin" in response.text
        assert "Datenschutzbeauftragter der Stadt Musterstadt" in response.text
        assert "Weißenfels" not in response.text.split('id="content"')[-1].split("</main>")[0]


def test_the_language_roots_are_the_chosen_ones(musterstadt):
    site, server = musterstadt
    assert [code for code in ("de", "en", "ro", "pl", "bg", "hu", "ar", "uk") if code in site.objectIds()] == [
        "de",
        "en",
        "pl",
    ]
    assert list(site.portal_registry["plone.available_languages"]) == ["de", "en", "pl"]
    assert anonymous_get(f"{server}/musterstadt/en").status_code == 200
    assert anonymous_get(f"{server}/musterstadt/ro").status_code == 404
    front = anonymous_get(f"{server}/musterstadt/de")
    assert "Der Musterstädter Weg" in front.text
    assert "Musterstadt" in front.text


def test_the_town_settings_are_the_answers(musterstadt):
    site, _server = musterstadt
    registry = site.portal_registry
    assert registry["weissenfels.portal.town.reference_prefix"] == "MST"
    assert registry["weissenfels.portal.town.postcodes"] == ("12345", "12346")
    assert registry["weissenfels.portal.town.town_name"] == "Musterstadt"
    assert site.title == "Der Musterstädter Weg"
    assert registry["plone.site_title"] == "Der Musterstädter Weg"


def test_sites_and_the_overview_list_the_distribution(musterstadt):
    _site, server = musterstadt
    admin = admin_session(server)
    listing = admin.get(f"{server}/@sites", headers={"Accept": "application/json"})
    assert listing.status_code == 200
    data = listing.json()
    assert "weissenfels" in [dist["name"] for dist in data["distributions"]]
    assert {"id": "musterstadt", "distribution": "weissenfels"}.items() <= next(
        site for site in data["sites"] if site["id"] == "musterstadt"
    ).items()
    form = admin.get(f"{server}/@sites/weissenfels", headers={"Accept": "application/json"})
    assert form.status_code == 200
    assert "reference_prefix" in form.json()["schema"]["properties"]
    overview = admin.get(f"{server}/@@plone-overview")
    assert overview.status_code == 200
