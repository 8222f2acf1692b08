"""Issue 17 on the site `make start` makes (tests/started_site.py): its mail settings come from
MAIL_FROM/SMTP_HOST/SMTP_PORT, and every mail reaches the real SMTP sink: the footer contact
form, the intranet's notifications and the Steuerung's mail, the resident's mails in their
language, the forwarded case's team mail. The status page is linked from every language root
and the receipt's personal link opens it once.
"""

from case_forms import answers
from case_forms import open_form
from email.header import decode_header
from email.header import make_header
from lxml import html
from site_client import origin_of
from smtp_sink import plain_text
from started_site import MAIL_FROM

import pytest
import re
import requests
import time


pytestmark = pytest.mark.slow

LANGUAGES = ("de", "en", "ro", "pl", "bg", "hu", "ar", "uk")


def text(message):
    return plain_text(message)  # the plain part of a resident's multipart mail


def subject(message):
    return str(make_header(decode_header(message["Subject"])))


def user(site, user_id):
    """A demo user's session on the started site (basic auth, the site's Origin, JSON)."""
    session = requests.Session()
    session.auth = (user_id, site.demo_password)
    session.headers.update({"Origin": origin_of(site.url), "Accept": "application/json"})
    return session


def submit_contact_form(site, lang, email, consent=True):
    """The Neustadtbüro contact form, answered as a resident does (after the minimum fill time)."""
    session = requests.Session()
    action, controls, _page = open_form(session, f"{site.url}/{lang}/neustadtbuero/kontakt")
    values = {
        "name": "Resident",
        "email": email,
        "message": "Въпрос за жилището",
        "topic": "housing",
        "privacy_consent": True,
    }
    if consent:
        values["contact_by_email"] = True
    time.sleep(4.5)  # the form's minimum fill time (cases/settings.py)
    data = [(name, (None, value)) for name, value in answers(controls, values)]
    page = session.post(action, files=data, headers={"Origin": origin_of(site.url)}, timeout=60)
    assert page.status_code == 200
    reference = html.fromstring(page.text).xpath("string(//*[@id='case-reference'])").strip()
    assert reference.startswith("WSF-"), page.text[:2000]
    return reference


def case_url(site, unit, reference):
    return f"{site.url}/vorgaenge/{unit}/{reference.lower()}"


def test_footer_contact_form_reaches_the_site_address(started_site):
    page = requests.post(
        f"{started_site.url}/@@contact-info",
        data={
            "form.widgets.sender_fullname": "Resident",
            "form.widgets.sender_from_address": "contact-form@example.org",
            "form.widgets.subject": "Frage zum Portal",
            "form.widgets.message": "Wo finde ich das Formular für die Schule?",
            "form.buttons.send": "Senden",
        },
        headers={"Origin": origin_of(started_site.url)},
        timeout=60,
    )
    assert page.status_code == 200
    assert "no valid e-mail setup" not in page.text.lower() and "keine gültige" not in page.text.lower()
    messages = started_site.sink.mails_to(MAIL_FROM, where=lambda m: "Wo finde ich das Formular" in text(m))
    assert messages


def test_group_report_reaches_the_steering_group(started_site):
    lead = user(started_site, "leitung-schulteam-stadt")
    created = lead.post(
        f"{started_site.url}/intranet/ag-schulteam",
        json={
            "@type": "Gruppenbericht",
            "title": "Gruppenbericht Test Issue 17",
            "period_start": "2026-11-01",
            "period_end": "2026-11-30",
            "status": "on_track",
        },
        timeout=60,
    )
    assert created.status_code == 201, created.text
    report = created.json()["@id"]
    assert lead.post(f"{report}/@workflow/make_internal", json={}, timeout=60).ok
    assert lead.post(f"{report}/@workflow/submit", json={}, timeout=60).ok

    (member_mail,) = [
        m
        for m in started_site.sink.mails_to("mitglied-schulteam@weissenfels.example", count=2)
        if "Test Issue 17" in subject(m)
    ][:1]
    assert "/intranet/ag-schulteam/" in text(member_mail)
    for steering in ("steuerung-stadt@weissenfels.example", "steuerung-landkreis@weissenfels.example"):
        (message,) = started_site.sink.mails_to(steering, where=lambda m: "Test Issue 17" in subject(m))
        assert subject(message) == "[Intranet] Neuer Gruppenbericht für die Steuerung: Gruppenbericht Test Issue 17"


def test_reply_reaches_the_bulgarian_resident_and_forwarding_the_new_team(started_site):
    address = "bg-resident@example.org"
    reference = submit_contact_form(started_site, "bg", address)
    team = user(started_site, "sb-neustadtbuero")
    url = case_url(started_site, "neustadtbuero", reference)
    note = "Interne Notiz: Vermieter bekannt"
    assert team.post(f"{url}/@case-notes", json={"kind": "note", "text": note}, timeout=60).status_code == 201
    assert team.post(f"{url}/@case-notes", json={"kind": "reply", "text": "Termin am Montag"}, timeout=60).ok

    receipt, reply = started_site.sink.mails_to(address, count=2)[:2]
    assert subject(receipt) == f"Вашето съобщение {reference}"
    assert subject(reply) == f"Отговор на Вашето съобщение {reference}"
    assert "Termin am Montag" in text(reply) and "/bg/@@vorgang-status" in text(reply)
    assert note not in text(reply)

    forwarded = team.post(
        f"{url}/@case-forward", json={"target_unit": "schulteam", "comment": "Schulanmeldung"}, timeout=60
    )
    assert forwarded.ok, forwarded.text
    (team_mail,) = started_site.sink.mails_to(
        "team-schulteam@weissenfels.example", where=lambda m: reference in subject(m)
    )
    assert case_url(started_site, "schulteam", reference) in text(team_mail)
    assert address not in text(team_mail) and "Въпрос" not in text(team_mail)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_root_links_to_its_status_page(started_site, lang):
    page = html.fromstring(requests.get(f"{started_site.url}/{lang}", timeout=60).text)
    assert page.xpath(f"//a[@href='{started_site.url}/{lang}/@@vorgang-status']")


def test_personal_link_opens_the_status_once(started_site):
    address = "ro-resident@example.org"
    reference = submit_contact_form(started_site, "ro", address, consent=False)
    (receipt,) = started_site.sink.mails_to(address)
    (link,) = re.findall(r"https?://\S+\?t=\S+", text(receipt))
    assert link.startswith(f"{started_site.url}/ro/@@vorgang-status?t={reference}.")
    first = requests.get(link, timeout=60)
    assert 'id="case-status-state"' in first.text
    again = requests.get(link, timeout=60)
    assert 'id="case-status-state"' not in again.text and 'id="case-status-link-used"' in again.text
