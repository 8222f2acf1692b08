"""The units are content (issue 15): the German unit page is the unit; adding it creates
its groups, case folder and roles; renaming or moving it changes no key; a copy is a new
unit; translations are the same unit; retiring moves the open cases; capabilities grant
roles to the teams that have them. In-process; the journey over HTTP is test_units_http.py."""

from case_forms import make_case
from pathlib import Path
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.base.interfaces import ILanguage
from weissenfels.portal.units import capabilities
from weissenfels.portal.units.registry import active_units
from weissenfels.portal.units.registry import all_units
from weissenfels.portal.units.registry import unit_by_key
from weissenfels.portal.units.registry import unit_of
from weissenfels.portal.units.registry import units_with
from weissenfels.portal.units.retire import retire
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent

import ast
import pytest
import weissenfels.portal


SEED = {"clearingstelle", "wohnraumkontrolle", "sozialarbeit", "neustadtbuero", "schulteam"}


@pytest.fixture
def manager(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal


def add_unit(portal, title, container=None, **fields):
    page = api.content.create(
        container=container or portal["de"], type="Organisationseinheit", title=title, goal="Ziel", **fields
    )
    return page


class TestRegistry:
    def test_the_seed_units_are_their_german_pages(self, portal):
        assert {unit.key for unit in all_units()} == SEED
        unit = unit_by_key("wohnraumkontrolle")
        assert unit.title == "Wohnraumkontrolle"
        assert unit.path == "/".join(portal["de"]["wohnraumkontrolle"].getPhysicalPath())
        assert (unit.team_group, unit.lead_group) == ("team-wohnraumkontrolle", "team-wohnraumkontrolle-leitung")
        with pytest.raises(KeyError):
            unit_by_key("gibt-es-nicht")

    def test_the_demo_content_makes_the_seeds_units_as_before(self, demo_portal):
        """What `make start` builds: the five units with the groups, titles, case folders and
        roles that organisation.py used to create."""
        from weissenfels.portal.organisation import UNITS

        root = demo_portal["vorgaenge"]
        for seed in UNITS:
            unit = unit_by_key(seed.id)
            assert unit.title == seed.title
            assert api.group.get(groupname=f"team-{seed.id}").getProperty("title") == f"Team {seed.title}"
            lead = api.group.get(groupname=f"team-{seed.id}-leitung")
            assert lead.getProperty("title") == f"Teamleitung {seed.title}"
            folder = root[seed.id]
            assert (folder.unit, folder.Title()) == (seed.id, seed.title)
            assert folder.get_local_roles_for_userid(f"team-{seed.id}") == ("CaseHandler",)
            assert set(folder.get_local_roles_for_userid(f"team-{seed.id}-leitung")) == {"CaseHandler", "CaseTeamLead"}
            assert root.get_local_roles_for_userid(f"team-{seed.id}") == ("Reader",)
            assert root.get_local_roles_for_userid(f"team-{seed.id}-leitung") == ("Reader",)
            members = {user.getId() for user in api.user.get_users(groupname=f"team-{seed.id}")}
            assert {f"sb-{seed.id}", f"teamleitung-{seed.id}"} <= members

    def test_unit_of_a_page_a_form_a_case_folder_and_a_case(self, portal, manager):
        page = portal["de"]["clearingstelle"]
        doc = api.content.create(container=page, type="Document", id="info", title="Info")
        case = make_case(portal, "clearingstelle")
        for obj in (page, doc, portal["vorgaenge"]["clearingstelle"], case):
            assert unit_of(obj).key == "clearingstelle"
        assert unit_of(portal["de"]) is None
        assert unit_of(portal["vorgaenge"]) is None

    def test_a_translation_is_the_same_unit(self, demo_portal):
        romanian = demo_portal["ro"]["clearingstelle"]
        assert ITranslationManager(romanian).get_translation("de") == demo_portal["de"]["clearingstelle"]
        assert romanian.unit_key is None  # not a unit of its own: no key, no groups
        assert unit_of(romanian).key == "clearingstelle"
        assert {unit.key for unit in all_units()} == SEED

    def test_a_page_added_in_another_language_is_no_unit(self, portal, manager):
        english = add_unit(portal, "Clearing Office", container=portal["en"])
        assert english.unit_key is None
        assert api.group.get(groupname=f"team-{english.getId()}") is None
        assert {unit.key for unit in all_units()} == SEED

    def test_nothing_in_the_catalog_but_the_unit_pages_has_a_key(self, portal, manager):
        api.content.create(container=portal["de"]["clearingstelle"], type="Document", id="info", title="Info")
        brains = portal.portal_catalog.unrestrictedSearchResults(unit_key="clearingstelle")
        assert [brain.portal_type for brain in brains] == ["Organisationseinheit"]


class TestAddingAUnit:
    def test_adding_creates_groups_case_folder_and_roles(self, portal, manager):
        page = add_unit(portal, "Sprachmittlung")
        assert page.unit_key == "sprachmittlung"
        assert api.group.get(groupname="team-sprachmittlung").getProperty("title") == "Team Sprachmittlung"
        assert api.group.get(groupname="team-sprachmittlung-leitung").getProperty("title") == (
            "Teamleitung Sprachmittlung"
        )
        folder = portal["vorgaenge"]["sprachmittlung"]
        assert folder.portal_type == "CaseFolder"
        assert folder.unit == "sprachmittlung"
        assert folder.Title() == "Sprachmittlung"
        assert folder.__ac_local_roles_block__
        assert folder.getLayout() == "vorgaenge-inbox"
        assert folder.get_local_roles_for_userid("team-sprachmittlung") == ("CaseHandler",)
        assert set(folder.get_local_roles_for_userid("team-sprachmittlung-leitung")) == {"CaseHandler", "CaseTeamLead"}
        assert portal["vorgaenge"].get_local_roles_for_userid("team-sprachmittlung") == ("Reader",)
        assert [unit.key for unit in active_units() if unit.title == "Sprachmittlung"] == ["sprachmittlung"]

    def test_the_key_is_unique(self, portal, manager):
        # A page named like an existing unit (elsewhere in /de) is a new unit with its own key.
        folder = api.content.create(container=portal["de"], type="Folder", id="archiv", title="Archiv")
        ILanguage(folder).set_language("de")
        page = add_unit(portal, "Wohnraumkontrolle", container=folder)
        assert page.getId() == "wohnraumkontrolle"
        assert page.unit_key == "wohnraumkontrolle-2"
        assert "wohnraumkontrolle-2" in portal["vorgaenge"]
        assert unit_by_key("wohnraumkontrolle").path != unit_by_key("wohnraumkontrolle-2").path

    def test_a_deleted_units_name_is_not_reused(self, portal, manager):
        page = add_unit(portal, "Sprachmittlung")
        portal["de"].manage_delObjects([page.getId()])
        again = add_unit(portal, "Sprachmittlung")
        assert again.unit_key == "sprachmittlung-2"  # the old folder's cases stay the old team's

    def test_a_copy_is_a_new_unit(self, portal, manager):
        copy = api.content.copy(source=portal["de"]["schulteam"], target=portal["de"], id="schulteam-kopie")
        assert copy.unit_key not in (None, "schulteam")
        assert portal["de"]["schulteam"].unit_key == "schulteam"
        assert portal["vorgaenge"][copy.unit_key].unit == copy.unit_key
        assert api.group.get(groupname=f"team-{copy.unit_key}") is not None

    def test_renaming_changes_titles_not_keys(self, portal, manager):
        page = add_unit(portal, "Sprachmittlung")
        page.title = "Sprach- und Kulturmittlung"
        notify(ObjectModifiedEvent(page))
        assert page.unit_key == "sprachmittlung"
        assert api.group.get(groupname="team-sprachmittlung").getProperty("title") == "Team Sprach- und Kulturmittlung"
        assert portal["vorgaenge"]["sprachmittlung"].Title() == "Sprach- und Kulturmittlung"
        assert unit_by_key("sprachmittlung").title == "Sprach- und Kulturmittlung"

    def test_moving_the_page_changes_no_key(self, portal, manager):
        page = add_unit(portal, "Sprachmittlung")
        api.content.rename(obj=page, new_id="dolmetschen")
        moved = portal["de"]["dolmetschen"]
        assert moved.unit_key == "sprachmittlung"
        assert unit_by_key("sprachmittlung").path.endswith("/de/dolmetschen")
        assert "dolmetschen" not in portal["vorgaenge"]
        assert api.group.get(groupname="team-dolmetschen") is None


class TestCapabilities:
    def test_roles_follow_the_capability(self, portal, manager):
        container = api.content.create(container=portal, type="Folder", id="gebaeude", title="Gebäuderegister")
        page = portal["de"]["wohnraumkontrolle"]
        page.capabilities = []  # the example gives it the building register (issue 20)
        page.reindexObject()
        notify(ObjectModifiedEvent(page))
        capabilities.sync_local_roles(container, "building_register", ["Editor"])
        assert container.get_local_roles_for_userid("team-wohnraumkontrolle") == ()

        page.capabilities = ["building_register"]
        page.reindexObject()
        notify(ObjectModifiedEvent(page))
        assert [unit.key for unit in units_with("building_register")] == ["wohnraumkontrolle"]
        assert container.get_local_roles_for_userid("team-wohnraumkontrolle") == ("Editor",)
        assert container.get_local_roles_for_userid("team-clearingstelle") == ()

        page.capabilities = []
        page.reindexObject()
        notify(ObjectModifiedEvent(page))
        assert container.get_local_roles_for_userid("team-wohnraumkontrolle") == ()

    def test_other_roles_of_a_team_stay(self, portal, manager):
        container = api.content.create(container=portal, type="Folder", id="gebaeude", title="Gebäuderegister")
        container.manage_setLocalRoles("team-wohnraumkontrolle", ["Reader"])
        page = portal["de"]["wohnraumkontrolle"]
        page.capabilities = ["building_register"]
        page.reindexObject()
        capabilities.sync_local_roles(container, "building_register", ["Editor"])
        assert set(container.get_local_roles_for_userid("team-wohnraumkontrolle")) == {"Reader", "Editor"}
        retire(page, "clearingstelle")  # a retired unit's team loses what the capability gave
        assert container.get_local_roles_for_userid("team-wohnraumkontrolle") == ("Reader",)

    def test_only_administrators_set_capabilities(self, portal):
        from plone.autoform.interfaces import WRITE_PERMISSIONS_KEY
        from weissenfels.portal.content.organisationseinheit import IOrganisationseinheit

        assert IOrganisationseinheit.queryTaggedValue(WRITE_PERMISSIONS_KEY)["capabilities"] == "cmf.ManagePortal"


class TestRetiring:
    def test_open_cases_move_closed_cases_stay(self, portal, manager):
        open_case = make_case(portal, "sozialarbeit", "offen")
        working = make_case(portal, "sozialarbeit", "in Arbeit")
        api.content.transition(obj=working, transition="bearbeiten")
        closed = make_case(portal, "sozialarbeit", "fertig")
        api.content.transition(obj=closed, transition="bearbeiten")
        api.content.transition(obj=closed, transition="erledigen", comment="erledigt")

        moved = retire(portal["de"]["sozialarbeit"], "clearingstelle")

        assert {case.getId() for case in moved} == {open_case.getId(), working.getId()}
        target = portal["vorgaenge"]["clearingstelle"]
        assert open_case.getId() in target and working.getId() in target
        assert list(portal["vorgaenge"]["sozialarbeit"].objectIds()) == [closed.getId()]
        history = target[working.getId()].workflow_history["weissenfels_case_workflow"]
        assert history[-1]["action"] == "weiterleiten"
        assert "Aufsuchende Sozialarbeit" in history[-1]["comments"]
        unit = unit_by_key("sozialarbeit")
        assert unit.retired and unit.successor == "clearingstelle"
        assert "sozialarbeit" not in {u.key for u in active_units()}
        # The old team still reads its closed cases.
        folder = portal["vorgaenge"]["sozialarbeit"]
        assert folder.get_local_roles_for_userid("team-sozialarbeit") == ("CaseHandler",)

    def test_retired_units_leave_the_choices_but_stay_in_the_figures(self, portal, manager):
        from weissenfels.portal.handling.figures import ControllingView
        from zope.component import getUtility
        from zope.i18n import translate
        from zope.schema.interfaces import IVocabularyFactory

        retire(portal["de"]["schulteam"], "clearingstelle")
        active = getUtility(IVocabularyFactory, "weissenfels.portal.vocabularies.active_units")(portal)
        assert "schulteam" not in active
        every = getUtility(IVocabularyFactory, "weissenfels.portal.vocabularies.units")(portal)
        assert translate(every.getTerm("schulteam").title, target_language="de") == "Schulteam: Schulerfolg (aufgelöst)"
        titles = ControllingView(portal, portal.REQUEST).unit_titles()
        assert translate(titles["schulteam"], target_language="de") == "Schulteam: Schulerfolg (aufgelöst)"

    def test_the_successor_must_be_another_active_unit(self, portal, manager):
        page = portal["de"]["schulteam"]
        with pytest.raises(ValueError):
            retire(page, "schulteam")
        retire(portal["de"]["sozialarbeit"], "clearingstelle")
        with pytest.raises(ValueError):
            retire(page, "sozialarbeit")


PACKAGE = Path(weissenfels.portal.__file__).parent


def runtime_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] not in ("setuphandlers", "upgrades") and relative.name != "testing.py":
            yield relative, path


@pytest.mark.parametrize("relative,path", list(runtime_modules()), ids=lambda value: str(value))
def test_no_runtime_module_reads_the_seed(relative, path):
    """organisation.UNITS and WORKING_GROUPS are the seed of the Weißenfels example: only
    install code reads them; the running site reads the registry (units/registry.py)."""
    seed = {"UNITS", "WORKING_GROUPS", "unit_by_id"}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "weissenfels.portal.organisation":
            assert not {alias.name for alias in node.names} & seed, relative
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "organisation":
            assert node.attr not in seed, relative
