"""The demo profile fills the intranet: five workspaces with leads, minutes, reports, meetings."""

from plone import api
from weissenfels.portal.intranet.structure import STEERING_MEMBER
from weissenfels.portal.organisation import WORKING_GROUPS
from weissenfels.portal.setuphandlers.intranet import seed_workspaces

import pytest


WORKSPACE_IDS = [spec.id for spec in seed_workspaces()]


class TestDemoWorkspaces:
    def test_five_workspaces(self, intranet_portal):
        assert [f"ag-{wg.id}" for wg in WORKING_GROUPS] + ["steuerung"] == WORKSPACE_IDS
        with api.env.adopt_roles(["Manager"]):
            assert set(intranet_portal["intranet"].contentIds()) == set(WORKSPACE_IDS)

    @pytest.mark.parametrize("wg", WORKING_GROUPS, ids=lambda wg: wg.id)
    def test_workspace_of_working_group(self, intranet_portal, wg):
        with api.env.adopt_roles(["Manager"]):
            workspace = intranet_portal["intranet"][f"ag-{wg.id}"]
            assert workspace.portal_type == "Arbeitsgruppe"
            assert workspace.Language() == ""
            assert workspace.lead_landkreis == f"leitung-{wg.id}-landkreis"
            assert workspace.lead_stadt == f"leitung-{wg.id}-stadt"
            assert "Auftrag" in workspace.mandate.output or "Prozess" in workspace.mandate.output
            assert workspace.__ac_local_roles_block__
            local = dict(workspace.get_local_roles())
            assert "WorkspaceMember" in local[wg.members_group]
            assert "WorkspaceLead" in local[wg.leads_group]
            assert local["steuerung"] == (STEERING_MEMBER,)
            assert workspace["protokoll-auftaktsitzung"].action_items
            assert workspace["gruppenbericht-januar-2022"].status in ("on_track", "at_risk", "delayed")
            assert workspace["sitzung"].portal_type == "Event"
            assert api.content.get_state(workspace["sitzung"]) == "internal"

    def test_demo_states_differ(self, intranet_portal):
        with api.env.adopt_roles(["Manager"]):
            states = {
                api.content.get_state(intranet_portal["intranet"][f"ag-{wg.id}"]["gruppenbericht-januar-2022"])
                for wg in WORKING_GROUPS
            }
        assert len(states) >= 3
