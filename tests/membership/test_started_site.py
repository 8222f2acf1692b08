"""The membership journeys of issue 15 on the site `make start` makes (slow): the root's admin
adds a working group in the browser, its tandem lead staffs it, a team lead adds a colleague
who then sees the team's demo cases. The site is shared by the run: everything is undone at
the end (the colleague leaves the team, the working group is deleted)."""

from lxml import html
from site_client import authenticator
from site_client import site_session

import pytest


pytestmark = pytest.mark.slow

TITLE = "AG Sprachmittlung Start"
WORKSPACE_ID = "ag-sprachmittlung-start"
TEAM_LEAD = "teamleitung-wohnraumkontrolle"
COLLEAGUE = "sb-clearingstelle"  # in another unit's team: does not see these cases yet
WG_LEAD = "leitung-schulteam-stadt"
WG_MEMBER = "mitglied-schulteam"
OTHER_MEMBER = "mitglied-clearingstelle"


def post_change(session, url, action, user_id, kind="team"):
    data = {"kind": kind, "action": action, "user_id": user_id, "_authenticator": authenticator(session, url)}
    response = session.post(url, data=data, allow_redirects=False)
    assert response.status_code == 302, response.status_code
    return response


def test_team_lead_adds_a_colleague_who_then_sees_the_cases(started_site):
    url = started_site.url
    lead = site_session((TEAM_LEAD, started_site.demo_password), url=url)
    colleague = site_session((COLLEAGUE, started_site.demo_password), url=url)
    found = lead.get(
        f"{url}/vorgaenge/wohnraumkontrolle/@search?portal_type=Vorgang", headers={"Accept": "application/json"}
    ).json()["items"]
    assert found, "the demo cases of the Wohnraumkontrolle"
    case_url = found[0]["@id"]
    assert colleague.get(case_url, allow_redirects=False).status_code in (302, 401, 403, 404)

    members = f"{url}/vorgaenge/wohnraumkontrolle/@@team-mitglieder"
    post_change(lead, members, "added", COLLEAGUE)
    try:
        assert colleague.get(case_url).status_code == 200
        audit = lead.get(members).text.split('id="members-audit"', 1)[1]
        assert "Sachbearbeitung Clearingstelle" in audit and "hinzugefügt" in audit
    finally:
        post_change(lead, members, "removed", COLLEAGUE)
    assert colleague.get(case_url, allow_redirects=False).status_code in (302, 401, 403, 404)


def test_admin_adds_a_working_group_its_lead_staffs_it(started_site):
    url = started_site.url
    admin = site_session(("admin", started_site.admin_password), url=url)
    add_url = f"{url}/intranet/++add++Arbeitsgruppe"
    form = next(
        f for f in html.fromstring(admin.get(add_url).text).forms if f.xpath(".//button[@name='form.buttons.save']")
    )
    values = dict(form.form_values())
    values.update({"form.widgets.IDublinCore.title": TITLE, "form.buttons.save": "Speichern"})
    assert admin.post(form.action, data=values, allow_redirects=False).status_code == 302
    workspace = f"{url}/intranet/{WORKSPACE_ID}"
    try:
        post_change(admin, f"{workspace}/@@mitglieder", "added", WG_LEAD, kind="lead")
        lead = site_session((WG_LEAD, started_site.demo_password), url=url)
        post_change(lead, f"{workspace}/@@mitglieder", "added", WG_MEMBER)
        member = site_session((WG_MEMBER, started_site.demo_password), url=url)
        assert member.get(workspace).status_code == 200
        assert TITLE in member.get(f"{url}/intranet").text
        other = site_session((OTHER_MEMBER, started_site.demo_password), url=url)
        assert other.get(workspace, allow_redirects=False).status_code in (302, 401, 403, 404)
        assert "ag-sprachmittlung-start-leitung" in admin.get(f"{url}/@@organisation").text
    finally:
        admin.delete(workspace, headers={"Accept": "application/json"})
