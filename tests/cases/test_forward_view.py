"""Forwarding in the browser: the handler picks the other unit and gives a reason."""

from case_forms import cases_in
from case_forms import make_case
from lxml import html
from weissenfels.portal.testing import DEMO_PASSWORD

import requests
import transaction


def forward_form(session, case_url):
    page = html.fromstring(session.get(f"{case_url}/@@vorgang-weiterleiten").text)
    form = next(f for f in page.forms if "vorgang-weiterleiten" in (f.get("action") or ""))
    return form.get("action"), dict(form.form_values())


def test_forward_through_the_form(case_site):
    case = make_case(case_site, "wohnraumkontrolle", text="Überbelegung")
    transaction.commit()
    case_url, reference = case.absolute_url(), case.reference
    handler = requests.Session()
    handler.auth = ("sb-wohnraumkontrolle", DEMO_PASSWORD)

    action, data = forward_form(handler, case_url)
    response = handler.post(action, data=dict(data, target_unit="clearingstelle", comment=""))
    assert "Bitte geben Sie eine Begründung (Kommentar) an." in response.text
    assert [c.reference for c in cases_in(case_site, "wohnraumkontrolle")] == [reference]

    response = handler.post(action, data=dict(data, target_unit="clearingstelle", comment="Erstberatung nötig"))
    assert response.status_code == 200
    assert cases_in(case_site, "wohnraumkontrolle") == []
    (moved,) = cases_in(case_site, "clearingstelle")
    assert moved.reference == reference
    assert handler.get(moved.absolute_url(), allow_redirects=False).status_code in (302, 401, 403)
    other = requests.get(moved.absolute_url(), auth=("sb-clearingstelle", DEMO_PASSWORD), timeout=60)
    assert other.status_code == 200 and "Überbelegung" in other.text


def test_other_team_cannot_open_the_forward_form(case_site):
    case = make_case(case_site, "wohnraumkontrolle")
    transaction.commit()
    response = requests.get(
        f"{case.absolute_url()}/@@vorgang-weiterleiten",
        auth=("sb-schulteam", DEMO_PASSWORD),
        allow_redirects=False,
        timeout=60,
    )
    assert response.status_code in (302, 401, 403)
