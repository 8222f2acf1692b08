"""Issue 15, the units: an administrator adds a sixth unit "Sprachmittlung" in the browser's
add form, gives it a form with "Als Vorgang speichern" (REST, as the form editor does), a
resident submits, only the new team sees the case, the inbox filter and the figures know
the unit, renaming and moving its page keep everything, and retiring it moves its open case
to the successor and closes its form. Over HTTP against the demo site."""

from case_forms import cases_in
from case_forms import set_case_settings
from case_forms import submit
from lxml import html
from permission_matrix_reader import section_cells
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from site_client import site_session
from weissenfels.portal.cases import abuse
from weissenfels.portal.testing import DEMO_PASSWORD
from weissenfels.portal.units.registry import all_units
from weissenfels.portal.units.retire import retire

import pytest
import secrets
import transaction


ADMIN = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)
MEMBER = ("sm-handler", secrets.token_urlsafe(12))
OTHER_TEAM = ("sb-wohnraumkontrolle", DEMO_PASSWORD)
FIELDS = (
    '<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema>'
    '<field name="description" type="zope.schema.Text"><title>Worum geht es?</title>'
    "<required>True</required></field></schema></model>"
)


def actions(key):
    return (
        '<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema>'
        '<field name="create_case" type="weissenfels.portal.easyform.actions.CreateCase">'
        f"<title>Als Vorgang speichern</title><unit>{key}</unit></field></schema></model>"
    )


def fill(session, url, values, button="form.buttons.save"):
    """GET a z3c.form page, change some values, POST it with its hidden inputs, as a browser."""
    page = session.get(url, timeout=60)
    assert page.status_code == 200, (url, page.status_code)
    form = next(f for f in html.fromstring(page.text).forms if f.xpath(f".//*[@name='{button}']"))
    data = [(name, value) for name, value in form.form_values() if name not in values]
    for name, value in values.items():
        data += [(name, item) for item in (value if isinstance(value, list) else [value])]
    data.append((button, "Speichern"))
    return session.post(form.action or url, data=data, timeout=60)


@pytest.fixture
def site(demo_functional_portal):
    set_case_settings(min_fill_seconds=0)
    api.user.create(email="sm@weissenfels.example", username=MEMBER[0], password=MEMBER[1])
    transaction.commit()
    abuse.reset_rate_limit()
    yield demo_functional_portal
    abuse.reset_rate_limit()


def add_sprachmittlung(site):
    """The administrator's steps in the browser and the form editor; returns the form's URL."""
    admin = site_session(ADMIN, url=site.absolute_url())
    added = fill(
        admin,
        f"{site['de'].absolute_url()}/++add++Organisationseinheit",
        {
            "form.widgets.IBasic.title": "Sprachmittlung",
            "form.widgets.goal": "Verständigung in Ämtern und Schulen.",
            "form.widgets.authority:list": "beide",
        },
    )
    assert added.status_code == 200
    transaction.begin()
    page = site["de"]["sprachmittlung"]
    assert page.unit_key == "sprachmittlung"
    rest = site_session(ADMIN, json=True, url=site.absolute_url())
    unit_url = page.absolute_url()
    assert rest.post(f"{unit_url}/@workflow/publish", timeout=60).status_code == 200
    created = rest.post(
        unit_url,
        json={
            "@type": "EasyForm",
            "id": "anfrage",
            "title": "Sprachmittlung anfragen",
            "fields_model": FIELDS,
            "actions_model": actions("sprachmittlung"),
        },
        timeout=60,
    )
    assert created.status_code == 201, created.text
    assert rest.post(f"{unit_url}/anfrage/@workflow/publish", timeout=60).status_code == 200
    # The team's first member (team leads manage this themselves: issue 15, "orgwg").
    transaction.begin()
    api.group.add_user(groupname="team-sprachmittlung", username=MEMBER[0])
    transaction.commit()
    return f"{unit_url}/anfrage"


def test_a_new_unit_from_adding_to_retiring(site):
    form_url = add_sprachmittlung(site)

    # Groups, case folder and roles came with the page.
    transaction.begin()
    assert api.group.get(groupname="team-sprachmittlung").getProperty("title") == "Team Sprachmittlung"
    assert api.group.get(groupname="team-sprachmittlung-leitung").getProperty("title") == "Teamleitung Sprachmittlung"
    folder = site["vorgaenge"]["sprachmittlung"]
    assert folder.get_local_roles_for_userid("team-sprachmittlung") == ("CaseHandler",)

    # A resident submits; the case lands in the new folder.
    sent = submit(form_url, {"description": "Dolmetschen beim Elterngespräch"})
    assert sent.status_code == 200
    assert "WSF-" in sent.text
    [case] = cases_in(site, "sprachmittlung")
    case_url = case.absolute_url()

    # Only the new team sees it: page, search, REST.
    member = site_session(MEMBER, url=site.absolute_url())
    other = site_session(OTHER_TEAM, url=site.absolute_url())
    assert member.get(case_url, timeout=60).status_code == 200
    assert other.get(case_url, timeout=60, allow_redirects=False).status_code in (302, 401, 403, 404)
    assert "Dolmetschen" not in other.get(case_url, timeout=60).text
    search = {"portal_type": "Vorgang", "SearchableText": "Elterngespräch"}
    json = {"Accept": "application/json"}
    found = member.get(f"{site.absolute_url()}/@search", params=search, headers=json, timeout=60).json()
    assert [item["@id"] for item in found["items"]] == [case_url]
    found = other.get(f"{site.absolute_url()}/@search", params=search, headers=json, timeout=60).json()
    assert found["items"] == []
    assert member.get(case_url, headers=json, timeout=60).status_code == 200
    assert other.get(case_url, headers=json, timeout=60).status_code in (401, 403, 404)

    # The inbox's unit filter and the figures know the unit.
    admin = site_session(ADMIN, url=site.absolute_url())
    inbox = admin.get(f"{site.absolute_url()}/vorgaenge/@@vorgaenge-inbox", timeout=60).text
    assert 'value="sprachmittlung"' in inbox
    filtered = admin.get(
        f"{site.absolute_url()}/vorgaenge/@@vorgaenge-inbox", params={"unit": "sprachmittlung"}, timeout=60
    ).text
    assert case.reference in filtered
    assert case.reference in member.get(f"{site.absolute_url()}/vorgaenge", timeout=60).text
    steering = site_session(("steuerung-stadt", DEMO_PASSWORD), url=site.absolute_url())
    assert "Sprachmittlung" in steering.get(f"{site.absolute_url()}/@@vorgaenge-kennzahlen", timeout=60).text

    # Renaming the unit: new titles, same key, same access.
    renamed = fill(
        admin,
        f"{site['de']['sprachmittlung'].absolute_url()}/edit",
        {"form.widgets.IBasic.title": "Sprach- und Kulturmittlung"},
    )
    assert renamed.status_code == 200
    transaction.begin()
    assert api.group.get(groupname="team-sprachmittlung").getProperty("title") == "Team Sprach- und Kulturmittlung"
    assert site["vorgaenge"]["sprachmittlung"].Title() == "Sprach- und Kulturmittlung"
    # Moving its page (a new id): old URLs lead to the new place, the team keeps its cases.
    with api.env.adopt_roles(["Manager"]):
        api.content.rename(obj=site["de"]["sprachmittlung"], new_id="kulturmittlung")
    transaction.commit()
    assert site["de"]["kulturmittlung"].unit_key == "sprachmittlung"
    assert member.get(case_url, timeout=60).status_code == 200
    old = site_session(url=site.absolute_url()).get(form_url, timeout=60)
    assert old.url.endswith("/de/kulturmittlung/anfrage")
    form_url = old.url

    # Retiring it: the open case goes to the successor, the form closes.
    retire_url = f"{site['de']['kulturmittlung'].absolute_url()}/@@einheit-aufloesen"
    assert f'href="{retire_url}"' in admin.get(site["de"]["kulturmittlung"].absolute_url(), timeout=60).text
    assert retire_url not in member.get(site["de"]["kulturmittlung"].absolute_url(), timeout=60).text
    page = html.fromstring(admin.get(retire_url, timeout=60).text)
    token = page.xpath("//input[@name='_authenticator']/@value")[0]
    retired = admin.post(
        retire_url, data={"successor": "clearingstelle", "form.submitted": "1", "_authenticator": token}, timeout=60
    )
    assert retired.status_code == 200
    assert cases_in(site, "sprachmittlung") == []
    assert case.getId() in [c.getId() for c in cases_in(site, "clearingstelle")]
    history = site["vorgaenge"]["clearingstelle"][case.getId()].workflow_history["weissenfels_case_workflow"]
    assert history[-1]["action"] == "weiterleiten"

    # Visitors of the old pages go to the successor's page; the administrator sees why.
    visitor = site_session(url=site.absolute_url())
    for url in (form_url, site["de"]["kulturmittlung"].absolute_url()):
        answer = visitor.get(url, timeout=60, allow_redirects=False)
        assert answer.status_code == 302, url
        assert answer.headers["Location"] == site["de"]["clearingstelle"].absolute_url()
    closed = admin.get(form_url, timeout=60).text
    assert "nimmt keine Anfragen mehr an" in closed
    assert f'href="{site["de"]["clearingstelle"].absolute_url()}"' in closed
    assert 'name="form.buttons.submit"' not in closed
    assert "Diese Einheit wurde aufgelöst." in admin.get(site["de"]["kulturmittlung"].absolute_url(), timeout=60).text
    # The retired unit stays in the figures (marked) while it has cases, not in the forward choice.
    assert (
        "Sprach- und Kulturmittlung (aufgelöst)"
        not in steering.get(f"{site.absolute_url()}/@@vorgaenge-kennzahlen", timeout=60).text
    )  # its one case went to the successor
    forward = admin.get(
        f"{site['vorgaenge']['clearingstelle'][case.getId()].absolute_url()}/@@vorgang-weiterleiten", timeout=60
    )
    assert 'value="sprachmittlung"' not in forward.text


ROLES = ("anonymous", "handler", "editor", "site-admin", "manager")


def unit_matrix():
    """{(path, channel): {role: value}} of the section "Units (issue 15)"."""
    return section_cells("## Units (issue 15)", ROLES)


@pytest.fixture
def matrix_unit(demo_functional_portal):
    """A published unit with a published form, and a site administrator."""
    portal = demo_functional_portal
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(container=portal["de"], type="Organisationseinheit", title="Testeinheit", goal="Z")
        form = api.content.create(container=page, type="EasyForm", id="formular", title="Formular")
        form.fields_model = FIELDS
        form.actions_model = actions(page.unit_key)
        for obj in (page, form):
            api.content.transition(obj=obj, transition="publish")
    api.user.create(email="sa@weissenfels.example", username="site-admin", password=SITE_ADMIN_PASSWORD)
    api.user.grant_roles(username="site-admin", roles=["Site Administrator"])
    transaction.commit()
    return page


SITE_ADMIN_PASSWORD = secrets.token_urlsafe(12)
CREDENTIALS = {
    "anonymous": None,
    "handler": OTHER_TEAM,
    "editor": ("redakteurin", DEMO_PASSWORD),
    "site-admin": ("site-admin", SITE_ADMIN_PASSWORD),
    "manager": ADMIN,
}


@pytest.mark.parametrize("role", ROLES)
def test_unit_matrix(demo_functional_portal, matrix_unit, role):
    portal, cells = demo_functional_portal, unit_matrix()
    assert len(cells) == 5
    session = site_session(CREDENTIALS[role], url=portal.absolute_url())
    url = f"{matrix_unit.absolute_url()}/@@einheit-aufloesen"
    answer = session.get(url, timeout=60, allow_redirects=False)
    may = answer.status_code == 200 and 'name="successor"' in answer.text
    assert may is (cells[("@@einheit-aufloesen", "GET")][role] == "yes")
    if may:
        assert f'value="{matrix_unit.unit_key}"' not in answer.text  # not its own successor

    # POST: with the page's token where the role got the page, without where it did not.
    token = html.fromstring(answer.text).xpath("//input[@name='_authenticator']/@value") if may else []
    data = {"successor": "clearingstelle", "form.submitted": "1", "_authenticator": token[0] if token else ""}
    session.post(url, data=data, timeout=60)
    transaction.begin()
    retired = bool(portal["de"][matrix_unit.getId()].retired)
    assert retired is (cells[("@@einheit-aufloesen", "POST")][role] == "yes")
    if not retired:
        with api.env.adopt_roles(["Manager"]):
            retire(portal["de"][matrix_unit.getId()], "clearingstelle")
        transaction.commit()

    successor = portal["de"]["clearingstelle"].absolute_url()
    for row, path in (("retired unit page", ""), ("form of a retired unit", "/formular")):
        answer = session.get(f"{matrix_unit.absolute_url()}{path}", timeout=60, allow_redirects=False)
        if cells[(row, "view")][role] == "redirect":
            assert (answer.status_code, answer.headers.get("Location")) == (302, successor), row
        else:
            assert answer.status_code == 200, row
            assert "aufgelöst" in answer.text, row
            assert 'name="form.buttons.submit"' not in answer.text, row


@pytest.mark.parametrize("role", ROLES)
def test_only_administrators_delete_a_unit_page(demo_functional_portal, matrix_unit, role):
    """Editors retire a unit; deleting its German page would leave its cases without a unit."""
    portal, page_id = demo_functional_portal, matrix_unit.getId()
    may = unit_matrix()[("German unit page", "DELETE")][role] == "yes"
    session = site_session(CREDENTIALS[role], url=portal.absolute_url())
    form = session.get(f"{matrix_unit.absolute_url()}/@@delete_confirmation", timeout=60, allow_redirects=False)
    token = html.fromstring(form.text).xpath("//input[@name='_authenticator']/@value") if form.ok else []
    session.post(
        f"{matrix_unit.absolute_url()}/@@delete_confirmation",
        data={"form.buttons.Delete": "Löschen", "_authenticator": token[0] if token else ""},
        timeout=60,
    )
    answer = session.delete(matrix_unit.absolute_url(), headers={"Accept": "application/json"}, timeout=60)
    transaction.begin()
    assert (page_id not in portal["de"]) is may
    if not may:
        assert answer.status_code in (401, 403)


def test_the_demo_units_pages_are_kept_from_editors(demo_functional_portal):
    for unit in all_units():
        page = demo_functional_portal.unrestrictedTraverse(unit.path)
        deleters = {role["name"] for role in page.rolesOfPermission("Delete objects") if role["selected"]}
        assert deleters == {"Manager", "Site Administrator"}, unit.key
        assert not page.acquiredRolesAreUsedBy("Delete objects"), unit.key
