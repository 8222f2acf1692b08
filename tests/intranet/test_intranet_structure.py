"""The default profile creates /intranet: language-neutral, members only, not in navigation."""

from plone import api
from weissenfels.portal.intranet.structure import POLICY_ID

import requests


class TestIntranetFolder:
    def test_exists_language_neutral(self, portal):
        intranet = portal["intranet"]
        assert intranet.portal_type == "Folder"
        assert intranet.Language() == ""

    def test_excluded_from_navigation(self, portal):
        assert portal["intranet"].exclude_from_nav is True

    def test_placeful_workflow_policy(self, portal):
        placeful = api.portal.get_tool("portal_placeful_workflow")
        with api.env.adopt_roles(["Manager"]):
            config = placeful.getWorkflowPolicyConfig(portal["intranet"])
        assert config.getPolicyInId() == POLICY_ID
        assert config.getPolicyBelowId() == POLICY_ID
        assert api.content.get_state(portal["intranet"]) == "workspace"

    def test_anonymous_cannot_view(self, portal):
        roles = [r["name"] for r in portal["intranet"].rolesOfPermission("View") if r["selected"]]
        assert "Anonymous" not in roles
        assert "Authenticated" not in roles

    def test_local_role_inheritance_blocked(self, portal):
        assert portal["intranet"].__ac_local_roles_block__

    def test_ensure_intranet_is_idempotent(self, portal):
        from weissenfels.portal.setuphandlers.intranet import ensure_intranet

        with api.env.adopt_roles(["Manager"]):
            assert ensure_intranet() is not None
            assert ensure_intranet().absolute_url() == portal["intranet"].absolute_url()


class TestIntranetOverHttp:
    def test_anonymous_gets_login_form(self, functional_portal):
        response = requests.get(functional_portal.absolute_url() + "/intranet", timeout=30)
        assert response.status_code == 200
        assert "require_login" in response.url or "login" in response.url
        assert 'name="__ac_password"' in response.text

    def test_anonymous_rest_api_refused(self, functional_portal):
        response = requests.get(
            functional_portal.absolute_url() + "/intranet", headers={"Accept": "application/json"}, timeout=30
        )
        assert response.status_code == 401

    def test_not_in_public_navigation(self, functional_portal):
        text = requests.get(functional_portal.absolute_url() + "/de", timeout=30).text
        assert "/intranet" not in text

    def test_not_in_sitemap(self, functional_portal):
        import gzip

        api.portal.set_registry_record("plone.enable_sitemap", True)
        import transaction

        transaction.commit()
        response = requests.get(functional_portal.absolute_url() + "/sitemap.xml.gz", timeout=30)
        assert response.status_code == 200
        sitemap = gzip.decompress(response.content).decode()
        assert "<loc>" in sitemap
        assert "/intranet" not in sitemap
