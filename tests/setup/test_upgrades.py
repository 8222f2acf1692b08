"""Upgrade steps of the default profile run and leave no step pending."""

from plone import api

import pytest


PROFILE = "weissenfels.portal:default"


class TestUpgrades:
    def test_no_pending_upgrades_after_install(self, setup_tool):
        assert setup_tool.listUpgrades(PROFILE) == []

    @pytest.fixture
    def site_at_first_version(self, portal, setup_tool):
        """A site as version 2026112500 left it: before groups and languages were managed."""
        setup_tool.setLastVersionForProfile(PROFILE, "2026112500")
        api.group.delete(groupname="team-schulteam")
        api.portal.set_registry_record("plone.available_languages", ["de", "en"])
        return portal

    def test_upgrade_to_2026112501(self, site_at_first_version, setup_tool):
        # Steps grouped by <genericsetup:upgradeSteps> come as one list per group.
        steps = [step for group in setup_tool.listUpgrades(PROFILE) for step in group]
        assert {step["dest"] for step in steps} == {("2026112501",)}
        assert len(steps) == 2

        setup_tool.upgradeProfile(PROFILE)

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026112501",)
        assert api.group.get(groupname="team-schulteam") is not None
        assert "hu" in api.portal.get_registry_record("plone.available_languages")
        assert setup_tool.listUpgrades(PROFILE) == []
