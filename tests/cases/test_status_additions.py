"""From the status page the resident adds information or a photo to their case (issue 17): the
same upload checks as the forms, the team sees it in the history, the inbox marks the case."""

from case_forms import make_case
from io import BytesIO
from lxml import html
from PIL import Image
from site_client import site_origin
from weissenfels.portal.handling import journal
from weissenfels.portal.testing import DEMO_PASSWORD

import requests
import transaction


CODE = "code-4711"


def photo():
    out = BytesIO()
    Image.new("RGB", (640, 480), (120, 80, 40)).save(out, format="JPEG")
    return out.getvalue()


def open_status(portal, case, lang="bg"):
    """The status page after reference and code: its add form as (action, hidden fields)."""
    page = requests.post(
        f"{portal.absolute_url()}/{lang}/@@vorgang-status",
        data={"reference": case.reference, "code": CODE},
        timeout=60,
    )
    assert page.status_code == 200
    (form,) = html.fromstring(page.text).xpath("//form[@id='case-status-add']")
    hidden = {i.get("name"): i.get("value") for i in form.xpath(".//input[@type='hidden']")}
    assert CODE not in page.text.split('id="case-status-add"')[1]  # the form carries a token, not the code
    return form.get("action"), hidden


def add(action, hidden, message="", files=None):
    data = [(name, (None, value)) for name, value in {**hidden, "message": message}.items()]
    data += list((files or {}).items())
    return requests.post(action, files=data, timeout=60)


def inbox(portal, unit="schulteam"):
    answer = requests.get(
        f"{portal.absolute_url()}/vorgaenge/{unit}/@@vorgaenge-inbox", auth=(f"sb-{unit}", DEMO_PASSWORD), timeout=60
    )
    return html.fromstring(answer.text)


def marked(portal, case):
    return bool(
        inbox(portal).xpath(f"//tr[@data-reference='{case.reference}']//*[contains(@class, 'resident-update')]")
    )


def test_resident_adds_text_and_photo_the_team_sees_it(case_site):
    case = make_case(case_site, "schulteam", "Anmeldung", code=CODE)
    transaction.commit()
    action, hidden = open_status(case_site, case)

    answer = add(action, hidden, "Новият ни телефон: 0151 000", {"photo": ("bild.jpg", photo(), "image/jpeg")})
    assert answer.status_code == 200
    assert html.fromstring(answer.text).xpath("//*[@id='case-status-added']")

    transaction.begin()
    (entry,) = [e for e in journal.entries(case) if e["kind"] == journal.RESIDENT]
    assert entry["text"] == "Новият ни телефон: 0151 000"
    assert len(case.attachments) == 1 and case.attachments[0].contentType == "image/jpeg"
    assert marked(case_site, case)

    team = requests.Session()
    team.auth = ("sb-schulteam", DEMO_PASSWORD)
    page = team.get(case.absolute_url(), timeout=60).text
    assert "Новият ни телефон: 0151 000" in page

    # The team acts (an internal note): the mark goes.
    team.headers.update({"Origin": site_origin(), "Accept": "application/json"})
    assert team.post(f"{case.absolute_url()}/@case-notes", json={"kind": "note", "text": "Angerufen"}).ok
    assert not marked(case_site, case)


def test_a_rejected_upload_stores_nothing_and_keeps_the_text(case_site):
    case = make_case(case_site, "schulteam", "Anmeldung", code=CODE)
    transaction.commit()
    action, hidden = open_status(case_site, case)
    answer = add(action, hidden, "Mein Text", {"photo": ("bild.jpg", b"not a picture at all", "image/jpeg")})
    page = html.fromstring(answer.text)
    assert page.xpath("//*[@id='case-status-add-error']")
    assert page.xpath("string(//textarea[@id='case-status-message'])") == "Mein Text"
    transaction.begin()
    assert [e for e in journal.entries(case) if e["kind"] == journal.RESIDENT] == []
    assert not case.attachments


def test_the_form_token_works_once(case_site):
    case = make_case(case_site, "schulteam", "Anmeldung", code=CODE)
    transaction.commit()
    action, hidden = open_status(case_site, case)
    assert html.fromstring(add(action, hidden, "Erstens").text).xpath("//*[@id='case-status-added']")
    again = html.fromstring(add(action, hidden, "Zweitens").text)
    assert again.xpath("//*[@id='case-status-link-used']") and not again.xpath("//*[@id='case-status-added']")
    transaction.begin()
    assert [e["text"] for e in journal.entries(case) if e["kind"] == journal.RESIDENT] == ["Erstens"]


def test_empty_addition_is_refused(case_site):
    case = make_case(case_site, "schulteam", "Anmeldung", code=CODE)
    transaction.commit()
    action, hidden = open_status(case_site, case)
    page = html.fromstring(add(action, hidden, "   ").text)
    assert page.xpath("//*[@id='case-status-add-error']")
