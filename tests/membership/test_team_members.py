"""A unit's team lead manages who is in the team (issue 15), over HTTP as the people do it.

The colleague added by the lead of the Wohnraumkontrolle then sees the unit's cases, the audit
on @@team-mitglieder says who added whom; removed, she no longer sees them. Nobody else may:
not the lead of another unit, not a team member who is not lead, not a forged request.
"""

from case_forms import make_case
from membership_helpers import change
from membership_helpers import COLLEAGUE
from membership_helpers import COLLEAGUE_NAME
from membership_helpers import group_members
from membership_helpers import session_for
from membership_helpers import SITE_ADMIN
from plone import api
from site_client import authenticator

import transaction


UNIT = "wohnraumkontrolle"
LEAD = f"teamleitung-{UNIT}"
OTHER_LEAD = "teamleitung-clearingstelle"
MEMBER = f"sb-{UNIT}"


def members_url(portal, unit=UNIT):
    return f"{portal.absolute_url()}/vorgaenge/{unit}/@@team-mitglieder"


def team(unit=UNIT):
    return group_members(f"team-{unit}")


def a_case(portal):
    case = make_case(portal, UNIT, text="Schimmel im Flur")
    transaction.commit()
    return case.absolute_url()


class TestTeamLead:
    def test_adds_colleague_who_then_sees_the_cases(self, site):
        case_url = a_case(site)
        colleague = session_for(COLLEAGUE)
        assert colleague.get(case_url, allow_redirects=False).status_code in (302, 401, 403, 404)

        lead = session_for(LEAD)
        page = lead.get(members_url(site) + "?q=Neue Kollegin")
        assert page.status_code == 200
        assert COLLEAGUE_NAME in page.text  # the search finds her by name
        response = change(lead, members_url(site), "added")
        assert response.status_code == 302
        assert COLLEAGUE in team()

        answer = colleague.get(case_url)
        assert answer.status_code == 200
        assert "Schimmel im Flur" in answer.text
        inbox = colleague.get(f"{site.absolute_url()}/vorgaenge/{UNIT}")
        assert case_url.rsplit("/", 1)[1] in inbox.text

        page = lead.get(members_url(site))
        audit = page.text.split('id="members-audit"', 1)[1]
        assert COLLEAGUE_NAME in audit
        assert "Teamleitung Wohnraumkontrolle" in audit
        assert "hinzugefügt" in audit
        assert "team-wohnraumkontrolle" in audit

    def test_removed_colleague_no_longer_sees_the_cases(self, site):
        case_url = a_case(site)
        api.group.add_user(groupname=f"team-{UNIT}", username=COLLEAGUE)
        transaction.commit()
        colleague = session_for(COLLEAGUE)
        assert colleague.get(case_url).status_code == 200

        lead = session_for(LEAD)
        assert change(lead, members_url(site), "removed").status_code == 302
        assert COLLEAGUE not in team()
        assert colleague.get(case_url, allow_redirects=False).status_code in (302, 401, 403, 404)
        audit = lead.get(members_url(site)).text.split('id="members-audit"', 1)[1]
        assert "entfernt" in audit and COLLEAGUE_NAME in audit

    def test_lists_the_members_by_name(self, site):
        page = session_for(LEAD).get(members_url(site))
        assert page.status_code == 200
        assert "Sachbearbeitung Wohnraumkontrolle" in page.text.split('id="members-team"', 1)[1]
        assert "no-store" in page.headers.get("Cache-Control", "")  # names of colleagues: never cached


class TestRefused:
    def test_lead_of_another_unit(self, site):
        other = session_for(OTHER_LEAD)
        assert other.get(members_url(site), allow_redirects=False).status_code in (302, 401, 403, 404)
        # With a token of a page she may open (her own unit's), the POST is refused all the same.
        token = authenticator(other, members_url(site, "clearingstelle"))
        response = change(other, members_url(site), "added", token=token)
        assert response.status_code in (302, 401, 403, 404)
        assert "login" in response.headers.get("Location", "login") or response.status_code != 302
        assert COLLEAGUE not in team()

    def test_team_member_who_is_not_lead(self, site):
        member = session_for(MEMBER)
        assert member.get(members_url(site), allow_redirects=False).status_code in (302, 401, 403)
        token = authenticator(member, f"{site.absolute_url()}/vorgaenge/{UNIT}")
        response = change(member, members_url(site), "added", token=token)
        assert response.status_code in (302, 401, 403)
        assert COLLEAGUE not in team()

    def test_lead_cannot_change_the_lead_group(self, site):
        lead = session_for(LEAD)
        response = change(lead, members_url(site), "added", kind="lead")
        assert response.status_code == 302
        assert "Sie dürfen diese Gruppe nicht ändern" in lead.get(response.headers["Location"]).text
        assert COLLEAGUE not in group_members(f"team-{UNIT}-leitung")

    def test_forged_request_without_token(self, site):
        lead = session_for(LEAD)
        response = lead.post(members_url(site), data={"kind": "team", "action": "added", "user_id": COLLEAGUE})
        assert response.status_code == 403
        assert COLLEAGUE not in team()

    def test_unknown_user(self, site):
        lead = session_for(LEAD)
        response = change(lead, members_url(site), "added", user_id="niemand-hier")
        assert "Diesen Benutzer gibt es nicht" in lead.get(response.headers["Location"]).text
        assert "niemand-hier" not in team()


class TestAdministrator:
    def test_changes_the_lead_group_too(self, site):
        admin = session_for(SITE_ADMIN)
        assert change(admin, members_url(site), "added", kind="lead").status_code == 302
        assert COLLEAGUE in group_members(f"team-{UNIT}-leitung")

    def test_organisation_overview(self, site):
        lead = session_for(LEAD)
        change(lead, members_url(site), "added")
        admin = session_for(SITE_ADMIN)
        page = admin.get(f"{site.absolute_url()}/@@organisation")
        assert page.status_code == 200
        for text in ("Wohnraumkontrolle", "team-wohnraumkontrolle-leitung", "AG Schulteam", "ag-schulteam-leitung"):
            assert text in page.text
        assert COLLEAGUE_NAME in page.text  # member and the audit entry

    def test_organisation_overview_refused_to_leads(self, site):
        response = session_for(LEAD).get(f"{site.absolute_url()}/@@organisation", allow_redirects=False)
        assert response.status_code in (302, 401, 403)
