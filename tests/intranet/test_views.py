"""Views of the intranet: open action items, my action items, Steuerung overview, iCal."""

from plone import api
from weissenfels.portal.testing import DEMO_PASSWORD

import icalendar
import pytest
import requests


def get(url, user, **kwargs):
    return requests.get(url, auth=(user, DEMO_PASSWORD) if user else None, timeout=30, **kwargs)


def refused(response):
    """Plone's answer to Unauthorized: the login form, or "insufficient privileges" when logged in."""
    return any(part in response.url for part in ("require_login", "/login", "insufficient-privileges"))


class TestOpenActionItems:
    def test_workspace_lists_open_items_of_visible_minutes(self, intranet_http_portal):
        url = intranet_http_portal.absolute_url() + "/intranet/ag-clearingstelle/@@open-action-items"
        text = get(url, "mitglied-clearingstelle").text
        # The demo Protokoll (internal) has two open items and one done.
        assert "Prozessbeschreibung (Entwurf) erstellen" in text
        assert "Datenschutzfragen mit der Datenschutzbeauftragten klären" in text
        assert "Zuständigkeiten der beteiligten Ämter zusammenstellen" not in text
        assert "Tandemleitung Landkreis, AG Clearingstelle" in text

    def test_draft_minutes_items_hidden_from_members(self, intranet_http_portal):
        # The Neustadtbüro's demo Protokoll is a draft of the Landkreis lead.
        url = intranet_http_portal.absolute_url() + "/intranet/ag-neustadtbuero/@@open-action-items"
        assert "Prozessbeschreibung" not in get(url, "mitglied-neustadtbuero").text
        assert "Prozessbeschreibung" in get(url, "leitung-neustadtbuero-landkreis").text

    def test_other_group_cannot_open(self, intranet_http_portal):
        url = intranet_http_portal.absolute_url() + "/intranet/ag-clearingstelle/@@open-action-items"
        response = get(url, "mitglied-schulteam")
        assert "Prozessbeschreibung" not in response.text
        assert refused(response)

    def test_open_items_query(self, intranet_portal):
        from weissenfels.portal.intranet.structure import open_action_items

        with api.env.adopt_user(username="mitglied-wohnraumkontrolle"):
            items = open_action_items()
        assert [item["what"] for item in items] == [
            "Prozessbeschreibung (Entwurf) erstellen",
            "Datenschutzfragen mit der Datenschutzbeauftragten klären",
        ]
        assert all(not item["done"] for item in items)


class TestMyActionItems:
    @pytest.mark.parametrize(
        "user,expected,unexpected",
        [
            ("leitung-clearingstelle-stadt", "Datenschutzfragen", "Prozessbeschreibung"),
            ("leitung-clearingstelle-landkreis", "Prozessbeschreibung", "Datenschutzfragen"),
        ],
    )
    def test_only_my_items(self, intranet_http_portal, user, expected, unexpected):
        text = get(intranet_http_portal.absolute_url() + "/intranet/@@my-action-items", user).text
        assert expected in text
        assert unexpected not in text

    def test_across_groups_only_visible(self, intranet_portal):
        from weissenfels.portal.intranet.structure import open_action_items

        # Member of the Clearingstelle: items of other groups are never theirs nor visible.
        with api.env.adopt_user(username="leitung-schulteam-stadt"):
            items = open_action_items(who="leitung-schulteam-stadt")
        assert {item["workspace"].getId() for item in items} == {"ag-schulteam"}

    def test_anonymous_gets_login(self, intranet_http_portal):
        response = get(intranet_http_portal.absolute_url() + "/intranet/@@my-action-items", None)
        assert refused(response)


class TestSteeringOverview:
    def test_latest_report_per_group(self, intranet_http_portal):
        url = intranet_http_portal.absolute_url() + "/intranet/@@steuerung-overview"
        response = get(url, "steuerung-stadt")
        assert response.status_code == 200
        text = response.text
        for title in ("AG Clearingstelle", "AG Wohnraumkontrolle inkl. Ordnungskontrolle", "AG Schulteam"):
            assert title in text
        # Submitted and accepted reports are shown with their status; the Schulteam's is internal.
        assert text.count("Gruppenbericht Januar 2022") == 3
        assert "gefährdet" in text and "verzögert" in text and "im Plan" in text
        assert "Noch kein eingereichter Gruppenbericht." in text

    def test_newer_report_replaces_older(self, intranet_portal):
        import datetime

        workspace = intranet_portal["intranet"]["ag-wohnraumkontrolle"]
        with api.env.adopt_user(username="leitung-wohnraumkontrolle-landkreis"):
            report = api.content.create(
                container=workspace,
                type="Gruppenbericht",
                id="bericht-maerz-2022",
                title="Gruppenbericht März 2022",
                period_start=datetime.date(2022, 1, 15),
                period_end=datetime.date(2022, 3, 10),
                status="on_track",
            )
            api.content.transition(obj=report, transition="make_internal")
            api.content.transition(obj=report, transition="submit")
        with api.env.adopt_user(username="steuerung-landkreis"):
            view = api.content.get_view("steuerung-overview", intranet_portal["intranet"], intranet_portal.REQUEST)
            groups = {group["title"]: group for group in view.groups()}
        assert groups["AG Wohnraumkontrolle inkl. Ordnungskontrolle"]["report"]["title"] == "Gruppenbericht März 2022"
        assert groups["AG Clearingstelle"]["report"]["title"] == "Gruppenbericht Januar 2022"
        assert groups["AG Schulteam"]["report"] is None

    def test_upcoming_meetings_listed(self, intranet_http_portal):
        text = get(intranet_http_portal.absolute_url() + "/intranet/@@steuerung-overview", "steuerung-stadt").text
        assert "Sitzung AG Clearingstelle" in text

    def test_print_view(self, intranet_http_portal):
        url = (
            intranet_http_portal.absolute_url()
            + "/intranet/@@steuerung-overview-print?title=Gruppenberichte Januar 2022"
        )
        response = get(url, "steuerung-landkreis")
        assert response.status_code == 200
        assert "<h1>Gruppenberichte Januar 2022</h1>" in response.text
        assert "@page" in response.text and "break-after: page" in response.text
        assert "Entscheidungsbedarf der Steuerung" in response.text
        assert "main_template" not in response.text and 'id="portal-header"' not in response.text

    def test_print_default_title_is_month(self, intranet_portal):
        import datetime

        with api.env.adopt_user(username="steuerung-landkreis"):
            view = api.content.get_view(
                "steuerung-overview-print", intranet_portal["intranet"], intranet_portal.REQUEST
            )
            assert view.title().endswith(str(datetime.date.today().year))
            assert view.title().startswith("Gruppenberichte")

    @pytest.mark.parametrize("user", ["mitglied-clearingstelle", "leitung-clearingstelle-stadt", "redakteurin", None])
    def test_only_steuerung(self, intranet_http_portal, user):
        response = get(intranet_http_portal.absolute_url() + "/intranet/@@steuerung-overview", user)
        assert "Gruppenbericht Januar 2022" not in response.text
        assert refused(response)


class TestICal:
    def test_meetings_parse_back(self, intranet_http_portal):
        url = intranet_http_portal.absolute_url() + "/intranet/ag-schulteam/@@meetings.ics"
        response = get(url, "mitglied-schulteam")
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("text/calendar")
        calendar = icalendar.Calendar.from_ical(response.content)
        events = list(calendar.walk("VEVENT"))
        assert len(events) == 1
        assert str(events[0]["summary"]) == "Sitzung AG Schulteam"
        assert "Rathaus Weißenfels" in str(events[0]["location"])
        start = events[0].decoded("dtstart")
        assert start.hour == 9 and str(start.tzinfo) == "Europe/Berlin"
        assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
        assert (events[0].decoded("dtend") - start).total_seconds() == 2 * 3600

    @pytest.mark.parametrize("user", ["mitglied-clearingstelle", "redakteurin", None])
    def test_other_groups_get_no_calendar(self, intranet_http_portal, user):
        response = get(intranet_http_portal.absolute_url() + "/intranet/ag-schulteam/@@meetings.ics", user)
        assert "BEGIN:VCALENDAR" not in response.text


class TestWorkspaceListing:
    def test_states_are_titles_of_the_intranet_workflows(self, intranet_http_portal):
        """A meeting (Event) has the meeting workflow in the intranet, not its global chain:
        its state reads "Intern", never the bare id."""
        from lxml import html

        url = intranet_http_portal.absolute_url() + "/intranet/ag-clearingstelle"
        page = html.fromstring(get(url, "mitglied-clearingstelle", headers={"Accept-Language": "de"}).text)
        rows = [
            (row.xpath("td[2]")[0].text_content().strip(), row.xpath("td[3]")[0].text_content().strip())
            for row in page.xpath("//table//tr[td]")
        ]
        assert ("Termin", "Intern") in rows
        assert {kind for kind, _state in rows} >= {"Termin", "Protokoll", "Gruppenbericht"}
        german = {"Entwurf", "Intern", "Eingereicht", "Angenommen", "Zurückgegeben", "Arbeitsbereich"}
        assert {state for _kind, state in rows} <= german, rows
