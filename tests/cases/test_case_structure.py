"""/vorgaenge and the case folders: who may see them."""

from plone import api
from weissenfels.portal.organisation import UNITS

import pytest


def test_cases_root_is_internal(portal):
    root = portal["vorgaenge"]
    assert root.exclude_from_nav
    assert root.Language() == ""
    view_roles = {r["name"] for r in root.rolesOfPermission("View") if r["selected"]}
    assert view_roles == {"Manager", "Site Administrator", "Reader"}
    assert getattr(root, "__ac_local_roles_block__", False)


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.id)
def test_case_folder_per_unit(portal, unit):
    folder = portal["vorgaenge"][unit.id]
    assert folder.portal_type == "CaseFolder"
    assert folder.unit == unit.id
    assert folder.Language() == ""
    assert folder.exclude_from_nav
    assert folder.__ac_local_roles_block__
    assert "CaseHandler" in dict(folder.get_local_roles())[unit.team_group]
    assert api.content.get_state(folder) == "intern"


def test_case_folder_permissions(portal):
    folder = portal["vorgaenge"]["wohnraumkontrolle"]
    view_roles = {r["name"] for r in folder.rolesOfPermission("View") if r["selected"]}
    assert view_roles == {"CaseHandler", "Manager", "Site Administrator"}


def test_only_manager_adds_case_folders(portal):
    roles = {r["name"] for r in portal.rolesOfPermission("weissenfels.portal: Add CaseFolder") if r["selected"]}
    assert roles == {"Manager"}


def test_ensure_case_folders_is_idempotent(portal):
    from weissenfels.portal.setuphandlers.cases import ensure_case_folders

    portal["vorgaenge"]["schulteam"].inbox_email = "schulteam@weissenfels.example"
    ensure_case_folders()
    assert portal["vorgaenge"]["schulteam"].inbox_email == "schulteam@weissenfels.example"
    assert len(portal["vorgaenge"].objectIds()) == len(UNITS)
