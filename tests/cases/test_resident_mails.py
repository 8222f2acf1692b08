"""Nobody waits unseen (issue 17): the resident who ticked "you may contact me by e-mail" hears
of public replies and state changes in their language, the receiving team of a forwarded case;
the personal link of a mail opens the status once. Over HTTP, through the maildir queue, to a
real SMTP sink."""

from case_forms import cases_in
from case_forms import submit
from email.header import decode_header
from email.header import make_header
from lxml import html
from site_client import site_origin
from smtp_sink import html_text
from smtp_sink import plain_text
from smtp_sink import site_mail_sink
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import re
import requests
import time


RESIDENT = "resident@example.org"
TEAM_NEUSTADT = "team-neustadtbuero@weissenfels.example"
TEAM_CLEARING = "team-clearingstelle@weissenfels.example"
ANSWERS = {
    "name": "Erika Beispiel",
    "phone": "0151 2345678",
    "email": RESIDENT,
    "message": "Meine Wohnung in der Musterstraße 5 hat Schimmel.",
    "topic": "housing",
    "privacy_consent": True,
}
INTERNAL_NOTE = "Vermieter ist uns bekannt, Akte 17/3"


@pytest.fixture
def sink(case_site, tmp_path):
    """The site's queued MailHost delivering to a real SMTP sink (tests/smtp_sink.py)."""
    with site_mail_sink(tmp_path) as received:
        yield received


def text(message):
    return plain_text(message)  # the plain part of a resident's multipart mail


def subject(message):
    return str(make_header(decode_header(message["Subject"])))


def handler_session(unit):
    session = requests.Session()
    session.auth = (f"sb-{unit}", DEMO_PASSWORD)
    session.headers.update({"Accept": "application/json", "Origin": site_origin()})
    return session


def submit_case(portal, lang, consent):
    answers = dict(ANSWERS, contact_by_email=True) if consent else dict(ANSWERS)
    response = submit(f"{portal.absolute_url()}/{lang}/neustadtbuero/kontakt", answers)
    assert "WSF-" in response.text
    (case,) = cases_in(portal, "neustadtbuero")
    return case


def personal_link(message):
    (link,) = re.findall(r"https?://\S+\?t=\S+", text(message))
    return link


def test_resident_hears_of_reply_and_state_in_bulgarian_never_of_notes(case_site, sink):
    case = submit_case(case_site, "bg", consent=True)
    assert case.contact_email == RESIDENT
    assert len(sink.mails_to(RESIDENT)) == 1  # the receipt
    team = handler_session("neustadtbuero")

    assert team.post(f"{case.absolute_url()}/@case-notes", json={"kind": "note", "text": INTERNAL_NOTE}).ok
    reply = "Wir besichtigen das Haus am Montag."
    assert team.post(f"{case.absolute_url()}/@case-notes", json={"kind": "reply", "text": reply}).status_code == 201
    assert team.post(f"{case.absolute_url()}/@workflow/bearbeiten", json={}).ok
    assert team.post(f"{case.absolute_url()}/@workflow/erledigen", json={"comment": "Besichtigt"}).ok

    mails = sink.mails_to(RESIDENT, count=4)
    assert len(mails) == 4
    _receipt, replied, in_progress, done = mails
    assert subject(replied) == f"Отговор на Вашето съобщение {case.reference}"
    assert reply in text(replied) and "/bg/@@vorgang-status" in text(replied)
    assert subject(in_progress) == f"Вашето съобщение {case.reference}: В процес на обработка"
    assert subject(done) == f"Вашето съобщение {case.reference}: Приключено"
    for message in mails:
        assert INTERNAL_NOTE not in text(message)
        assert case.reference in text(message)


def test_without_consent_only_the_receipt(case_site, sink):
    case = submit_case(case_site, "de", consent=False)
    assert getattr(case, "contact_email", None) is None
    team = handler_session("neustadtbuero")
    assert team.post(f"{case.absolute_url()}/@case-notes", json={"kind": "reply", "text": "Antwort"}).ok
    assert team.post(f"{case.absolute_url()}/@workflow/bearbeiten", json={}).ok
    # The team's new-case mail comes after the receipt's commit; wait for both, then a bit more.
    assert sink.mails_to(TEAM_NEUSTADT)
    time.sleep(2)
    assert [subject(m) for m in sink.mails_to(RESIDENT, seconds=0)] == [f"Ihre Nachricht {case.reference}"]


def test_forwarded_case_is_announced_to_the_receiving_team(case_site, sink):
    case = submit_case(case_site, "ro", consent=False)
    team = handler_session("neustadtbuero")
    answer = team.post(
        f"{case.absolute_url()}/@case-forward", json={"target_unit": "clearingstelle", "comment": "Beratung"}
    )
    assert answer.ok, answer.text
    (message,) = sink.mails_to(TEAM_CLEARING)
    body = text(message)
    assert case.reference in subject(message)
    assert f"/vorgaenge/clearingstelle/{case.getId()}" in body
    for value in ANSWERS.values():
        assert not isinstance(value, str) or value not in body


def test_personal_link_opens_the_status_once_then_asks_for_the_code(case_site, sink):
    case = submit_case(case_site, "bg", consent=False)
    (receipt,) = sink.mails_to(RESIDENT)
    link = personal_link(receipt)
    assert "/bg/@@vorgang-status?t=" in link
    local = link.replace(link.split("/bg/")[0], case_site.absolute_url())

    first = requests.get(local, timeout=60)
    assert first.status_code == 200
    page = html.fromstring(first.text)
    assert page.xpath("//*[@id='case-status-state']")
    assert "case-status-link-used" not in first.text

    again = requests.get(local, timeout=60)
    assert again.status_code == 200
    assert "case-status-state" not in again.text
    page = html.fromstring(again.text)
    assert page.xpath("//*[@id='case-status-link-used']")
    assert page.xpath("//input[@id='case-reference']/@value") == [case.reference]


def test_status_code_field_is_visible_text(case_site):
    page = html.fromstring(requests.get(f"{case_site.absolute_url()}/ro/@@vorgang-status", timeout=60).text)
    assert page.xpath("//input[@id='case-code']/@type") == ["text"]


def test_template_reply_reaches_the_resident_in_their_language(case_site, sink):
    """A reply from a Textbaustein: the Bulgarian resident's mail carries the Bulgarian text
    (handling/replies.reply_text), the team's German note marked as such."""
    case = submit_case(case_site, "bg", consent=True)
    template = case_site["textbausteine"]["neustadtbuero"]["termin-anrufen"]
    team = handler_session("neustadtbuero")
    answer = team.post(
        f"{case.absolute_url()}/@case-notes",
        json={"kind": "reply", "template": template.UID(), "text": "Bitte vormittags anrufen."},
    )
    assert answer.status_code == 201, answer.text
    _receipt, replied = sink.mails_to(RESIDENT, count=2)
    body = text(replied)
    bulgarian = template.text("bg").split("{")[0].strip()  # up to the first placeholder
    german = template.text("de").split("{")[0].strip()
    assert len(bulgarian) > 20 and bulgarian in body
    assert german not in body
    assert "Bitte vormittags anrufen." in body  # the team's note, as written


def test_resident_mails_carry_plain_text_and_html_escaping_what_people_wrote(case_site, sink):
    """Receipt, reply and state mail: multipart/alternative, the HTML in the contact language
    (lang, dir), the reference left to right, the handler's text escaped, never as markup."""
    case = submit_case(case_site, "bg", consent=True)
    team = handler_session("neustadtbuero")
    reply = 'Termin <b>Montag</b> & "Dienstag"\n<script>alert(1)</script>'
    assert team.post(f"{case.absolute_url()}/@case-notes", json={"kind": "reply", "text": reply}).status_code == 201
    assert team.post(f"{case.absolute_url()}/@workflow/bearbeiten", json={}).ok
    mails = sink.mails_to(RESIDENT, count=3)
    assert len(mails) == 3
    for message in mails:
        assert message.get_content_type() == "multipart/alternative"
        assert [p.get_content_type() for p in message.get_payload()] == ["text/plain", "text/html"]
        page = html.fromstring(html_text(message))
        assert (page.get("lang"), page.get("dir")) == ("bg", "ltr")
        assert page.xpath("//bdi[@dir='ltr']/text()")[0] == case.reference
        assert page.xpath("//a[contains(@href, '/bg/@@vorgang-status')]")
        assert case.reference in plain_text(message)
    _receipt, replied, _state = mails
    assert reply in plain_text(replied).replace("\r\n", "\n")  # the plain part as written
    markup = html_text(replied)
    assert "<script>" not in markup and "<b>" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup and "&amp;" in markup
    page = html.fromstring(markup)
    assert "Termin <b>Montag</b> & " in page.text_content() and page.xpath("//script") == []


def test_arabic_mails_are_right_to_left_with_the_reference_left_to_right(case_site, sink):
    answers = dict(ANSWERS, contact_by_email=True)
    response = submit(f"{case_site.absolute_url()}/de/neustadtbuero/kontakt?untranslated=ar", answers)
    assert "WSF-" in response.text
    (case,) = cases_in(case_site, "neustadtbuero")
    assert handler_session("neustadtbuero").post(f"{case.absolute_url()}/@workflow/bearbeiten", json={}).ok
    receipt, state = sink.mails_to(RESIDENT, count=2)
    for message in (receipt, state):
        page = html.fromstring(html_text(message))
        assert (page.get("lang"), page.get("dir")) == ("ar", "rtl")
        (reference,) = set(page.xpath("//bdi[@dir='ltr']/text()"))
        assert reference == case.reference and re.fullmatch(r"WSF-[0-9]{4}-[0-9]{6}", reference)  # Latin digits
        for link in page.xpath("//a"):
            assert link.get("dir") == "ltr" and link.get("href") == link.text_content()
        assert f"\u2066{case.reference}\u2069" in plain_text(message)  # the plain part: an LTR isolate
    assert "/ar/@@vorgang-status" in html_text(state)
