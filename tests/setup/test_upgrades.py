"""Upgrade steps of the default profile run and leave no step pending."""

from plone import api

import pytest
import secrets


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
        assert [step["dest"] for step in steps][:2] == [("2026112501",), ("2026112501",)]

        setup_tool.upgradeProfile(PROFILE, "2026112501")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026112501",)
        assert api.group.get(groupname="team-schulteam") is not None
        assert "hu" in api.portal.get_registry_record("plone.available_languages")


class TestUpgradeTo2026112502:
    @pytest.fixture
    def foundation_site(self, portal, setup_tool):
        """A site as the foundation (2026112501) left it: no intranet, no case folders."""
        from plone.app.testing import setRoles
        from plone.app.testing import TEST_USER_ID

        setRoles(portal, TEST_USER_ID, ["Manager"])  # upgrades are run by administrators
        setup_tool.setLastVersionForProfile(PROFILE, "2026112501")
        with api.env.adopt_roles(["Manager"]):
            api.content.delete(objects=[portal["intranet"], portal["vorgaenge"]])
        return portal

    def test_upgrade_creates_structure(self, foundation_site, setup_tool):
        steps = [step for group in setup_tool.listUpgrades(PROFILE) for step in group]
        assert {("2026112502",), ("2026112503",), ("2026112601",)} <= {step["dest"] for step in steps}

        setup_tool.upgradeProfile(PROFILE, "2026112502")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026112502",)
        portal = foundation_site
        assert portal["intranet"].portal_type == "Folder"
        assert {"wohnraumkontrolle", "clearingstelle"} <= set(portal["vorgaenge"].objectIds())
        assert portal["vorgaenge"]["wohnraumkontrolle"].portal_type == "CaseFolder"
        assert "case_reference" in api.portal.get_tool("portal_catalog").indexes()


class TestUpgradeTo2026112503:
    @pytest.fixture
    def site_at_2026112502(self, portal, setup_tool):
        """As 2026112502 left it: only tandem leads accept reports; a queue path in the database."""
        workflow = api.portal.get_tool("portal_workflow")["weissenfels_intranet_workflow"]
        workflow.transitions["accept"].guard.roles = ("WorkspaceLead", "Manager", "Site Administrator")
        mailhost = api.portal.get_tool("MailHost")
        mailhost.smtp_queue, mailhost.smtp_queue_directory = True, "/var/lib/another-machine/mailqueue"
        api.portal.get_tool("portal_catalog").delIndex("case_submitted_day")
        setup_tool.setLastVersionForProfile(PROFILE, "2026112502")
        return portal

    def test_upgrade(self, site_at_2026112502, setup_tool, monkeypatch, tmp_path):
        from App.config import getConfiguration
        from Products.MailHost.MailHost import MailHost

        queue = tmp_path / "mailqueue"
        monkeypatch.setattr(
            getConfiguration(), "product_config", {"weissenfels.portal": {"mail-queue": str(queue)}}, raising=False
        )
        monkeypatch.setattr(MailHost, "smtp_queue_directory", MailHost.smtp_queue_directory)

        setup_tool.upgradeProfile(PROFILE, "2026112503")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026112503",)
        workflow = api.portal.get_tool("portal_workflow")["weissenfels_intranet_workflow"]
        assert "SteeringMember" in workflow.transitions["accept"].guard.roles
        mailhost = api.portal.get_tool("MailHost")
        assert mailhost.smtp_queue and mailhost.smtp_queue_directory == str(queue)
        assert (queue / "new").is_dir()
        assert "case_submitted_day" in api.portal.get_tool("portal_catalog").indexes()


class TestUpgradeTo2026112601:
    def test_upgrade_adds_the_work_links(self, portal, setup_tool):
        user_actions = api.portal.get_tool("portal_actions")["user"]
        user_actions.manage_delObjects(["wsf_inbox", "wsf_intranet", "wsf_figures"])
        setup_tool.setLastVersionForProfile(PROFILE, "2026112503")

        setup_tool.upgradeProfile(PROFILE, "2026112601")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026112601",)
        assert list(user_actions.objectIds())[:3] == ["wsf_inbox", "wsf_intranet", "wsf_figures"]


class TestUpgradeTo2026113001:
    def test_upgrade_adds_the_public_url_record(self, portal, setup_tool):
        from weissenfels.portal.public_url import RECORD

        del portal.portal_registry.records[RECORD]
        setup_tool.setLastVersionForProfile(PROFILE, "2026112601")

        setup_tool.upgradeProfile(PROFILE, "2026113001")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113001",)
        assert RECORD in portal.portal_registry.records


class TestUpgradeTo2026113002:
    """easyform's logic permissions for administrators only, and a scan of the forms."""

    PERMISSIONS = (
        "Add Custom Scripts",
        "Edit Python Fields",
        "Edit TALES Fields",
        "Edit Technical Fields",
        "Edit Mail Addresses",
    )

    def roles_of(self, portal, permission):
        return {r["name"] for r in portal.rolesOfPermission(f"collective.easyform: {permission}") if r["selected"]}

    def test_upgrade_restricts_the_permissions_and_reports_the_forms(self, portal, setup_tool, caplog):
        for permission in self.PERMISSIONS:  # as collective.easyform's own rolemap leaves them
            portal.manage_permission(f"collective.easyform: {permission}", ["Manager", "Owner"], acquire=True)
        with api.env.adopt_roles(["Manager"]):
            form = api.content.create(container=portal, type="EasyForm", id="altes-formular", title="Alt")
        form.fields_model = form.fields_model.replace('name="topic"', 'name="topic" easyform:TDefault="python: 1"')
        setup_tool.setLastVersionForProfile(PROFILE, "2026113001")

        with caplog.at_level("INFO"):
            setup_tool.upgradeProfile(PROFILE, "2026113002")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113002",)
        for permission in self.PERMISSIONS:
            assert self.roles_of(portal, permission) == {"Manager", "Site Administrator"}, permission
        warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
        assert any("altes-formular field topic: TDefault" in w and "NOT APPROVED" in w for w in warnings), warnings


class TestUpgradeTo2026113003:
    def test_upgrade_adds_throttle_settings_login_blocks_and_server_side_logout(self, portal, setup_tool):
        record = "weissenfels.portal.security.settings.ISecuritySettings.max_failed_logins_per_client"
        del portal.portal_registry.records[record]
        portal.portal_controlpanel.unregisterConfiglet("weissenfels-login-blocks")
        portal.acl_users.session.per_user_keyring = False
        setup_tool.setLastVersionForProfile(PROFILE, "2026113001")

        setup_tool.upgradeProfile(PROFILE, "2026113003")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113003",)
        assert record in portal.portal_registry.records
        configlets = {action.getId(): action.category for action in portal.portal_controlpanel.listActions()}
        assert configlets["weissenfels-login-blocks"] == "plone-security"
        assert portal.acl_users.session.per_user_keyring is True


class TestUpgradeTo2026113004:
    def test_upgrade_shrinks_photos_and_stores_thumbnails(self, portal, setup_tool):
        from case_forms import make_case
        from io import BytesIO
        from PIL import Image
        from plone.namedfile.file import NamedBlobImage
        from weissenfels.portal.cases.thumbnails import SCALES_KEY
        from zope.annotation.interfaces import IAnnotations

        out = BytesIO()
        Image.new("RGB", (4800, 1200), (90, 90, 90)).save(out, format="PNG")
        case = make_case(portal, "wohnraumkontrolle")
        # As an older version stored it: full size, no thumbnail.
        case.attachments = [NamedBlobImage(data=out.getvalue(), contentType="image/png", filename="hof\u202egnp.html")]
        setup_tool.setLastVersionForProfile(PROFILE, "2026113003")

        setup_tool.upgradeProfile(PROFILE, "2026113004")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113004",)
        assert case.attachments[0].getImageSize() == (4000, 1000)
        assert case.attachments[0].filename == "hofgnp.png"
        assert len(IAnnotations(case)[SCALES_KEY]) == 1


class TestUpgradeTo2026113005:
    def test_upgrade_makes_dynamic_answers_private_for_logged_in_users(self, portal, setup_tool):
        from weissenfels.portal.upgrades.v2026113005 import RECORD

        del portal.portal_registry.records[RECORD]
        setup_tool.setLastVersionForProfile(PROFILE, "2026113004")

        setup_tool.upgradeProfile(PROFILE, "2026113005")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113005",)
        assert portal.portal_registry[RECORD] is True


class TestUpgradeTo2026113006:
    def test_upgrade_gives_root_users_sessions_of_the_site(self, portal, setup_tool):
        from Products.PluggableAuthService.interfaces.plugins import IAuthenticationPlugin
        from Products.PluggableAuthService.interfaces.plugins import IRolesPlugin
        from Products.PluggableAuthService.interfaces.plugins import IUserEnumerationPlugin

        portal.acl_users._delObject("root_users")
        setup_tool.setLastVersionForProfile(PROFILE, "2026113005")

        setup_tool.upgradeProfile(PROFILE, "2026113006")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113006",)
        for interface in (IAuthenticationPlugin, IUserEnumerationPlugin, IRolesPlugin):
            assert "root_users" in [plugin_id for plugin_id, _p in portal.acl_users.plugins.listPlugins(interface)]


class TestUpgradeTo2026113007:
    def test_upgrade_removes_case_language_and_makes_private_pages_no_store(self, portal, setup_tool):
        from Products.PluginIndexes.FieldIndex.FieldIndex import FieldIndex
        from weissenfels.portal.upgrades.v2026113007 import OPERATION_MAPPING

        catalog = portal.portal_catalog
        catalog.addIndex("case_language", FieldIndex("case_language"))
        catalog.addColumn("case_language")
        mapping = dict(api.portal.get_registry_record(OPERATION_MAPPING))
        mapping["weissenfels.private"] = "plone.app.caching.noCaching"
        api.portal.set_registry_record(OPERATION_MAPPING, mapping)
        setup_tool.setLastVersionForProfile(PROFILE, "2026113006")

        setup_tool.upgradeProfile(PROFILE, "2026113007")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113007",)
        assert "case_language" not in catalog.indexes()
        assert "case_language" not in catalog.schema()
        assert api.portal.get_registry_record(OPERATION_MAPPING)["weissenfels.private"] == "weissenfels.noStore"


class TestUpgradeTo2026113015:
    def test_upgrade_creates_the_reply_template_folders(self, portal, setup_tool):
        from weissenfels.portal.units.registry import active_units

        with api.env.adopt_roles(["Manager"]):
            api.content.delete(obj=portal["textbausteine"])
        setup_tool.setLastVersionForProfile(PROFILE, "2026113014")

        setup_tool.upgradeProfile(PROFILE, "2026113015")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113015",)
        root = portal["textbausteine"]
        assert sorted(root.objectIds()) == sorted(unit.key for unit in active_units())
        folder = root["wohnraumkontrolle"]
        assert "Reader" in folder.get_local_roles_for_userid("team-wohnraumkontrolle")
        assert "Contributor" in root.get_local_roles_for_userid("redaktion")
        assert api.content.get_state(folder) == "intern"
        assert list(folder.objectIds()) == []  # structure only: no demo text on a real site


class TestUpgradeTo2026113020:
    def test_upgrade_registers_the_town_settings_with_weissenfels_values(self, portal, setup_tool):
        registry = portal.portal_registry
        for name in [name for name in registry.records if name.startswith("weissenfels.portal.town.")]:
            del registry.records[name]
        setup_tool.setLastVersionForProfile(PROFILE, "2026113016")

        setup_tool.upgradeProfile(PROFILE, "2026113020")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113020",)
        assert registry["weissenfels.portal.town.reference_prefix"] == "WSF"
        assert registry["weissenfels.portal.town.town_name"] == "Weißenfels"
        assert "uk" in registry["weissenfels.portal.town.languages"]


def test_every_upgrade_step_leads_to_the_profile_version(portal, setup_tool):
    setup_tool.setLastVersionForProfile(PROFILE, "2026112503")
    setup_tool.upgradeProfile(PROFILE)
    assert setup_tool.getLastVersionForProfile(PROFILE) == (setup_tool.getVersionForProfile(PROFILE),)
    assert setup_tool.listUpgrades(PROFILE) == []


class TestUpgradeTo2026113008:
    """Today's organisation becomes content: the German unit pages get their keys (their
    ids), and no case, group member or local role is lost."""

    @pytest.fixture
    def site_at_2026113007(self, portal, setup_tool):
        """The seed's units as main 7cfb8bd left them: pages without keys, a case, a member."""
        from plone.app.testing import setRoles
        from plone.app.testing import TEST_USER_ID

        setRoles(portal, TEST_USER_ID, ["Manager"])
        catalog = portal.portal_catalog
        for page in (portal["de"][key] for key in ("clearingstelle", "wohnraumkontrolle")):
            page.unit_key = None
            page.reindexObject()
        catalog.delIndex("unit_key")
        for column in ("unit_key", "unit_retired", "unit_successor", "unit_capabilities"):
            catalog.delColumn(column)
        portal["de"].manage_delObjects(["schulteam"])  # a unit with cases but no page
        case = api.content.create(container=portal["vorgaenge"]["wohnraumkontrolle"], type="Vorgang", id="v1")
        api.user.create(email="h@example.org", username="handler-x", password=secrets.token_urlsafe(12))
        api.group.add_user(groupname="team-wohnraumkontrolle", username="handler-x")
        setup_tool.setLastVersionForProfile(PROFILE, "2026113007")
        return case

    def test_upgrade_keys_the_units_and_keeps_cases_members_roles(self, portal, setup_tool, site_at_2026113007):
        from weissenfels.portal.units.registry import all_units
        from weissenfels.portal.units.registry import unit_of

        folder = portal["vorgaenge"]["wohnraumkontrolle"]
        roles_before = dict(folder.get_local_roles())
        root_roles_before = dict(portal["vorgaenge"].get_local_roles())

        setup_tool.upgradeProfile(PROFILE, "2026113008")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113008",)
        assert "unit_key" in portal.portal_catalog.indexes()
        assert portal["de"]["wohnraumkontrolle"].unit_key == "wohnraumkontrolle"
        assert {u.key for u in all_units()} == {
            "clearingstelle",
            "wohnraumkontrolle",
            "sozialarbeit",
            "neustadtbuero",
            "schulteam",
        }
        assert unit_of(site_at_2026113007).key == "wohnraumkontrolle"
        assert portal["de"]["schulteam"].unit_key == "schulteam"  # a private page for it
        assert api.content.get_state(portal["de"]["schulteam"]) == "private"
        assert "v1" in folder
        assert "handler-x" in [u.getId() for u in api.user.get_users(groupname="team-wohnraumkontrolle")]
        assert dict(folder.get_local_roles()) == roles_before
        assert dict(portal["vorgaenge"].get_local_roles()) == root_roles_before
        # only the steps after 2026113008 are left
        pending = [step for group in setup_tool.listUpgrades(PROFILE) for step in group]
        assert all(step["source"] >= ("2026113008",) for step in pending)
        granted = portal.rolesOfPermission("weissenfels.portal: Manage units")
        assert {r["name"] for r in granted if r["selected"]} == {"Manager", "Site Administrator"}


class TestUpgradeTo2026113009:
    """Working groups as content (issue 15): nothing of today's organisation is lost."""

    ADD = "weissenfels.portal: Add Arbeitsgruppe"
    MANAGE = "weissenfels.portal: Manage team members"

    def snapshot(self, portal):
        intranet, cases = portal["intranet"], portal["vorgaenge"]
        places = [intranet, cases, *intranet.objectValues(), *cases.objectValues()]
        roles = {"/".join(obj.getPhysicalPath()): sorted(obj.get_local_roles()) for obj in places}
        members = {
            group.getId(): sorted(user.getId() for user in api.user.get_users(groupname=group.getId()))
            for group in api.group.get_groups()
        }
        return roles, members

    def test_upgrade_keeps_members_groups_and_local_roles(self, demo_portal):
        from plone.base.interfaces.constrains import ISelectableConstrainTypes

        portal = demo_portal
        setup_tool = portal.portal_setup  # the demo site's (the fixture setup_tool is the plain site's)
        intranet = portal["intranet"]
        # As 2026113008 left a site: Arbeitsgruppe addable by administrators wherever a type
        # allows it, not by name in a Folder, /intranet unconstrained, no membership permission.
        portal.manage_permission(self.ADD, ["Manager", "Site Administrator"], acquire=True)
        portal.manage_permission(self.MANAGE, [], acquire=False)
        intranet.manage_permission(self.ADD, [], acquire=True)
        ISelectableConstrainTypes(intranet).setConstrainTypesMode(0)
        folder_fti = portal.portal_types["Folder"]
        folder_fti.allowed_content_types = ()
        before = self.snapshot(portal)
        setup_tool.setLastVersionForProfile(PROFILE, "2026113008")

        setup_tool.upgradeProfile(PROFILE, "2026113009")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113009",)
        assert self.snapshot(portal) == before
        assert "Arbeitsgruppe" in folder_fti.allowed_content_types
        assert [r["name"] for r in portal.rolesOfPermission(self.ADD) if r["selected"]] == []
        assert {r["name"] for r in intranet.rolesOfPermission(self.ADD) if r["selected"]} == {
            "Manager",
            "Site Administrator",
        }
        with api.env.adopt_roles(["Site Administrator"]):
            allowed = ISelectableConstrainTypes(intranet).allowedContentTypes()
            assert [fti.getId() for fti in allowed] == ["Arbeitsgruppe"]
            assert not portal.portal_types["Arbeitsgruppe"].isConstructionAllowed(portal["de"])
        assert {"CaseTeamLead", "WorkspaceLead"} <= {
            r["name"] for r in portal.rolesOfPermission(self.MANAGE) if r["selected"]
        }
        workspace = intranet["ag-clearingstelle"]
        assert api.content.get_state(workspace) == "workspace"
        assert "retire" in portal.portal_workflow["weissenfels_workspace_workflow"].transitions
        with api.env.adopt_user(username="leitung-clearingstelle-stadt"):
            assert api.user.has_permission("weissenfels.portal: Add Protokoll", obj=workspace)
            assert api.user.has_permission(self.MANAGE, obj=workspace)
        with api.env.adopt_user(username="teamleitung-clearingstelle"):
            assert api.user.has_permission(self.MANAGE, obj=portal["vorgaenge"]["clearingstelle"])
            assert not api.user.has_permission(self.MANAGE, obj=portal["vorgaenge"]["schulteam"])


class TestUpgradeTo2026113010:
    """A site of 2026113009 had the finder as a view with a Python mapping: no Wegweiser, no types."""

    @pytest.fixture
    def site_before_finder(self, portal, setup_tool):
        with api.env.adopt_roles(["Manager"]):
            for code in api.portal.get_registry_record("plone.available_languages"):
                if "wer-hilft-mir" in portal.get(code, {}):
                    api.content.delete(obj=portal[code]["wer-hilft-mir"], check_linkintegrity=False)
        portal.portal_types.manage_delObjects(["Wegweiser", "Lebenslage"])
        portal.ar.setLayout("wer-hilft-mir")  # the demo's front page of a language without pages
        setup_tool.setLastVersionForProfile(PROFILE, "2026113009")
        return portal

    def test_upgrade_makes_the_situations_content_in_every_language(self, site_before_finder, setup_tool):
        from plone.app.multilingual.interfaces import ITranslationManager

        portal = site_before_finder
        setup_tool.upgradeProfile(PROFILE, "2026113010")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113010",)
        languages = api.portal.get_registry_record("plone.available_languages")
        assert len(languages) == 8
        german = portal["de"]["wer-hilft-mir"]
        for code in languages:
            finder = portal[code]["wer-hilft-mir"]
            assert finder.portal_type == "Wegweiser"
            assert api.content.get_state(finder) == "published"
            assert [s.getId() for s in finder.contentValues()] == ["just-arrived", "housing", "school", "advice"]
            assert finder["housing"].unit == "wohnraumkontrolle"
            assert finder["housing"].form_id == "wohnraum-missstand-melden"
            assert finder["housing"].Language() == code
            assert ITranslationManager(german["housing"]).get_translation(code) == finder["housing"]
            assert ITranslationManager(german).get_translation(code) == finder
        # each language's texts exactly as its catalogue had them
        assert portal["bg"]["wer-hilft-mir"]["housing"].title == "Имам проблем с жилището си"
        assert portal["de"]["wer-hilft-mir"]["housing"].title == "Ich habe ein Problem mit meiner Wohnung"
        assert portal["en"]["wer-hilft-mir"]["school"].title == "My child and school"
        # the finder URL works: /<lang>/wer-hilft-mir is the Wegweiser, whose view is the finder
        html = portal["bg"]["wer-hilft-mir"].restrictedTraverse("@@view")()
        assert "Имам проблем с жилището си" in html
        assert "wer-hilft-mir?situation=housing" in html
        # running it again changes nothing
        setup_tool.setLastVersionForProfile(PROFILE, "2026113009")
        setup_tool.upgradeProfile(PROFILE, "2026113010")
        assert len(portal["bg"]["wer-hilft-mir"].contentValues()) == 4


class TestUpgradeTo2026113012:
    def test_upgrade_stores_answers_by_token_with_a_german_snapshot(self, demo_portal):
        """A Bulgarian case as the code before stored it: labels and option titles in
        Bulgarian, options joined by ", ", no tokens, the form named by its Bulgarian title."""
        from case_forms import make_case
        from collective.easyform.api import get_schema
        from weissenfels.portal.organisation import LANGUAGES
        from weissenfels.portal.upgrades.v2026113012 import COLUMN
        from zope.schema import getFieldsInOrder

        import re

        setup_tool = demo_portal.portal_setup
        catalog = demo_portal.portal_catalog
        form = demo_portal["bg"]["wohnraumkontrolle"]["wohnraum-missstand-melden"]
        case = make_case(demo_portal, "wohnraumkontrolle", form_uid=api.content.get_uuid(form), form_title=form.Title())
        case.submitted_values = [
            {"id": "street", "label": "Улица", "value": "Merseburger Straße"},
            {"id": "problems", "label": "Какви са проблемите?", "value": "Пренаселеност, Мухъл / влага"},
            {"id": "description", "label": "Опишете проблема", "value": "Мухъл в детската стая"},
            {"id": "children", "label": "Живеят ли деца там?", "value": "Да"},
            {"id": "gone_field", "label": "Стар въпрос", "value": "стар отговор"},
            {"id": "preferred_language", "label": "На какъв език да се свържем с Вас?", "value": "Български"},
        ]
        # The contact-language question as the forms had it: free text.
        text_question = (
            '<field name="preferred_language" type="zope.schema.TextLine">'
            "<title>На какъв език да се свържем с Вас?</title><required>False</required></field>"
        )
        form.fields_model = re.sub(
            r'<field name="preferred_language".*?</field>', text_question, form.fields_model, flags=re.S
        )
        case.reindexObject()
        catalog.delColumn(COLUMN)
        setup_tool.setLastVersionForProfile(PROFILE, "2026113010")

        setup_tool.upgradeProfile(PROFILE, "2026113012")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113012",)
        rows = {row["id"]: row for row in case.submitted_values}
        german_form = demo_portal["de"]["wohnraumkontrolle"]["wohnraum-missstand-melden"]
        problems = rows["problems"]
        assert problems["tokens"] == ["overcrowding", "mould"]
        assert problems["value"] == "Überbelegung, Schimmel / Feuchtigkeit"
        assert problems["label"] != "Какви са проблемите?" and problems["resident_label"] == "Какви са проблемите?"
        assert problems["resident_value"] == "Пренаселеност, Мухъл / влага"
        assert rows["street"]["label"] == "Straße" and rows["street"]["value"] == "Merseburger Straße"
        assert rows["description"]["value"] == "Мухъл в детската стая"  # free text as written
        assert rows["children"]["value"] == "Ja"
        assert (rows["gone_field"]["label"], rows["gone_field"]["value"]) == ("Стар въпрос", "стар отговор")
        assert case.form_title == german_form.Title() and case.resident_form_title == form.Title()
        assert case.form_language == "bg"
        assert case.contact_language == "bg"  # the free-text answer named a site language
        # The question is a choice of the site's languages now, in every form.
        field = dict(getFieldsInOrder(get_schema(form)))["preferred_language"]
        assert [term.token for term in field.vocabulary] == list(LANGUAGES)
        assert field.vocabulary.getTermByToken("bg").title == "Български"
        (brain,) = catalog.unrestrictedSearchResults(case_reference=case.reference)
        assert ("problems", "mould", problems["label"], "Schimmel / Feuchtigkeit") in brain.case_options
        assert brain.case_form_title == german_form.Title()
        found = catalog.unrestrictedSearchResults(portal_type="Vorgang", SearchableText="Überbelegung")
        assert case.reference in [b.case_reference for b in found]
        # Run again: nothing changes.
        before = [dict(row) for row in case.submitted_values]
        setup_tool.setLastVersionForProfile(PROFILE, "2026113010")
        setup_tool.upgradeProfile(PROFILE, "2026113012")
        assert [dict(row) for row in case.submitted_values] == before


class TestUpgradeTo2026113014:
    @pytest.fixture
    def old_form(self, demo_portal):
        """The Romanian contact form as forms were before issue 17: no contact question."""
        from lxml import etree
        from weissenfels.portal.upgrades.v2026113014 import SUPERMODEL

        form = demo_portal["ro"]["neustadtbuero"]["kontakt"]
        model = etree.fromstring(form.fields_model.encode("utf-8"))
        for field in list(model.iter(f"{{{SUPERMODEL}}}field")):
            if field.get("name") == "contact_by_email":
                field.getparent().remove(field)
        form.fields_model = etree.tostring(model, encoding="unicode")
        return form

    def test_upgrade_adds_the_question_and_the_footer_link(self, demo_portal, old_form):
        from collective.easyform.api import get_schema
        from zope.schema import getFieldNamesInOrder

        setup_tool = demo_portal.portal_setup
        actions = demo_portal.portal_actions.site_actions
        actions.manage_delObjects(["vorgang-status"])
        demo_portal.portal_catalog.delColumn("case_resident_update")
        mail_from = api.portal.get_registry_record("plone.email_from_address")
        setup_tool.setLastVersionForProfile(PROFILE, "2026113012")

        setup_tool.upgradeProfile(PROFILE, "2026113014")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113014",)
        names = getFieldNamesInOrder(get_schema(old_form))
        assert names[names.index("email") + 1] == "contact_by_email"
        assert get_schema(old_form)["contact_by_email"].title.startswith("Mă puteți contacta prin e-mail")
        assert "vorgang-status" in actions.objectIds()
        assert "case_resident_update" in demo_portal.portal_catalog.schema()
        assert api.portal.get_registry_record("plone.email_from_address") == mail_from  # mail settings untouched

        setup_tool.setLastVersionForProfile(PROFILE, "2026113012")
        setup_tool.upgradeProfile(PROFILE, "2026113014")  # twice: still one question
        assert getFieldNamesInOrder(get_schema(old_form)).count("contact_by_email") == 1


class TestUpgradeTo2026113016:
    def test_upgrade_hides_pams_alternates_and_plones_footer_lines(self, portal, setup_tool):
        from plone.app.portlets.portlets import classic
        from plone.app.portlets.utils import assignment_mapping_from_key
        from plone.app.viewletmanager.interfaces import IViewletSettingsStorage
        from plone.portlets.constants import CONTEXT_CATEGORY
        from plone.portlets.interfaces import IPortletManager
        from zope.component import getUtility

        storage = getUtility(IViewletSettingsStorage)
        skin = portal.getCurrentSkinName()
        storage.setHidden("plone.htmlhead", skin, ())
        footer = assignment_mapping_from_key(portal, "plone.footerportlets", CONTEXT_CATEGORY, "/")
        footer["colophon"] = classic.Assignment(template="colophon", macro="")
        getUtility(IPortletManager, name="plone.footerportlets")  # the manager exists
        setup_tool.setLastVersionForProfile(PROFILE, "2026113015")

        setup_tool.upgradeProfile(PROFILE, "2026113016")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113016",)
        assert "plone.app.multilingual.alternate-languages" in storage.getHidden("plone.htmlhead", skin)
        assert "colophon" not in footer and "footer" not in footer
        assert "actions" in footer


class TestUpgradeTo2026113021:
    """A site of 2026113016 loaded the editing bundles on every anonymous page and kept
    versioned resources a day (strongCaching)."""

    MAPPING = "plone.caching.interfaces.ICacheSettings.operationMapping"

    def test_upgrade_limits_editing_bundles_to_members_and_caches_versioned_resources_a_year(self, portal, setup_tool):
        registry = portal.portal_registry
        for name in ("datagridfield-bundle", "plone-fullscreen", "multilingual", "easyform"):
            registry[f"plone.bundles/{name}.expression"] = ""
        registry["plone.bundles/plone.expression"] = ""  # as a site of 2026113020 had it
        for name in ("plone", "datagridfield-bundle", "plone-fullscreen"):
            registry[f"plone.bundles/{name}.load_defer"] = False
        mapping = dict(registry[self.MAPPING])
        mapping["plone.stableResource"] = "plone.app.caching.strongCaching"
        mapping["plone.resource"] = "plone.app.caching.strongCaching"
        mapping["plone.content.itemView"] = "plone.app.caching.noCaching"  # an administrator's choice
        registry[self.MAPPING] = mapping
        setup_tool.setLastVersionForProfile(PROFILE, "2026113020")

        setup_tool.upgradeProfile(PROFILE, "2026113021")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113021",)
        for name in ("datagridfield-bundle", "plone-fullscreen", "multilingual", "easyform"):
            assert registry[f"plone.bundles/{name}.expression"] == "python: member is not None"
        assert registry["plone.bundles/plone.expression"] in (None, "")  # for everyone until 2026113030
        for name in ("plone", "datagridfield-bundle", "plone-fullscreen"):
            assert registry[f"plone.bundles/{name}.load_defer"] is True
        assert registry[self.MAPPING]["plone.stableResource"] == "weissenfels.immutable"
        assert registry[self.MAPPING]["plone.resource"] == "weissenfels.resource"
        assert registry[self.MAPPING]["plone.content.itemView"] == "plone.app.caching.noCaching"


class TestUpgradeTo2026113024:
    """A site of 2026113021 kept whole anonymous pages in plone.app.caching's RAM cache keyed
    on their URL and own modification time only."""

    def test_upgrade_keys_the_page_cache_on_the_database_stamp(self, portal, setup_tool):
        registry = portal.portal_registry
        for rule in ("itemView", "folderView"):
            del registry.records[f"plone.app.caching.moderateCaching.plone.content.{rule}.etags"]
        registry["plone.app.caching.moderateCaching.plone.content.itemView.smaxage"] = 120  # an administrator's
        setup_tool.setLastVersionForProfile(PROFILE, "2026113023")

        setup_tool.upgradeProfile(PROFILE, "2026113024")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113024",)
        for rule in ("itemView", "folderView"):
            etags = registry[f"plone.app.caching.moderateCaching.plone.content.{rule}.etags"]
            assert "weissenfels.renderStamp" in etags and "userLanguage" in etags
        assert registry["plone.app.caching.moderateCaching.plone.content.itemView.smaxage"] == 120


class TestUpgradeTo2026113026:
    """A site of 2026113025 had no building register: no types, roles, indexes or folder."""

    def test_upgrade_installs_the_building_register(self, portal, setup_tool):
        from weissenfels.portal.register.structure import REGISTER_ID

        catalog = portal.portal_catalog
        with api.env.adopt_roles(["Manager"]):
            api.content.delete(obj=portal[REGISTER_ID])
        for name in ("Gebaeuderegister", "Objekt", "Wohnung", "Begehung", "Anordnung"):
            portal.portal_types.manage_delObjects([name])
        for index in ("building_address_key", "building_street", "case_building", "inspection_follow_up_day"):
            catalog.delIndex(index)
        for column in ("case_building", "inspection_follow_up_day", "order_date"):
            catalog.delColumn(column)
        page = portal["de"]["wohnraumkontrolle"]
        page.capabilities = []
        page.reindexObject()
        portal["de"]["clearingstelle"].capabilities = []
        portal["de"]["clearingstelle"].reindexObject()
        portal.portal_actions.user.manage_delObjects(["wsf_building_register", "wsf_orders_lookup"])
        setup_tool.setLastVersionForProfile(PROFILE, "2026113025")

        setup_tool.upgradeProfile(PROFILE, "2026113026")

        assert {"wsf_building_register", "wsf_orders_lookup"} <= set(portal.portal_actions.user.objectIds())

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113026",)
        register = portal[REGISTER_ID]
        assert register.portal_type == "Gebaeuderegister"
        assert api.content.get_state(register) == "intern"
        assert page.capabilities == ["building_register"]
        assert register.get_local_roles_for_userid("team-wohnraumkontrolle") == ("RegisterKeeper",)
        assert register.get_local_roles_for_userid("team-clearingstelle") == ("RegisterLookup",)
        assert "case_building" in catalog.indexes() and "order_date" in catalog.schema()
        with api.env.adopt_roles(["Manager"]):
            from weissenfels.portal.register.buildings import create_building

            building = create_building("Markt", "1", "06667")
        assert api.content.get_state(building) == "unauffaellig"
        found = catalog.unrestrictedSearchResults(building_address_key="06667|markt|1")
        assert [brain.UID for brain in found] == [building.UID()]


class TestUpgradeTo2026113025:
    """A site of 2026113021 had no script making photos smaller before upload."""

    def test_upgrade_adds_the_photo_downscale_bundle(self, portal, setup_tool):
        registry = portal.portal_registry
        prefix = "plone.bundles/weissenfels-photo-downscale."
        for key in [key for key in registry.records if key.startswith(prefix)]:
            del registry.records[key]
        registry["plone.bundles/plone.load_defer"] = True  # the rest of the registry stays
        setup_tool.setLastVersionForProfile(PROFILE, "2026113021")

        setup_tool.upgradeProfile(PROFILE, "2026113025")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113025",)
        assert registry[prefix + "jscompilation"] == "++plone++weissenfels.portal.cases/photo-downscale.js"
        assert registry[prefix + "load_defer"] is True
        assert registry[prefix + "enabled"] is True
        assert "EasyForm" in registry[prefix + "expression"]
        assert registry["plone.bundles/plone.load_defer"] is True


class TestUpgradeTo2026113023:
    """A site of 2026113021 had no translation review: no behavior, index, groups or role."""

    BEHAVIOR = "weissenfels.portal.translation_review"
    TYPES = ("Document", "EasyForm", "Lebenslage", "Organisationseinheit", "Wegweiser")
    PERMISSION = "weissenfels.portal: Review translations"

    def test_upgrade_makes_every_existing_translation_translated_not_reviewed(self, demo_portal):
        from weissenfels.portal.multilingual.review import review_state

        portal = demo_portal
        setup_tool = portal.portal_setup  # the demo site's
        catalog = portal.portal_catalog
        for name in self.TYPES:
            fti = portal.portal_types[name]
            fti.manage_changeProperties(behaviors=tuple(b for b in fti.behaviors if b != self.BEHAVIOR))
        catalog.delIndex("translation_review")
        catalog.delColumn("translation_review")
        for code in ("en", "ro", "pl", "bg", "hu", "ar", "uk"):
            api.group.delete(groupname=f"uebersetzungspruefung-{code}")
        portal.manage_permission(self.PERMISSION, [], acquire=True)
        portal.portal_actions.user.manage_delObjects(["translations_dashboard"])
        setup_tool.setLastVersionForProfile(PROFILE, "2026113021")

        setup_tool.upgradeProfile(PROFILE, "2026113023")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113023",)
        for name in self.TYPES:
            assert self.BEHAVIOR in portal.portal_types[name].behaviors
        brains = catalog.unrestrictedSearchResults(portal_type=self.TYPES)
        translations = [b for b in brains if b.Language not in ("de", "")]
        assert len(translations) > 40  # units, forms, pages, situations, finders in seven languages
        for brain in translations:
            obj = brain._unrestrictedGetObject()
            assert obj.__dict__.get("translation_review_state") == "translated", brain.getPath()
            assert brain.translation_review == "translated"
        assert len(catalog.unrestrictedSearchResults(translation_review="translated")) == len(translations)
        assert not catalog.unrestrictedSearchResults(translation_review="reviewed")
        assert {review_state(b._unrestrictedGetObject()) for b in brains if b.Language == "de"} == {None}
        assert "TranslationReviewer" in api.group.get_roles(groupname="uebersetzungspruefung-uk", obj=portal["uk"])
        assert [r["name"] for r in portal.rolesOfPermission(self.PERMISSION) if r["selected"]] == [
            "TranslationReviewer"
        ]
        assert "translations_dashboard" in portal.portal_actions.user.objectIds()


class TestUpgradeTo2026113027:
    """A site of 2026113021 dropped the captions (<track>) of the sign-language videos."""

    def test_upgrade_lets_caption_tracks_through_and_keeps_the_administrators_tags(self, portal, setup_tool):
        registry = portal.portal_registry
        registry["plone.valid_tags"] = [tag for tag in registry["plone.valid_tags"] if tag != "track"] + ["marquee"]
        registry["plone.custom_attributes"] = ["style", "controls"]
        setup_tool.setLastVersionForProfile(PROFILE, "2026113021")

        setup_tool.upgradeProfile(PROFILE, "2026113027")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113027",)
        assert "track" in registry["plone.valid_tags"]
        assert "marquee" in registry["plone.valid_tags"]
        assert registry["plone.custom_attributes"] == ["style", "controls", "kind", "srclang", "label", "default"]


class TestUpgradeTo2026113028:
    """Plone's footer "Kontakt" opened a modal that the public pages' CSP leaves dead."""

    def test_upgrade_makes_the_contact_action_a_plain_link(self, portal, setup_tool):
        contact = portal.portal_actions.site_actions.contact
        contact.manage_changeProperties(modal="{}")
        contact.manage_changeProperties(title="Kontakt (angepasst)")  # an administrator's change stays
        setup_tool.setLastVersionForProfile(PROFILE, "2026113027")

        setup_tool.upgradeProfile(PROFILE, "2026113028")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113028",)
        assert contact.getProperty("modal") == ""
        assert contact.title == "Kontakt (angepasst)"


class TestUpgradeTo2026113030:
    """A site of 2026113028 sent Plone's whole bundle to anonymous visitors."""

    def test_upgrade_gives_anonymous_visitors_the_public_script(self, portal, setup_tool):
        registry = portal.portal_registry
        prefix = "plone.bundles/weissenfels-public."
        for key in [key for key in registry.records if key.startswith(prefix)]:
            del registry.records[key]
        registry["plone.bundles/plone.expression"] = ""
        registry["plone.bundles/plone.load_defer"] = True  # the rest of the registry stays
        setup_tool.setLastVersionForProfile(PROFILE, "2026113028")

        setup_tool.upgradeProfile(PROFILE, "2026113030")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113030",)
        assert registry[prefix + "jscompilation"] == "++plone++weissenfels.portal.theme/public.js"
        assert registry[prefix + "expression"] == "python: member is None"
        assert registry[prefix + "load_defer"] is True
        assert registry["plone.bundles/plone.expression"] == "python: member is not None"
        assert registry["plone.bundles/plone.load_defer"] is True


class TestUpgradeTo2026113031:
    """A site of 2026113030 let editors delete a unit's German page (and so orphan its cases)."""

    def test_upgrade_keeps_unit_pages_from_editors(self, portal, setup_tool):
        page = portal["de"]["clearingstelle"]
        page.manage_permission("Delete objects", (), acquire=True)  # as Plone's default gave it
        setup_tool.setLastVersionForProfile(PROFILE, "2026113030")

        setup_tool.upgradeProfile(PROFILE, "2026113031")

        assert setup_tool.getLastVersionForProfile(PROFILE) == ("2026113031",)
        deleters = {role["name"] for role in page.rolesOfPermission("Delete objects") if role["selected"]}
        assert deleters == {"Manager", "Site Administrator"}
        assert not page.acquiredRolesAreUsedBy("Delete objects")
