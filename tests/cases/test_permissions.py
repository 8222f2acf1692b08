"""Who sees a case: only the responsible team (CaseHandler) and site administrators."""

from AccessControl import Unauthorized
from case_forms import grant_redaktion_roles
from case_forms import make_case
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.testing import TEST_USER_NAME
from Products.CMFCore.WorkflowCore import WorkflowException
from weissenfels.portal.handling.workflow import forward

import pytest


OUTSIDERS = [
    "anonymous",
    "sb-clearingstelle",
    "sb-schulteam",
    "redakteurin",
    "mitglied-wohnraumkontrolle",
    "leitung-wohnraumkontrolle-stadt",
    "steuerung-stadt",
]


def as_user(portal, user):
    if user == "anonymous":
        logout()
    else:
        login(portal, user)


@pytest.fixture
def case(demo_portal):
    grant_redaktion_roles(demo_portal)
    return make_case(demo_portal, "wohnraumkontrolle", text="Küchenschimmel hinter dem Schrank")


@pytest.mark.parametrize("user", OUTSIDERS)
def test_outsiders_cannot_see_or_find_a_case(demo_portal, case, user):
    path = "/".join(case.getPhysicalPath())
    as_user(demo_portal, user)
    assert not api.user.has_permission("View", obj=case)
    assert not api.user.has_permission("Access contents information", obj=case)
    with pytest.raises(Unauthorized):
        demo_portal.restrictedTraverse(path)
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog(portal_type="Vorgang")) == 0
    assert len(catalog(SearchableText="Küchenschimmel")) == 0
    team_folder = "/".join(demo_portal["vorgaenge"]["wohnraumkontrolle"].getPhysicalPath())
    assert len(catalog(path=team_folder)) == 0


@pytest.mark.parametrize("user", ["sb-wohnraumkontrolle", "admin"])
def test_team_and_admin_see_the_case(demo_portal, case, user):
    if user == "admin":
        setRoles(demo_portal, TEST_USER_ID, ["Site Administrator"])
        login(demo_portal, TEST_USER_NAME)
    else:
        login(demo_portal, user)
    assert api.user.has_permission("View", obj=case)
    assert api.user.has_permission("Modify portal content", obj=case)
    brains = api.portal.get_tool("portal_catalog")(SearchableText="Küchenschimmel")
    assert [b.case_reference for b in brains] == [case.reference]
    assert brains[0].case_unit == "wohnraumkontrolle"


def test_team_cannot_delete_or_add_cases(demo_portal, case):
    login(demo_portal, "sb-wohnraumkontrolle")
    assert not api.user.has_permission("Delete objects", obj=case)
    assert not api.user.has_permission("weissenfels.portal: Add Vorgang", obj=case.aq_parent)


def test_handler_runs_the_workflow(demo_portal, case):
    login(demo_portal, "sb-wohnraumkontrolle")
    api.content.transition(case, "bearbeiten")
    assert api.content.get_state(case) == "in_bearbeitung"
    api.content.transition(case, "erledigen", comment="Vor Ort geprüft")
    assert api.content.get_state(case) == "erledigt"
    history = case.workflow_history["weissenfels_case_workflow"]
    assert [h["action"] for h in history] == [None, "bearbeiten", "erledigen"]
    assert history[-1]["actor"] == "sb-wohnraumkontrolle"
    assert history[-1]["comments"] == "Vor Ort geprüft"
    # still only the team
    logout()
    assert not api.user.has_permission("View", obj=case)


@pytest.mark.parametrize("start", ["eingegangen", "in_bearbeitung"])
def test_reject_needs_a_comment(demo_portal, case, start):
    login(demo_portal, "sb-wohnraumkontrolle")
    if start == "in_bearbeitung":
        api.content.transition(case, "bearbeiten")
    with pytest.raises(WorkflowException):
        api.portal.get_tool("portal_workflow").doActionFor(case, "ablehnen", comment="")
    assert api.content.get_state(case) == start
    api.portal.get_tool("portal_workflow").doActionFor(case, "ablehnen", comment="Spam")
    assert api.content.get_state(case) == "abgelehnt"


@pytest.mark.parametrize("user", ["sb-clearingstelle", "redakteurin", "mitglied-wohnraumkontrolle"])
def test_outsiders_cannot_run_transitions(demo_portal, case, user):
    login(demo_portal, user)
    with pytest.raises(WorkflowException):
        api.portal.get_tool("portal_workflow").doActionFor(case, "bearbeiten")


def test_forwarding_moves_visibility(demo_portal, case):
    reference = case.reference
    login(demo_portal, "sb-wohnraumkontrolle")
    wf = api.portal.get_tool("portal_workflow")
    with pytest.raises(WorkflowException):  # no comment
        forward(case, "clearingstelle", "")
    with pytest.raises(WorkflowException):  # not to the own unit
        forward(case, "wohnraumkontrolle", "Zuständig ist die Clearingstelle")
    with pytest.raises(WorkflowException):  # plain transition without a target (e.g. REST)
        wf.doActionFor(case, "weiterleiten", comment="Zuständig ist die Clearingstelle")
    api.content.transition(case, "bearbeiten")
    forward(case, "clearingstelle", "Zuständig ist die Clearingstelle")

    assert reference.lower() not in demo_portal["vorgaenge"]["wohnraumkontrolle"]
    moved = demo_portal["vorgaenge"]["clearingstelle"][reference.lower()]
    catalog = api.portal.get_tool("portal_catalog")
    assert len(catalog(case_reference=reference)) == 0  # the first team no longer finds it
    login(demo_portal, "sb-clearingstelle")
    brains = catalog(case_reference=reference)
    assert len(brains) == 1
    assert brains[0].case_unit == "clearingstelle"
    assert brains[0].review_state == "eingegangen"
    assert api.user.has_permission("View", obj=moved)
    assert moved.workflow_history["weissenfels_case_workflow"][-1]["comments"] == "Zuständig ist die Clearingstelle"
    assert len(catalog.unrestrictedSearchResults(case_reference=reference)) == 1  # no ghost at the old path
