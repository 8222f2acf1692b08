"""What anonymous visitors, load balancers and API clients get over HTTP."""

from weissenfels.portal.testing import DEMO_PASSWORD

import requests


class TestFrontPage:
    def test_front_page_is_german(self, functional_portal):
        response = requests.get(functional_portal.absolute_url(), timeout=30)
        assert response.status_code == 200
        assert response.url == functional_portal.absolute_url() + "/de"
        assert 'lang="de"' in response.text
        assert "Der Weißenfelser Weg" in response.text

    def test_front_page_is_themed(self, functional_portal):
        text = requests.get(functional_portal.absolute_url() + "/de", timeout=30).text
        assert "++theme++weissenfels/css/weissenfels.min.css" in text  # the built stylesheet (make css)
        assert 'class="wsf-logo-title"' in text

    def test_footer_links_legal_pages(self, functional_portal):
        text = requests.get(functional_portal.absolute_url() + "/de", timeout=30).text
        for page in ("impressum", "datenschutz", "barrierefreiheit"):
            assert f'href="{functional_portal.absolute_url()}/de/{page}"' in text

    def test_english_ui_in_english_root(self, functional_portal):
        text = requests.get(functional_portal.absolute_url() + "/en", timeout=30).text
        assert 'lang="en"' in text
        assert "Legal notice" in text


class TestRestApi:
    def test_site_root_as_json(self, functional_portal):
        response = requests.get(functional_portal.absolute_url(), headers={"Accept": "application/json"}, timeout=30)
        assert response.status_code == 200
        assert response.json()["title"] == "Der Weißenfelser Weg"


class TestHealth:
    def test_ok_view_for_load_balancers(self, functional_portal):
        response = requests.get(functional_portal.absolute_url() + "/@@ok", timeout=30)
        assert response.status_code == 200
        assert response.text == "OK"


class TestDemoLogin:
    def test_demo_user_logs_in_with_demo_password(self, demo_functional_portal):
        url = demo_functional_portal.absolute_url() + "/@users/sb-wohnraumkontrolle"
        ok = requests.get(
            url, auth=("sb-wohnraumkontrolle", DEMO_PASSWORD), headers={"Accept": "application/json"}, timeout=30
        )
        assert ok.status_code == 200
        assert ok.json()["fullname"] == "Sachbearbeitung Wohnraumkontrolle"
        wrong = requests.get(
            url, auth=("sb-wohnraumkontrolle", "wrong-password"), headers={"Accept": "application/json"}, timeout=30
        )
        assert wrong.status_code == 401
