"""Replies the resident can read (issue 17): reply templates (Textbausteine) per unit.

A handler picks a template, sees the preview in the resident's language (a warning when it
falls back to German), sends it; the status page shows it in the page's language, the case
page in German. Editors keep the templates in the browser; another unit's team can neither
see nor use them."""

from case_forms import make_case
from handling.test_case_handling_http import denied
from handling.test_case_handling_http import fresh
from handling.test_case_handling_http import page_token
from lxml import html
from plone import api
from site_client import site_session
from weissenfels.portal.handling import journal
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


TEAM = ("sb-wohnraumkontrolle", DEMO_PASSWORD)
OTHER = ("sb-clearingstelle", DEMO_PASSWORD)
EDITOR = ("redakteurin", DEMO_PASSWORD)
PHONE = "03443 000-320"  # the demo Wohnraumkontrolle's phone (setuphandlers/demo_units_texts.py)

# The demo template "Eingang bestätigt, Begehung geplant" as each resident reads it.
RECEIVED_START = {
    "bg": "Получихме Вашия сигнал",
    "ro": "Am primit sesizarea dumneavoastră",
    "uk": "Ми отримали Ваше повідомлення",
    "ar": "لقد استلمنا بلاغكم رقم",
}
NOTICE_BG = "Тази страница все още не е преведена на вашия език. Четете версията на немски език."
NOTE_LABEL_BG = "Бележка от екипа (на немски език)"


def make_resident_case(portal, language, unit="wohnraumkontrolle"):
    case = make_case(portal, unit, text="Schimmel im Bad", language=language, code="code-123")
    transaction.commit()
    return case


def template(portal, template_id, unit="wohnraumkontrolle"):
    return portal["textbausteine"][unit][template_id]


def status_page(portal, language, case):
    response = requests.post(
        f"{portal.absolute_url()}/{language}/@@vorgang-status",
        data={"reference": case.reference, "code": "code-123"},
        timeout=60,
    )
    assert response.status_code == 200
    return html.fromstring(response.text)


def preview_and_send(session, case, template_uid, note=""):
    token, _page = page_token(session, case.absolute_url())
    preview = session.post(
        f"{case.absolute_url()}/@@case-reply-preview",
        data={"_authenticator": token, "template": template_uid, "note": note},
    )
    assert preview.status_code == 200
    doc = html.fromstring(preview.text)
    form = doc.xpath("//form[contains(@action, '@@case-reply')]")[0]
    data = {i.get("name"): i.get("value") or "" for i in form.xpath(".//input")}
    sent = session.post(f"{case.absolute_url()}/@@case-reply", data=data)
    assert sent.status_code == 200
    return doc


@pytest.mark.parametrize("language", ["bg", "ro", "uk", "ar"])
def test_template_reply_in_the_residents_language(demo_functional_portal, language):
    portal = demo_functional_portal
    case = make_resident_case(portal, language)
    uid = template(portal, "eingang-begehung").UID()
    s = site_session(TEAM)

    preview = preview_and_send(s, case, uid)

    resident = preview.xpath("string(//div[@id='reply-preview-resident'])")
    assert RECEIVED_START[language] in resident
    assert case.reference in resident and PHONE in resident
    assert not preview.xpath("//*[@id='reply-preview-fallback']")
    assert preview.xpath("//*[@id='reply-preview-unreviewed']")  # demo translations are unchecked
    assert "Wir haben Ihre Meldung" in preview.xpath("string(//div[@id='reply-preview-german'])")

    page = status_page(portal, language, case)
    reply = page.xpath("//div[@id='case-status-reply']")[0]
    text = reply.text_content()
    assert RECEIVED_START[language] in text and case.reference in text and PHONE in text
    assert "Wir haben Ihre Meldung" not in text
    assert not reply.xpath(".//*[contains(@class, 'case-status-reply-notice')]")
    if language == "ar":
        assert reply.xpath(".//div[@dir='rtl']")
    # The team reads it in German on the case page.
    case_page = html.fromstring(s.get(case.absolute_url()).text)
    replies = case_page.xpath("string(//ul[@id='case-replies'])")
    assert "Wir haben Ihre Meldung" in replies and "Eingang bestätigt" in replies


def test_missing_translation_falls_back_to_german_with_the_notice(demo_functional_portal):
    portal = demo_functional_portal
    with api.env.adopt_roles(["Manager"]):
        only_german = api.content.create(
            container=portal["textbausteine"]["wohnraumkontrolle"],
            type="Textbaustein",
            title="Unterlagen nachreichen",
            text_de="Bitte reichen Sie zu {reference} den Mietvertrag nach.",
            text_ro="Vă rugăm să trimiteți contractul de închiriere pentru {reference}.",
        )
    case = make_resident_case(portal, "bg")
    s = site_session(TEAM)

    preview = preview_and_send(s, case, only_german.UID(), note="Termin am Dienstag, 10 Uhr.")

    warning = preview.xpath("string(//*[@id='reply-preview-fallback'])")
    assert "Български" in warning
    resident = preview.xpath("string(//div[@id='reply-preview-resident'])")
    assert f"Bitte reichen Sie zu {case.reference} den Mietvertrag nach." in resident
    assert NOTICE_BG in resident and NOTE_LABEL_BG in resident

    page = status_page(portal, "bg", case)
    reply = page.xpath("//div[@id='case-status-reply']")[0]
    assert reply.xpath("string(.//*[contains(@class, 'case-status-reply-notice')])") == NOTICE_BG
    assert f"Bitte reichen Sie zu {case.reference} den Mietvertrag nach." in reply.text_content()
    assert NOTE_LABEL_BG in reply.text_content()
    assert "Termin am Dienstag, 10 Uhr." in reply.xpath("string(.//*[@lang='de'])")
    # The same reply read on the Romanian status page is in Romanian, without the notice.
    ro = status_page(portal, "ro", case).xpath("//div[@id='case-status-reply']")[0]
    assert "Vă rugăm să trimiteți contractul" in ro.text_content()
    assert not ro.xpath(".//*[contains(@class, 'case-status-reply-notice')]")


def test_reply_text_for_mails(demo_functional_portal):
    from weissenfels.portal.handling.replies import add_template_reply
    from weissenfels.portal.handling.replies import reply_text

    portal = demo_functional_portal
    case = make_resident_case(portal, "uk")
    with api.env.adopt_user(username="sb-wohnraumkontrolle"):
        entry = add_template_reply(case, template(portal, "nicht-erreicht"), "Bitte ab 14 Uhr anrufen.")
    text = reply_text(case, entry, "uk")
    assert text.startswith(f"Ми намагалися зв'язатися з Вами щодо Вашого повідомлення {case.reference}")
    assert "Бітте" not in text and "Bitte ab 14 Uhr anrufen." in text
    assert "Примітка команди (німецькою мовою)" in text
    assert reply_text(case, entry, "de").startswith("Wir haben versucht, Sie wegen Ihrer Meldung")
    transaction.abort()


def test_editors_keep_templates_in_the_browser(demo_functional_portal):
    portal = demo_functional_portal
    folder_url = f"{portal.absolute_url()}/textbausteine/wohnraumkontrolle"
    s = site_session(EDITOR)
    form = s.get(f"{folder_url}/++add++Textbaustein")
    assert form.status_code == 200
    token = html.fromstring(form.text).xpath("//input[@name='_authenticator']/@value")[0]
    response = s.post(
        f"{folder_url}/++add++Textbaustein",
        data={
            "_authenticator": token,
            "form.widgets.title": "Mängel behoben",
            "form.widgets.text_de": "Die Mängel zu {reference} sind behoben.",
            "form.widgets.text_pl": "Usterki dotyczące zgłoszenia {reference} zostały usunięte.",
            "form.widgets.reviewed:list": "pl",
            "form.widgets.reviewed-empty-marker": "1",
            "form.buttons.save": "Speichern",
        },
    )
    assert response.status_code == 200
    transaction.begin()
    folder = portal["textbausteine"]["wohnraumkontrolle"]
    [created] = [obj for obj in folder.objectValues() if obj.Title() == "Mängel behoben"]
    assert created.text("pl").startswith("Usterki")
    assert created.reviewed == ["pl"]
    assert api.content.get_state(created) == "intern"
    # The team uses it; the team cannot change the templates.
    team = site_session(TEAM)
    assert team.get(created.absolute_url()).status_code == 200
    assert denied(team.get(f"{folder_url}/++add++Textbaustein", allow_redirects=False))
    assert denied(team.get(f"{created.absolute_url()}/@@edit", allow_redirects=False))
    # Not public.
    assert denied(requests.get(created.absolute_url(), allow_redirects=False, timeout=60))


def test_other_unit_cannot_see_or_use_the_templates(demo_functional_portal):
    portal = demo_functional_portal
    foreign = template(portal, "eingang-begehung")
    other = site_session(OTHER)
    assert denied(other.get(foreign.absolute_url(), allow_redirects=False))
    assert denied(other.get(f"{portal.absolute_url()}/textbausteine/wohnraumkontrolle", allow_redirects=False))
    # On a case of its own unit, the foreign template is neither offered nor accepted.
    case = make_resident_case(portal, "bg", unit="clearingstelle")
    token, page = page_token(other, case.absolute_url())
    offered = html.fromstring(page).xpath("//select[@id='case-reply-template']/option/@value")
    own = template(portal, "eingang-begehung", unit="clearingstelle").UID()
    assert own in offered and foreign.UID() not in offered
    link = html.fromstring(page).xpath("//a[@id='case-reply-templates-link']/@href")
    assert link == [f"{portal.absolute_url()}/textbausteine/clearingstelle"]
    other.post(f"{case.absolute_url()}/@@case-reply", data={"_authenticator": token, "template": foreign.UID()})
    response = other.post(
        f"{case.absolute_url()}/@case-notes",
        json={"kind": "reply", "template": foreign.UID()},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 400
    assert journal.entries(fresh(portal, case)) == []
    # Its own template over REST works.
    response = other.post(
        f"{case.absolute_url()}/@case-notes",
        json={"kind": "reply", "template": own, "text": "Bitte Unterlagen mitbringen."},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 201
    entry = journal.entries(fresh(portal, case))[-1]
    assert entry["texts"]["bg"].startswith("Получихме Вашия сигнал")
    assert entry["note"] == "Bitte Unterlagen mitbringen."


def test_sending_needs_the_token(demo_functional_portal):
    portal = demo_functional_portal
    case = make_resident_case(portal, "bg")
    uid = template(portal, "eingang-begehung").UID()
    s = site_session(TEAM)
    for data in ({"template": uid}, {"template": uid, "_authenticator": "forged"}):
        assert s.post(f"{case.absolute_url()}/@@case-reply", data=data).status_code == 403
    assert journal.entries(fresh(portal, case)) == []
    # Anonymous and another team are refused the preview too.
    assert denied(
        requests.post(
            f"{case.absolute_url()}/@@case-reply-preview", data={"template": uid}, timeout=60, allow_redirects=False
        )
    )
    assert denied(
        site_session(OTHER).post(
            f"{case.absolute_url()}/@@case-reply-preview", data={"template": uid}, allow_redirects=False
        )
    )


def test_team_lead_keeps_the_units_templates_only(demo_functional_portal):
    portal = demo_functional_portal
    lead = site_session(("teamleitung-wohnraumkontrolle", DEMO_PASSWORD))
    base = f"{portal.absolute_url()}/textbausteine"
    assert lead.get(f"{base}/wohnraumkontrolle/++add++Textbaustein").status_code == 200
    assert lead.get(f"{base}/wohnraumkontrolle/eingang-begehung/@@edit").status_code == 200
    assert denied(lead.get(f"{base}/clearingstelle/++add++Textbaustein", allow_redirects=False))
    assert denied(lead.get(f"{base}/clearingstelle/eingang-begehung", allow_redirects=False))


def test_a_unit_added_later_gets_its_template_folder(demo_portal):
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(container=demo_portal["de"], type="Organisationseinheit", title="Mieterberatung")
    folder = demo_portal["textbausteine"][page.unit_key]
    assert "Reader" in folder.get_local_roles_for_userid(f"team-{page.unit_key}")
    assert "Editor" in folder.get_local_roles_for_userid(f"team-{page.unit_key}-leitung")
    assert list(folder.objectIds()) == []


def test_anonymising_removes_the_reply_texts_of_every_language(demo_portal):
    from weissenfels.portal.handling.replies import add_template_reply
    from weissenfels.portal.handling.replies import reply_text
    from weissenfels.portal.handling.retention import anonymise

    case = make_case(demo_portal, "wohnraumkontrolle", text="Schimmel", language="bg")
    with api.env.adopt_user(username="sb-wohnraumkontrolle"):
        entry = add_template_reply(case, template(demo_portal, "termin-anrufen"), "Frau Muster ruft zurück.")
    assert reply_text(case, entry, "bg")
    anonymise(case)
    (reply,) = [e for e in journal.entries(case) if e["kind"] == journal.REPLY]
    assert reply_text(case, reply, "bg") == "" and reply_text(case, reply, "de") == ""
