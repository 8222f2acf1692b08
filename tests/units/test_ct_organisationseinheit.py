"""The Organisationseinheit type: schema, FTI, permissions, view."""

from plone import api
from plone.app.testing import logout
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.dexterity.interfaces import IDexterityFTI
from weissenfels.portal.content.organisationseinheit import IOrganisationseinheit
from weissenfels.portal.testing import DEMO_PASSWORD
from zope.component import getUtility
from zope.component import queryUtility
from zope.schema import getFieldNames
from zope.schema.interfaces import IVocabularyFactory

import AccessControl
import pytest
import zExceptions


# Plone raises either class, depending on where the check fails.
Unauthorized = (AccessControl.Unauthorized, zExceptions.Unauthorized)


TYPE = "Organisationseinheit"


def make_unit(container, **extra):
    values = dict(
        type=TYPE,
        id="testeinheit",
        title="Testeinheit",
        description="Kurzbeschreibung der Testeinheit",
        goal="Ein klares Ziel",
        tasks=["Erste Aufgabe", "Zweite Aufgabe"],
        target_group="Alle Menschen in Weißenfels",
        authority="beide",
        address="Markt 1\n06667 Weißenfels",
        phone="+49 3443 000-100",
        email="test@weissenfels.example",
        opening_hours="Mo 9–12 Uhr",
        desk_languages=["de", "ro"],
    )
    values.update(extra)
    return api.content.create(container=container, **values)


class TestSchema:
    def test_fti_uses_python_schema(self, portal):
        fti = queryUtility(IDexterityFTI, name=TYPE)
        assert fti.schema == "weissenfels.portal.content.organisationseinheit.IOrganisationseinheit"
        assert fti.klass == "weissenfels.portal.content.organisationseinheit.Organisationseinheit"

    @pytest.mark.parametrize(
        "behavior",
        [
            "plone.translatable",
            "plone.basic",
            "plone.namefromtitle",
            "plone.excludefromnavigation",
            "plone.shortname",
            "plone.richtext",
            "plone.categorization",
        ],
    )
    def test_behaviors(self, portal, behavior):
        assert behavior in getUtility(IDexterityFTI, name=TYPE).behaviors

    def test_fields(self, portal):
        assert set(getFieldNames(IOrganisationseinheit)) == {
            "goal",
            "tasks",
            "target_group",
            "authority",
            "address",
            "phone",
            "email",
            "opening_hours",
            "desk_languages",
            "unit_key",
            "retired",
            "successor",
            "capabilities",
        }

    def test_contact_fields_are_language_independent(self, portal):
        from plone.app.multilingual.dx.interfaces import ILanguageIndependentField

        independent = {
            name
            for name in getFieldNames(IOrganisationseinheit)
            if ILanguageIndependentField.providedBy(IOrganisationseinheit[name])
        }
        assert independent == {"authority", "address", "phone", "email", "desk_languages"}

    def test_folderish_and_allows_forms(self, portal):
        fti = getUtility(IDexterityFTI, name=TYPE)
        assert fti.filter_content_types
        assert set(fti.allowed_content_types) == {"Document", "Image", "File", "EasyForm"}

    def test_authorities_vocabulary_is_translated(self, portal):
        from zope.i18n import translate

        vocabulary = getUtility(IVocabularyFactory, "weissenfels.portal.vocabularies.authorities")(portal)
        assert [term.value for term in vocabulary] == ["stadt", "landkreis", "beide"]
        titles = {term.value: translate(term.title, target_language="de") for term in vocabulary}
        assert titles == {
            "stadt": "Stadt Weißenfels",
            "landkreis": "Burgenlandkreis",
            "beide": "Stadt Weißenfels und Burgenlandkreis gemeinsam",
        }

    def test_authorities_name_the_sites_town_and_district(self, portal):
        """Another town's portal (issue 16): the town and district come from its settings."""
        from plone import api
        from zope.i18n import translate

        api.portal.set_registry_record("weissenfels.portal.town.town_name", "Musterstadt")
        api.portal.set_registry_record("weissenfels.portal.town.district_name", "Landkreis Muster")
        vocabulary = getUtility(IVocabularyFactory, "weissenfels.portal.vocabularies.authorities")(portal)
        titles = {term.value: translate(term.title, target_language=lang) for term in vocabulary for lang in ["de"]}
        assert titles == {
            "stadt": "Stadt Musterstadt",
            "landkreis": "Landkreis Muster",
            "beide": "Stadt Musterstadt und Landkreis Muster gemeinsam",
        }
        participants = getUtility(IVocabularyFactory, "weissenfels.portal.vocabularies.participant_authorities")
        assert translate(participants(portal).getTerm("stadt").title, target_language="bg") == "Град Musterstadt"

    def test_bad_authority_is_refused(self, portal):
        from zope.schema.interfaces import ConstraintNotSatisfied

        field = IOrganisationseinheit["authority"].bind(portal)
        with pytest.raises(ConstraintNotSatisfied):
            field.validate("bund")

    def test_bad_email_is_refused(self, portal):
        from zope.schema.interfaces import ValidationError

        with pytest.raises(ValidationError):
            IOrganisationseinheit["email"].validate("kein-mail")


class TestPermissions:
    @pytest.mark.parametrize("role", ["Manager", "Site Administrator", "Editor", "Contributor"])
    def test_roles_may_add(self, portal, role):
        roles = {
            r["name"] for r in portal.rolesOfPermission("weissenfels.portal: Add Organisationseinheit") if r["selected"]
        }
        assert role in roles

    def test_redaktion_member_adds_and_edits_in_language_root(self, integration):
        portal = integration["portal"]
        api.user.create(email="r@weissenfels.example", username="red", password=DEMO_PASSWORD)
        api.group.add_user(groupname="redaktion", username="red")
        with api.env.adopt_user(username="red"):
            unit = make_unit(portal["de"])
            assert api.user.has_permission("Modify portal content", obj=unit)
            unit.goal = "Geändert"
        assert portal["de"]["testeinheit"].goal == "Geändert"

    def test_redaktion_may_not_add_outside_language_roots(self, integration):
        portal = integration["portal"]
        api.user.create(email="r@weissenfels.example", username="red", password=DEMO_PASSWORD)
        api.group.add_user(groupname="redaktion", username="red")
        with api.env.adopt_user(username="red"), pytest.raises(Unauthorized):
            make_unit(portal)

    def test_anonymous_may_not_add(self, integration):
        portal = integration["portal"]
        logout()
        with pytest.raises(Unauthorized):
            make_unit(portal["de"])

    def test_anonymous_sees_published_unit_only(self, integration):
        portal = integration["portal"]
        setRoles(portal, TEST_USER_ID, ["Manager"])
        unit = make_unit(portal["de"])
        logout()
        assert not api.user.has_permission("View", obj=unit)
        setRoles(portal, TEST_USER_ID, ["Manager"])
        from plone.app.testing import login
        from plone.app.testing import TEST_USER_NAME

        login(portal, TEST_USER_NAME)
        api.content.transition(obj=unit, transition="publish")
        logout()
        assert api.user.has_permission("View", obj=unit)
        assert not api.user.has_permission("Modify portal content", obj=unit)


class TestView:
    @pytest.fixture
    def unit(self, integration):
        portal = integration["portal"]
        setRoles(portal, TEST_USER_ID, ["Manager"])
        unit = make_unit(portal["de"])
        form = api.content.create(container=unit, type="EasyForm", id="kontakt", title="Kontaktformular")
        api.content.create(container=unit, type="Document", id="mehr", title="Mehr zur Einheit")
        for obj in (unit, form):
            api.content.transition(obj=obj, transition="publish")
        return unit

    def test_default_view(self, unit):
        assert unit.getLayout() == "view"

    def test_view_shows_every_field(self, unit, integration):
        request = integration["request"]
        request["LANGUAGE"] = "de"
        html = unit.restrictedTraverse("@@view")()
        for text in (
            "Ein klares Ziel",
            ">Erste Aufgabe</li>",
            ">Zweite Aufgabe</li>",
            "Alle Menschen in Weißenfels",
            "Markt 1<br />06667 Weißenfels",
            'href="tel:+493443000100"',
            'href="mailto:test@weissenfels.example"',
            "Mo 9–12 Uhr",
            "Română",
            "Deutsch",
            "Kontaktformular",
            f'href="{unit.absolute_url()}/kontakt"',
        ):
            assert text in html, text

    def test_anonymous_does_not_see_private_children(self, unit, integration):
        logout()
        html = unit.restrictedTraverse("@@view")()
        assert "Kontaktformular" in html
        assert "Mehr zur Einheit" not in html  # private page


class TestForms:
    """The Redaktion works with the add and edit forms in the browser."""

    def test_add_and_edit_forms_for_redaktion(self, demo_functional_portal):
        from weissenfels.portal.testing import DEMO_PASSWORD

        import requests

        session = requests.Session()
        session.auth = ("redakteurin", DEMO_PASSWORD)
        portal = demo_functional_portal
        add = session.get(portal["de"].absolute_url() + "/++add++Organisationseinheit", timeout=30)
        assert add.status_code == 200
        for field in (
            "form.widgets.goal",
            "form.widgets.tasks",
            "form.widgets.authority",
            "form.widgets.desk_languages",
        ):
            assert f'name="{field}' in add.text, field
        edit = session.get(portal["ro"]["clearingstelle"].absolute_url() + "/edit", timeout=30)
        assert edit.status_code == 200
        assert "Biroul de clarificare" in edit.text

    def test_anonymous_gets_no_add_form(self, demo_functional_portal):
        import requests

        response = requests.get(
            demo_functional_portal["de"].absolute_url() + "/++add++Organisationseinheit",
            timeout=30,
            allow_redirects=False,
        )
        assert response.status_code in (302, 401, 403)
