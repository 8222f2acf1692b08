"""A working group added by an administrator in the browser (issue 15), over HTTP.

"AG Sprachmittlung" gets its groups ag-sprachmittlung and ag-sprachmittlung-leitung, its
workspace and local roles; its tandem lead staffs it on @@mitglieder; its members see their
workspace and no other group's, and the other groups' members do not see it; the Steuerung
sees its submitted report; retiring it leaves it readable and read-only.
"""

from lxml import html
from membership_helpers import change
from membership_helpers import COLLEAGUE
from membership_helpers import COLLEAGUE_NAME
from membership_helpers import group_members
from membership_helpers import session_for
from membership_helpers import SITE_ADMIN
from plone import api
from site_client import authenticator
from weissenfels.portal.intranet.structure import member_emails
from weissenfels.portal.intranet.structure import workspaces

import pytest
import transaction


TITLE = "AG Sprachmittlung"
WORKSPACE_ID = "ag-sprachmittlung"
MEMBERS = "ag-sprachmittlung"
LEADS = "ag-sprachmittlung-leitung"
LEAD = "leitung-sprachmittlung"
OTHER_MEMBER = "mitglied-clearingstelle"
OTHER_LEAD = "leitung-clearingstelle-stadt"
STEERING = "steuerung-stadt"


def submit_form(session, url, fields, button):
    """Fill the page's z3c.form at url as a browser does and press the button."""
    page = session.get(url)
    assert page.status_code == 200, (url, page.status_code)
    form = next(f for f in html.fromstring(page.text).forms if f.xpath(f".//button[@name='{button}']"))
    values = dict(form.form_values())
    values.update(fields)
    values[button] = "Speichern"
    return session.post(form.action or url, data=values, allow_redirects=False)


def add_working_group(portal, title=TITLE):
    admin = session_for(SITE_ADMIN)
    response = submit_form(
        admin,
        f"{portal.absolute_url()}/intranet/++add++Arbeitsgruppe",
        {"form.widgets.IDublinCore.title": title},
        "form.buttons.save",
    )
    assert response.status_code == 302, response.text[:500]
    transaction.begin()
    return response


@pytest.fixture
def working_group(site):
    """AG Sprachmittlung, added by the site administrator; LEAD its tandem lead (set by the
    administrator on @@mitglieder), the colleague one of its members (added by the lead)."""
    api.user.create(email=f"{LEAD}@weissenfels.example", username=LEAD, password=_password())
    transaction.commit()
    add_working_group(site)
    url = f"{site.absolute_url()}/intranet/{WORKSPACE_ID}/@@mitglieder"
    assert change(session_for(SITE_ADMIN), url, "added", user_id=LEAD, kind="lead").status_code == 302
    assert change(session_for(LEAD), url, "added").status_code == 302
    transaction.begin()
    return site["intranet"][WORKSPACE_ID]


def _password():
    from weissenfels.portal.testing import DEMO_PASSWORD

    return DEMO_PASSWORD


def report_of(portal, author=COLLEAGUE):
    """A Gruppenbericht written by a member and submitted to the Steuerung, as the member."""
    from weissenfels.portal.testing import transition_as

    import datetime

    workspace = portal["intranet"][WORKSPACE_ID]
    with api.env.adopt_user(username=author):
        report = api.content.create(
            container=workspace,
            type="Gruppenbericht",
            id="bericht-1",
            title="Bericht Sprachmittlung",
            period_start=datetime.date(2026, 9, 1),
            period_end=datetime.date(2026, 11, 30),
            status="on_track",
        )
    transition_as(report, author, None, "submitted")
    transaction.commit()
    return report


class TestAdding:
    def test_admin_adds_it_in_the_browser(self, site):
        add_working_group(site)
        workspace = site["intranet"][WORKSPACE_ID]
        assert workspace.portal_type == "Arbeitsgruppe"
        assert (workspace.members_group, workspace.leads_group) == (MEMBERS, LEADS)
        assert api.group.get(groupname=MEMBERS).getProperty("title") == TITLE
        assert api.group.get(groupname=LEADS).getProperty("title") == f"{TITLE}: Tandemleitung"
        local = dict(workspace.get_local_roles())
        assert "WorkspaceMember" in local[MEMBERS] and "Contributor" in local[MEMBERS]
        assert "WorkspaceLead" in local[LEADS]
        assert local["steuerung"] == ("SteeringMember",)
        assert workspace.__ac_local_roles_block__
        assert WORKSPACE_ID in [spec.id for spec in workspaces()]

    def test_renaming_changes_group_titles_only(self, site):
        add_working_group(site)
        admin = session_for(SITE_ADMIN)
        url = f"{site.absolute_url()}/intranet/{WORKSPACE_ID}/@@edit"
        response = submit_form(admin, url, {"form.widgets.IDublinCore.title": "AG Dolmetschen"}, "form.buttons.save")
        assert response.status_code == 302
        transaction.begin()
        workspace = site["intranet"][WORKSPACE_ID]
        assert workspace.Title() == "AG Dolmetschen"
        assert (workspace.members_group, workspace.leads_group) == (MEMBERS, LEADS)
        assert api.group.get(groupname=MEMBERS).getProperty("title") == "AG Dolmetschen"
        assert api.group.get(groupname=LEADS).getProperty("title") == "AG Dolmetschen: Tandemleitung"

    @pytest.mark.parametrize("user", [OTHER_LEAD, "steuerung-landkreis", "redakteurin"])
    def test_only_administrators_add(self, site, user):
        response = session_for(user).get(f"{site.absolute_url()}/intranet/++add++Arbeitsgruppe", allow_redirects=False)
        assert response.status_code in (302, 401, 403, 404)
        transaction.begin()
        assert WORKSPACE_ID not in site["intranet"].objectIds()

    def test_not_outside_the_intranet(self, site):
        # Plone answers any type a folder does not allow with 500 (plone.dexterity's add view
        # raises ValueError), CaseFolder in /de as much as this: no form, nothing created.
        admin = session_for(SITE_ADMIN)
        response = admin.get(f"{site.absolute_url()}/de/++add++Arbeitsgruppe", allow_redirects=False)
        assert response.status_code != 200
        assert "form.widgets" not in response.text


class TestMembers:
    def test_members_see_their_workspace_only(self, working_group, site):
        url = working_group.absolute_url()
        colleague = session_for(COLLEAGUE)
        assert colleague.get(url).status_code == 200
        assert TITLE in colleague.get(f"{site.absolute_url()}/intranet").text
        assert colleague.get(
            f"{site.absolute_url()}/intranet/ag-clearingstelle", allow_redirects=False
        ).status_code in (
            302,
            401,
            403,
            404,
        )
        other = session_for(OTHER_MEMBER)
        assert other.get(url, allow_redirects=False).status_code in (302, 401, 403, 404)
        assert TITLE not in other.get(f"{site.absolute_url()}/intranet").text

    def test_the_audit_shows_who_added_whom(self, working_group, site):
        page = session_for(LEAD).get(f"{working_group.absolute_url()}/@@mitglieder")
        audit = page.text.split('id="members-audit"', 1)[1]
        assert COLLEAGUE_NAME in audit and "hinzugefügt" in audit and MEMBERS in audit
        assert COLLEAGUE in group_members(MEMBERS)

    def test_lead_of_another_group_is_refused(self, working_group, site):
        other = session_for(OTHER_LEAD)
        url = f"{working_group.absolute_url()}/@@mitglieder"
        assert other.get(url, allow_redirects=False).status_code in (302, 401, 403, 404)
        token = authenticator(other, f"{site.absolute_url()}/intranet/ag-clearingstelle/@@mitglieder")
        response = change(other, url, "added", user_id=OTHER_MEMBER, token=token)
        assert response.status_code in (302, 401, 403, 404)
        assert OTHER_MEMBER not in group_members(MEMBERS)
        # and the lead of the new group cannot staff the Clearingstelle's
        lead = session_for(LEAD)
        clearing = f"{site.absolute_url()}/intranet/ag-clearingstelle/@@mitglieder"
        assert lead.get(clearing, allow_redirects=False).status_code in (302, 401, 403, 404)

    def test_member_who_is_not_lead_cannot_manage(self, working_group, site):
        colleague = session_for(COLLEAGUE)
        url = f"{working_group.absolute_url()}/@@mitglieder"
        assert colleague.get(url, allow_redirects=False).status_code in (302, 401, 403)
        token = authenticator(colleague, working_group.absolute_url())
        response = change(colleague, url, "added", user_id=OTHER_MEMBER, token=token)
        assert response.status_code in (302, 401, 403)
        assert OTHER_MEMBER not in group_members(MEMBERS)

    def test_steering_sees_the_submitted_report(self, working_group, site):
        report = report_of(site)
        steering = session_for(STEERING)
        assert steering.get(report.absolute_url()).status_code == 200
        overview = steering.get(f"{site.absolute_url()}/intranet/@@steuerung-overview").text
        assert TITLE in overview and "Bericht Sprachmittlung" in overview
        # a member of another working group does not
        assert session_for(OTHER_MEMBER).get(report.absolute_url(), allow_redirects=False).status_code in (
            302,
            401,
            403,
            404,
        )


class TestRetiring:
    def retire(self, site, workspace):
        admin = session_for(SITE_ADMIN)
        token = authenticator(admin, workspace.absolute_url())
        response = admin.post(
            f"{workspace.absolute_url()}/content_status_modify",
            data={"workflow_action": "retire", "_authenticator": token},
            allow_redirects=False,
        )
        assert response.status_code == 302
        transaction.begin()
        assert api.content.get_state(site["intranet"][WORKSPACE_ID]) == "retired"

    def test_retired_is_readable_and_read_only(self, working_group, site):
        report = report_of(site)
        with api.env.adopt_user(username=COLLEAGUE):
            note = api.content.create(container=working_group, type="Protokoll", id="notiz", title="Notiz der Kollegin")
        transaction.commit()
        self.retire(site, working_group)

        colleague, lead = session_for(COLLEAGUE), session_for(LEAD)
        page = colleague.get(working_group.absolute_url())
        assert page.status_code == 200
        assert "aufgelöst" in page.text
        assert colleague.get(report.absolute_url()).status_code == 200
        assert session_for(STEERING).get(report.absolute_url()).status_code == 200
        for user in (colleague, lead):
            for add in ("Protokoll", "Gruppenbericht", "Event", "File"):
                response = user.get(f"{working_group.absolute_url()}/++add++{add}", allow_redirects=False)
                assert response.status_code in (302, 401, 403, 404), (add, response.status_code)
            assert user.get(f"{note.absolute_url()}/@@edit", allow_redirects=False).status_code in (302, 401, 403)
            assert user.get(f"{working_group.absolute_url()}/@@edit", allow_redirects=False).status_code in (
                302,
                401,
                403,
            )
        # the lead no longer manages the members of a retired group
        assert lead.get(f"{working_group.absolute_url()}/@@mitglieder", allow_redirects=False).status_code in (
            302,
            401,
            403,
        )
        # no notification goes to a retired group, and the Steuerung's overview marks it
        transaction.begin()
        assert member_emails(site["intranet"][WORKSPACE_ID]) == []
        overview = session_for(STEERING).get(f"{site.absolute_url()}/intranet/@@steuerung-overview").text
        assert "aufgelöst" in overview.split(TITLE, 1)[1][:300]

    def test_only_administrators_retire(self, working_group, site):
        lead = session_for(LEAD)
        token = authenticator(lead, working_group.absolute_url())
        lead.post(
            f"{working_group.absolute_url()}/content_status_modify",
            data={"workflow_action": "retire", "_authenticator": token},
            allow_redirects=False,
        )
        transaction.begin()
        assert api.content.get_state(site["intranet"][WORKSPACE_ID]) == "workspace"

    def test_the_steering_workspace_is_never_retired(self, site):
        admin = session_for(SITE_ADMIN)
        workspace = f"{site.absolute_url()}/intranet/steuerung"
        admin.post(
            f"{workspace}/content_status_modify",
            data={"workflow_action": "retire", "_authenticator": authenticator(admin, workspace)},
            allow_redirects=False,
        )
        transaction.begin()
        assert api.content.get_state(site["intranet"]["steuerung"]) == "workspace"
