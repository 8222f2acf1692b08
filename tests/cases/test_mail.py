"""Mail through Plone's MailHost queue to a real SMTP sink (aiosmtpd)."""

from case_forms import cases_in
from case_forms import submit
from email.header import decode_header
from email.header import make_header
from forged_host import assert_public_links
from forged_host import forged
from processes import free_port
from smtp_sink import plain_text
from smtp_sink import queue_mail_to
from smtp_sink import start_sink
from smtp_sink import stop_queue
from weissenfels.portal.public_url import public_url

import os
import pytest
import time
import zope.sendmail.queue


@pytest.fixture
def mail_queue(case_site, tmp_path):
    """MailHost as in the instance: queued in a maildir, delivered to 127.0.0.1:<port>."""
    port = free_port()
    queue = queue_mail_to(port, tmp_path)
    yield port, queue
    stop_queue()


def wait_for(sink, count, seconds=20):
    deadline = time.time() + seconds
    while len(sink.messages) < count and time.time() < deadline:
        time.sleep(0.2)
    return sink.messages


def text(message):
    return plain_text(message)  # the plain part of a resident's multipart mail


def subject(message):
    return str(make_header(decode_header(message["Subject"])))


PERSONAL = {
    "name": "Erika Beispiel",
    "phone": "0151 2345678",
    "email": "resident@example.org",
    "message": "Meine Wohnung in der Musterstraße 5 hat Schimmel.",
}


@pytest.mark.parametrize(
    "lang,receipt_subject,receipt_phrase",
    [
        ("de", "Ihre Nachricht", "Ihr Aktenzeichen"),
        ("ro", "Mesajul dumneavoastră", "Numărul dumneavoastră de referință"),
    ],
)
def test_team_mail_and_receipt(case_site, mail_queue, lang, receipt_subject, receipt_phrase):
    port, _queue = mail_queue
    sink, controller = start_sink(port)
    try:
        answers = dict(PERSONAL, topic="housing", privacy_consent=True)
        response = submit(f"{case_site.absolute_url()}/{lang}/neustadtbuero/kontakt", answers)
        assert "WSF-" in response.text
        (case,) = cases_in(case_site, "neustadtbuero")
        messages = wait_for(sink, 2)
    finally:
        controller.stop()
    by_recipient = {tuple(rcpts): message for rcpts, message in messages}
    assert set(by_recipient) == {("team-neustadtbuero@weissenfels.example",), ("resident@example.org",)}

    team = by_recipient[("team-neustadtbuero@weissenfels.example",)]
    body = text(team)
    assert case.reference in subject(team)
    assert case.reference in body and case.absolute_url() in body
    for value in PERSONAL.values():
        assert value not in body and value not in subject(team)

    receipt = by_recipient[("resident@example.org",)]
    assert subject(receipt) == f"{receipt_subject} {case.reference}"
    assert receipt_phrase in text(receipt)
    assert f"/{lang}/@@vorgang-status" in text(receipt)


def test_visitor_of_the_german_form_for_want_of_theirs_gets_a_receipt_in_their_language(case_site, mail_queue):
    """Ukrainian asked, German form read (no Ukrainian translation): the case's submission
    language, the receipt and its status link are Ukrainian. The receipt is longer than 1000
    bytes (quoted-printable Cyrillic): the sink, like strict SMTP servers, refuses a message
    whose lines do not end in CRLF."""
    port, _queue = mail_queue
    sink, controller = start_sink(port)
    try:
        answers = dict(PERSONAL, topic="housing", privacy_consent=True)
        response = submit(f"{case_site.absolute_url()}/de/neustadtbuero/kontakt?untranslated=uk", answers)
        assert "WSF-" in response.text
        assert "/uk/@@vorgang-status" in response.text
        (case,) = cases_in(case_site, "neustadtbuero")
        messages = wait_for(sink, 2)
    finally:
        controller.stop()
    assert case.submission_language == "uk"
    receipt = {tuple(rcpts): message for rcpts, message in messages}[("resident@example.org",)]
    assert subject(receipt) == f"Ваше повідомлення {case.reference}"
    assert "Ваш номер звернення" in text(receipt)
    assert f"{public_url()}/uk/@@vorgang-status" in text(receipt)


def test_links_follow_the_public_url_not_a_forged_host(case_site, mail_queue):
    """A submission sent with Host/X-Forwarded-Host: evil.example: the team's link to the
    case and the resident's link to the status page still lead to the portal."""
    port, _queue = mail_queue
    sink, controller = start_sink(port)
    try:
        answers = dict(PERSONAL, topic="housing", privacy_consent=True)
        url = case_site.absolute_url()
        response = submit(f"{url}/ro/neustadtbuero/kontakt", answers, headers=forged(url))
        assert "WSF-" in response.text
        (case,) = cases_in(case_site, "neustadtbuero")
        messages = wait_for(sink, 2)
    finally:
        controller.stop()
    by_recipient = {tuple(rcpts): message for rcpts, message in messages}
    team = by_recipient[("team-neustadtbuero@weissenfels.example",)]
    assert assert_public_links(team, public_url()) == [f"{public_url()}/vorgaenge/neustadtbuero/{case.getId()}"]
    receipt = by_recipient[("resident@example.org",)]
    status_page, personal = assert_public_links(receipt, public_url())
    assert status_page == f"{public_url()}/ro/@@vorgang-status"
    assert personal.startswith(f"{status_page}?t={case.reference}.")  # the one-time link (issue 17)


def test_no_receipt_without_address(case_site, mail_queue):
    port, _queue = mail_queue
    sink, controller = start_sink(port)
    try:
        submit(
            f"{case_site.absolute_url()}/de/neustadtbuero/kontakt",
            {"topic": "work", "message": "Anonym", "privacy_consent": True},
        )
        wait_for(sink, 1)
        time.sleep(1)  # a second message would have come with the first
    finally:
        controller.stop()
    assert [rcpts for rcpts, _m in sink.messages] == [["team-neustadtbuero@weissenfels.example"]]


def queued(queue):
    return [name for name in os.listdir(os.path.join(queue, "new")) if not name.startswith(".")]


def test_smtp_down_case_stored_and_mail_retried(case_site, mail_queue, monkeypatch):
    # zope.sendmail retries a message whose delivery failed once MAX_SEND_TIME (3 hours)
    # has passed; the test cannot wait that long.
    monkeypatch.setattr(zope.sendmail.queue, "MAX_SEND_TIME", 2)
    port, queue = mail_queue  # nothing listens on the port yet
    answers = dict(PERSONAL, topic="housing", privacy_consent=True)
    response = submit(f"{case_site.absolute_url()}/de/neustadtbuero/kontakt", answers)
    assert response.status_code == 200 and "WSF-" in response.text
    (case,) = cases_in(case_site, "neustadtbuero")
    time.sleep(4)  # the queue thread has tried and failed at least once
    assert len(queued(queue)) == 2  # both mails wait in the queue

    sink, controller = start_sink(port)  # the SMTP server is back
    try:
        messages = wait_for(sink, 2)
    finally:
        controller.stop()
    assert len(messages) == 2
    assert any(case.reference in subject(m) for _r, m in messages)
    assert queued(queue) == []


def test_arabic_receipt_keeps_the_reference_left_to_right(case_site, mail_queue):
    """Arabic asked, German form read: in the right-to-left receipt the reference number is a
    left-to-right isolate (LRI … PDI), so WSF-2026-000001 does not read backwards."""
    port, _queue = mail_queue
    sink, controller = start_sink(port)
    try:
        answers = dict(PERSONAL, topic="housing", privacy_consent=True)
        submit(f"{case_site.absolute_url()}/de/neustadtbuero/kontakt?untranslated=ar", answers)
        (case,) = cases_in(case_site, "neustadtbuero")
        messages = wait_for(sink, 2)
    finally:
        controller.stop()
    receipt = {tuple(rcpts): message for rcpts, message in messages}[("resident@example.org",)]
    assert f"\u2066{case.reference}\u2069" in subject(receipt)
    assert f"\u2066{case.reference}\u2069" in text(receipt)
    team = {tuple(rcpts): message for rcpts, message in messages if tuple(rcpts) != ("resident@example.org",)}
    assert all("\u2066" not in text(message) for message in team.values())  # the German team mail as it was
