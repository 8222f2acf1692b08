"""The default profile installs the add-on, its dependencies, languages, theme and groups."""

from plone import api
from weissenfels.portal.organisation import LANGUAGES
from weissenfels.portal.organisation import portal_groups

import pytest


PACKAGE = "weissenfels.portal"


class TestInstall:
    def test_addon_installed(self, installer):
        assert installer.is_product_installed(PACKAGE)

    @pytest.mark.parametrize(
        "dependency", ["plone.app.multilingual", "collective.easyform", "plone.restapi", "plone.app.dexterity"]
    )
    def test_dependency_installed(self, installer, dependency):
        assert installer.is_product_installed(dependency)

    def test_browser_layer(self, browser_layers):
        from weissenfels.portal.interfaces import IBrowserLayer

        assert IBrowserLayer in browser_layers

    def test_latest_profile_version(self, setup_tool):
        from pathlib import Path

        import re
        import weissenfels.portal

        metadata = Path(weissenfels.portal.__file__).parent / "profiles" / "default" / "metadata.xml"
        version = re.search(r"<version>(\d+)</version>", metadata.read_text()).group(1)
        assert setup_tool.getLastVersionForProfile(f"{PACKAGE}:default") == (version,)

    def test_site_title_and_description(self, portal):
        assert api.portal.get_registry_record("plone.site_title") == "Der Weißenfelser Weg"
        assert portal.title == "Der Weißenfelser Weg"
        assert "Weißenfels" in portal.description

    def test_languages(self, portal):
        assert api.portal.get_registry_record("plone.default_language") == "de"
        assert tuple(api.portal.get_registry_record("plone.available_languages")) == LANGUAGES

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_language_root_folder(self, portal, language):
        folder = portal[language]
        assert folder.portal_type == "LRF"
        assert folder.Language() == language

    def test_theme(self, portal):
        from plone.app.theming.utils import getCurrentTheme

        assert getCurrentTheme() == "weissenfels"
        # Pages requested on 127.0.0.1 are themed too.
        assert api.portal.get_registry_record("plone.app.theming.interfaces.IThemeSettings.hostnameBlacklist") == []

    @pytest.mark.parametrize("group_id", [group[0] for group in portal_groups()])
    def test_group_exists(self, portal, group_id):
        assert api.group.get(groupname=group_id) is not None

    def test_groups_for_units_and_working_groups(self, portal):
        ids = {group[0] for group in portal_groups()}
        assert {"redaktion", "steuerung"} <= ids
        assert {"ag-schulteam", "ag-schulteam-leitung"} <= ids
        # A unit's groups come with its page (units/lifecycle.py), not with the profile.
        assert not {group_id for group_id in ids if group_id.startswith("team-")}
        for group_id in ("team-wohnraumkontrolle", "team-clearingstelle-leitung"):
            assert api.group.get(groupname=group_id) is not None

    @pytest.mark.parametrize("action", ["impressum", "datenschutz", "barrierefreiheit"])
    def test_footer_legal_links(self, portal, action):
        assert action in portal.portal_actions.site_actions.objectIds()

    def test_plone_accessibility_link_gives_way_to_ours(self, portal):
        assert not portal.portal_actions.site_actions.accessibility.visible
