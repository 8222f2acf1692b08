"""Members hear by mail when a Protokoll or report is shared or submitted: a real SMTP sink
(aiosmtpd) receives what MailHost sends after the request's transaction commits."""

from email.header import decode_header
from email.header import make_header
from forged_host import assert_public_links
from forged_host import forged
from plone import api
from site_client import from_site
from smtp_sink import start_sink
from weissenfels.portal.public_url import public_url
from weissenfels.portal.testing import DEMO_PASSWORD
from weissenfels.portal.testing import MATRIX_AUTHOR

import datetime
import pytest
import requests
import transaction


@pytest.fixture
def smtp_sink(intranet_http_portal):
    sink, controller = start_sink()
    # Plone reads the SMTP server from its mail settings (registry), not from MailHost.
    api.portal.set_registry_record("plone.smtp_host", "127.0.0.1")
    api.portal.set_registry_record("plone.smtp_port", controller.port)
    api.portal.set_registry_record("plone.email_from_address", "intranet@weissenfels.example")
    api.portal.set_registry_record("plone.email_from_name", "Der Weißenfelser Weg")
    transaction.commit()
    yield sink
    controller.stop()


def subject(message):
    return str(make_header(decode_header(message["Subject"])))


def new_draft(portal, author="mitglied-clearingstelle"):
    with api.env.adopt_user(username=author):
        report = api.content.create(
            container=portal["intranet"]["ag-clearingstelle"],
            type="Gruppenbericht",
            id="bericht-februar",
            title="Gruppenbericht Februar 2022",
            period_start=datetime.date(2022, 1, 15),
            period_end=datetime.date(2022, 2, 15),
        )
    transaction.commit()
    return report


def transition(report, name, user, headers=None, **data):
    return requests.post(
        f"{report.absolute_url()}/@workflow/{name}",
        json=data,
        auth=(user, DEMO_PASSWORD),
        headers=from_site({"Accept": "application/json", **(headers or {})}, url=report.absolute_url()),
        timeout=30,
    )


MEMBERS = {
    "mitglied-clearingstelle@weissenfels.example",
    "leitung-clearingstelle-landkreis@weissenfels.example",
    "leitung-clearingstelle-stadt@weissenfels.example",
}


class TestNotifications:
    def test_creating_a_draft_sends_nothing(self, intranet_http_portal, smtp_sink):
        new_draft(intranet_http_portal)
        assert smtp_sink.messages == []

    def test_members_hear_when_shared(self, intranet_http_portal, smtp_sink):
        report = new_draft(intranet_http_portal)
        response = transition(report, "make_internal", "mitglied-clearingstelle")
        assert response.status_code == 200
        assert len(smtp_sink.messages) == 1
        recipients, message = smtp_sink.messages[0]
        assert set(recipients) == MEMBERS
        assert subject(message) == "[Intranet] Für die Arbeitsgruppe freigegeben: Gruppenbericht Februar 2022"
        body = message.get_payload(decode=True).decode()
        assert "Mitglied AG Clearingstelle hat „Gruppenbericht Februar 2022“" in body
        assert report.absolute_url() in body
        assert "intranet@weissenfels.example" in message["From"]

    def test_members_hear_when_submitted(self, intranet_http_portal, smtp_sink):
        report = new_draft(intranet_http_portal)
        transition(report, "make_internal", "mitglied-clearingstelle")
        assert transition(report, "submit", "leitung-clearingstelle-stadt").status_code == 200
        # The members' mail, then the Steuerung's own (issue 17): nobody sees the other list.
        assert len(smtp_sink.messages) == 3
        recipients, message = smtp_sink.messages[1]
        assert set(recipients) == MEMBERS
        assert subject(message) == "[Intranet] Bei der Steuerung eingereicht: Gruppenbericht Februar 2022"
        recipients, message = smtp_sink.messages[2]
        assert set(recipients) == {"steuerung-landkreis@weissenfels.example", "steuerung-stadt@weissenfels.example"}
        assert subject(message) == "[Intranet] Neuer Gruppenbericht für die Steuerung: Gruppenbericht Februar 2022"

    def test_no_other_group_is_mailed(self, intranet_http_portal, smtp_sink):
        report = new_draft(intranet_http_portal)
        transition(report, "make_internal", "mitglied-clearingstelle")
        recipients = {address for rcpts, _ in smtp_sink.messages for address in rcpts}
        assert not any("schulteam" in address or "steuerung" in address for address in recipients)

    def test_refused_transition_sends_nothing(self, intranet_http_portal, smtp_sink):
        report = new_draft(intranet_http_portal)
        # Another group's member cannot share it: nothing is committed, nothing is sent.
        response = transition(report, "make_internal", "mitglied-schulteam")
        assert response.status_code in (400, 401, 403, 404)
        assert smtp_sink.messages == []

    def test_accept_sends_nothing(self, intranet_http_portal, smtp_sink):
        report = new_draft(intranet_http_portal)
        transition(report, "make_internal", "mitglied-clearingstelle")
        transition(report, "submit", "mitglied-clearingstelle")
        assert transition(report, "accept", "leitung-clearingstelle-stadt").status_code == 200
        assert len(smtp_sink.messages) == 3  # shared, submitted (members), submitted (Steuerung)

    def test_links_follow_the_public_url_not_a_forged_host(self, intranet_http_portal, smtp_sink):
        """Submitting a Protokoll with Host/X-Forwarded-Host: evil.example: the members' mail
        links to the portal; accepting and sending back (no mail) leave no forged link either."""
        protokoll = intranet_http_portal["intranet"]["ag-clearingstelle"]["matrix-internal"]
        headers = forged(intranet_http_portal.absolute_url())
        assert transition(protokoll, "submit", MATRIX_AUTHOR, headers=headers).status_code == 200
        assert (
            transition(
                protokoll, "send_back", "leitung-clearingstelle-stadt", headers=headers, comment="Bitte ergänzen"
            ).status_code
            == 200
        )
        assert transition(protokoll, "submit", MATRIX_AUTHOR, headers=headers).status_code == 200
        assert transition(protokoll, "accept", "leitung-clearingstelle-stadt", headers=headers).status_code == 200
        assert len(smtp_sink.messages) == 2
        for _recipients, message in smtp_sink.messages:
            links = assert_public_links(message, public_url())
            assert links == [f"{public_url()}/intranet/ag-clearingstelle/matrix-internal"]
