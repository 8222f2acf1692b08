"""The intranet workflow: who may do which transition; a send-back keeps its (required) comment."""

from plone import api
from Products.CMFCore.WorkflowCore import WorkflowException
from site_client import from_site
from site_client import site_session
from weissenfels.portal.testing import DEMO_PASSWORD
from weissenfels.portal.testing import transition_as

import datetime
import pytest
import re
import requests
import transaction


AUTHOR = "mitglied-clearingstelle"
LEAD_A = "leitung-clearingstelle-stadt"


def make_item(workspace, state, portal_type="Gruppenbericht"):
    with api.env.adopt_user(username=AUTHOR):
        item = api.content.create(
            container=workspace,
            type=portal_type,
            title=f"Prüfbericht {state}",
            period_start=datetime.date(2022, 1, 1),
            period_end=datetime.date(2022, 1, 31),
            meeting_start=datetime.datetime(2022, 1, 5, 10, 0),
        )
    transition_as(item, AUTHOR, LEAD_A, state)
    return item


# (from state, transition, user, allowed). The author is a plain member of the Clearingstelle.
TRANSITIONS = [
    ("draft", "make_internal", AUTHOR, True),
    ("draft", "make_internal", LEAD_A, False),
    ("draft", "make_internal", "steuerung-stadt", False),
    ("internal", "back_to_draft", AUTHOR, True),
    ("internal", "back_to_draft", LEAD_A, False),
    ("internal", "submit", AUTHOR, True),
    ("internal", "submit", LEAD_A, True),
    ("internal", "submit", "mitglied-schulteam", False),
    ("internal", "submit", "steuerung-stadt", False),
    ("internal", "submit", "redakteurin", False),
    ("submitted", "accept", LEAD_A, True),
    ("submitted", "accept", "leitung-clearingstelle-landkreis", True),
    ("submitted", "accept", AUTHOR, False),
    ("submitted", "accept", "leitung-schulteam-stadt", False),
    ("submitted", "accept", "steuerung-landkreis", True),  # the report was submitted to the Steuerung
    ("submitted", "accept", "redakteurin", False),
    ("submitted", "send_back", LEAD_A, True),
    ("submitted", "send_back", "steuerung-landkreis", True),
    ("submitted", "send_back", AUTHOR, False),
    ("submitted", "send_back", "leitung-schulteam-stadt", False),
    ("accepted", "send_back", LEAD_A, False),
]
NEW_STATE = {
    "make_internal": "internal",
    "back_to_draft": "draft",
    "submit": "submitted",
    "accept": "accepted",
    "send_back": "internal",
}


@pytest.mark.parametrize("portal_type", ["Gruppenbericht", "Protokoll"])
@pytest.mark.parametrize("state,transition,user,allowed", TRANSITIONS)
def test_transition(intranet_portal, portal_type, state, transition, user, allowed):
    item = make_item(intranet_portal["intranet"]["ag-clearingstelle"], state, portal_type)
    with api.env.adopt_user(username=user):
        if allowed:
            api.content.transition(obj=item, transition=transition, comment="Bitte Zahlen ergänzen.")
        else:
            with pytest.raises((api.exc.InvalidParameterError, WorkflowException)):
                api.content.transition(obj=item, transition=transition, comment="Bitte Zahlen ergänzen.")
    with api.env.adopt_roles(["Manager"]):
        assert api.content.get_state(item) == (NEW_STATE[transition] if allowed else state)


class TestSendBack:
    def test_comment_required(self, intranet_portal):
        item = make_item(intranet_portal["intranet"]["ag-clearingstelle"], "submitted")
        wftool = api.portal.get_tool("portal_workflow")
        with (
            api.env.adopt_user(username=LEAD_A),
            pytest.raises(WorkflowException, match="Bitte geben Sie eine Begründung"),
        ):
            wftool.doActionFor(item, "send_back", comment="  ")
        with api.env.adopt_roles(["Manager"]):
            assert api.content.get_state(item) == "submitted"

    def test_comment_kept_in_history(self, intranet_portal):
        item = make_item(intranet_portal["intranet"]["ag-clearingstelle"], "submitted")
        with api.env.adopt_user(username="steuerung-landkreis"):
            api.content.transition(obj=item, transition="send_back", comment="Bitte die Risiken konkretisieren.")
        with api.env.adopt_roles(["Manager"]):
            assert api.content.get_state(item) == "internal"
            last = item.workflow_history["weissenfels_intranet_workflow"][-1]
        assert last["action"] == "send_back"
        assert last["actor"] == "steuerung-landkreis"
        assert last["comments"] == "Bitte die Risiken konkretisieren."


def submitted_report(portal):
    item = make_item(portal["intranet"]["ag-clearingstelle"], "submitted")
    transaction.commit()
    return item


def send_back_form(item, comment, with_token=True, **post_options):
    """The tandem lead sends the report back through its form (the token read from the form)."""
    session = site_session((LEAD_A, DEMO_PASSWORD))
    data = {"comment": comment, "form.buttons.send_back": "1"}
    if with_token:
        form = session.get(item.absolute_url() + "/@@send-back", timeout=30).text
        data["_authenticator"] = re.search(r'name="_authenticator" value="([^"]+)"', form).group(1)
    return session.post(item.absolute_url() + "/@@send-back", data=data, timeout=30, **post_options)


def state_of(item):
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        return api.content.get_state(item)


class TestSendBackOverHttp:
    def test_form_refuses_empty_comment_and_keeps_state(self, intranet_http_portal):
        item = submitted_report(intranet_http_portal)
        response = send_back_form(item, "")
        assert response.status_code == 200
        assert "Begründung" in response.text  # the German error message
        assert state_of(item) == "submitted"

    def test_form_without_token_is_refused(self, intranet_http_portal):
        item = submitted_report(intranet_http_portal)
        response = send_back_form(
            item, "Bitte Zahlen ergänzen.", with_token=False, headers={"Origin": "https://evil.example"}
        )
        assert response.status_code == 403
        assert state_of(item) == "submitted"

    def test_form_sends_back_with_comment(self, intranet_http_portal):
        item = submitted_report(intranet_http_portal)
        response = send_back_form(item, "Bitte Zahlen ergänzen.")
        assert response.status_code == 200
        assert response.url == item.absolute_url()
        assert state_of(item) == "internal"
        last = item.workflow_history["weissenfels_intranet_workflow"][-1]
        assert (last["action"], last["actor"], last["comments"]) == ("send_back", LEAD_A, "Bitte Zahlen ergänzen.")
        # The author reads the reason in the item's history.
        history = requests.get(
            item.absolute_url() + "/@history",
            auth=(AUTHOR, DEMO_PASSWORD),
            headers={"Accept": "application/json"},
            timeout=30,
        ).json()
        assert [entry["comments"] for entry in history if entry.get("action") == "send_back"] == [
            "Bitte Zahlen ergänzen."
        ]

    def test_rest_api_refuses_empty_comment(self, intranet_http_portal):
        item = submitted_report(intranet_http_portal)
        response = requests.post(
            item.absolute_url() + "/@workflow/send_back",
            json={"comment": ""},
            auth=(LEAD_A, DEMO_PASSWORD),
            headers=from_site({"Accept": "application/json"}),
            timeout=30,
        )
        assert response.status_code == 400
        assert state_of(item) == "submitted"
