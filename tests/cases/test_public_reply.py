"""The handler writes the public reply in the case's edit form; the status page shows it."""

from case_forms import make_case
from lxml import html
from weissenfels.portal.testing import DEMO_PASSWORD

import requests
import transaction


def test_handler_writes_public_reply(case_site):
    case = make_case(case_site, "schulteam", code="code-123", text="Anmeldung Klasse 1")
    transaction.commit()
    handler = requests.Session()
    handler.auth = ("sb-schulteam", DEMO_PASSWORD)
    page = html.fromstring(handler.get(f"{case.absolute_url()}/@@edit").text)
    form = next(f for f in page.forms if f.xpath(".//*[@name='form.buttons.save']"))
    data = dict(form.form_values())
    assert "form.widgets.reference" not in data  # what the resident sent cannot be edited
    data.update(
        {"form.widgets.public_reply": "Termin am Montag, 9 Uhr, Schule am Entenplan.", "form.buttons.save": "Speichern"}
    )
    response = handler.post(form.get("action"), data=data)
    assert response.status_code == 200

    status = requests.post(
        f"{case_site.absolute_url()}/de/@@vorgang-status",
        data={"reference": case.reference, "code": "code-123"},
        timeout=60,
    )
    assert "Termin am Montag, 9 Uhr, Schule am Entenplan." in status.text
    assert "Anmeldung Klasse 1" not in status.text


def test_other_team_cannot_edit(case_site):
    case = make_case(case_site, "schulteam")
    transaction.commit()
    response = requests.get(
        f"{case.absolute_url()}/@@edit", auth=("sb-clearingstelle", DEMO_PASSWORD), allow_redirects=False, timeout=60
    )
    assert response.status_code in (302, 401, 403)
