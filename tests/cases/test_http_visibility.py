"""Over HTTP: nobody but the team finds a case in views, REST API, search, navigation, sitemap."""

from case_forms import grant_redaktion_roles
from case_forms import make_case
from plone import api
from weissenfels.portal.testing import DEMO_PASSWORD

import gzip
import pytest
import requests
import transaction


OUTSIDERS = [None, "sb-clearingstelle", "redakteurin", "mitglied-wohnraumkontrolle"]


@pytest.fixture
def case(case_site):
    api.portal.set_registry_record("plone.enable_sitemap", True)
    grant_redaktion_roles(case_site)
    case = make_case(case_site, "wohnraumkontrolle", text="Geheimnis-Meldung", public_reply="Wir kümmern uns.")
    transaction.commit()
    return case


def session_for(user):
    session = requests.Session()
    if user:
        session.auth = (user, DEMO_PASSWORD)
    session.headers["Accept"] = "application/json"
    return session


@pytest.mark.parametrize("user", OUTSIDERS, ids=lambda u: u or "anonymous")
def test_outsiders_cannot_fetch_or_find(case_site, case, user):
    session = session_for(user)
    base = case_site.absolute_url()
    path = "/".join(case.getPhysicalPath()[2:])
    rest = session.get(f"{base}/++api++/{path}")
    assert rest.status_code in (401, 403, 404)
    assert "Geheimnis" not in rest.text
    html = requests.get(f"{base}/{path}", auth=session.auth, allow_redirects=False, timeout=60)
    assert html.status_code in (302, 401, 403, 404)
    assert "Geheimnis" not in html.text
    search = session.get(f"{base}/++api++/@search", params={"portal_type": "Vorgang"}).json()
    assert search["items_total"] == 0
    search = session.get(f"{base}/++api++/@search", params={"SearchableText": "Geheimnis"}).json()
    assert search["items_total"] == 0
    folder = session.get(f"{base}/++api++/vorgaenge/wohnraumkontrolle")
    assert folder.status_code in (401, 403, 404)


@pytest.mark.parametrize("user", [None, "redakteurin"], ids=lambda u: u or "anonymous")
def test_not_in_navigation_or_sitemap(case_site, case, user):
    base = case_site.absolute_url()
    auth = (user, DEMO_PASSWORD) if user else None
    page = requests.get(f"{base}/de", auth=auth, timeout=60)
    assert page.status_code == 200
    assert "/vorgaenge" not in page.text
    sitemap = requests.get(f"{base}/sitemap.xml.gz", timeout=60)
    assert sitemap.status_code == 200
    assert b"vorgaenge" not in gzip.decompress(sitemap.content)


def test_handler_fetches_and_finds_via_rest(case_site, case):
    session = session_for("sb-wohnraumkontrolle")
    base = case_site.absolute_url()
    path = "/".join(case.getPhysicalPath()[2:])
    rest = session.get(f"{base}/++api++/{path}")
    assert rest.status_code == 200
    assert rest.json()["reference"] == case.reference
    search = session.get(f"{base}/++api++/@search", params={"SearchableText": "Geheimnis"}).json()
    assert [item["@id"].rsplit("/", 1)[-1] for item in search["items"]] == [case.getId()]
    page = requests.get(f"{base}/{path}", auth=session.auth, timeout=60)
    assert page.status_code == 200
    assert "Geheimnis-Meldung" in page.text
