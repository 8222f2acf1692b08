"""Nobody waits unseen (issue 17): cases without any reaction after the unit's working days are
listed in the inbox and reported once to the team lead, through a real SMTP sink."""

from case_forms import make_case
from datetime import datetime
from datetime import timedelta
from email.header import decode_header
from email.header import make_header
from lxml import html
from plone import api
from smtp_sink import site_mail_sink
from weissenfels.portal.handling import journal
from weissenfels.portal.handling.reminders import run_reminders
from weissenfels.portal.handling.reminders import working_days_before
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


LEAD = "teamleitung-schulteam@weissenfels.example"


@pytest.fixture
def sink(demo_functional_portal, tmp_path):
    """The site's queued MailHost delivering to a real SMTP sink (tests/smtp_sink.py)."""
    with site_mail_sink(tmp_path) as received:
        yield received


def test_working_days_skip_the_weekend():
    monday = datetime(2026, 11, 30, 9, 0)
    assert working_days_before(monday, 1) == datetime(2026, 11, 27, 9, 0)  # Friday
    assert working_days_before(monday, 5) == datetime(2026, 11, 23, 9, 0)  # the Monday before


def test_waiting_cases_are_listed_and_reported_once(demo_functional_portal, sink):
    portal = demo_functional_portal
    old = datetime.now() - timedelta(days=10)
    waiting = make_case(portal, "schulteam", "Anmeldung", submitted=old)
    answered = make_case(portal, "schulteam", "Anmeldung", submitted=old)
    fresh = make_case(portal, "schulteam", "Anmeldung")
    with api.env.adopt_user(username="sb-schulteam"):
        journal.add_reply(answered, "Wir melden uns.")
    transaction.commit()

    inbox = requests.get(
        f"{portal.absolute_url()}/vorgaenge/schulteam/@@vorgaenge-inbox",
        auth=("sb-schulteam", DEMO_PASSWORD),
        timeout=60,
    )
    listed = html.fromstring(inbox.text).xpath("//*[@id='inbox-waiting']//a/text()")
    assert listed == [waiting.reference]
    other = requests.get(
        f"{portal.absolute_url()}/vorgaenge/@@vorgaenge-inbox", auth=("sb-clearingstelle", DEMO_PASSWORD), timeout=60
    )
    assert waiting.reference not in other.text  # another team does not learn of it

    assert run_reminders() == [waiting.reference]
    transaction.commit()
    (message,) = sink.mails_to(LEAD)
    body = message.get_payload(decode=True).decode("utf-8")
    assert waiting.reference in body and answered.reference not in body and fresh.reference not in body
    assert "Anmeldung" not in body
    assert "ohne Reaktion" in str(make_header(decode_header(message["Subject"])))

    assert run_reminders() == []  # once per case


def test_the_unit_sets_its_working_days(demo_functional_portal, sink):
    portal = demo_functional_portal
    case = make_case(portal, "schulteam", "Anmeldung", submitted=datetime.now() - timedelta(days=10))
    portal["vorgaenge"]["schulteam"].reminder_working_days = 20
    transaction.commit()
    assert case.reference not in run_reminders()
