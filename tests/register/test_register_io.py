"""The register's import/export, letters, retention, figures and calendar tokens (issue 20),
in the test layer: what is stored, what a file holds."""

from datetime import date
from datetime import datetime
from datetime import timedelta
from io import BytesIO
from openpyxl import load_workbook
from plone import api
from weissenfels.portal.register import importexport
from weissenfels.portal.register.buildings import add_to_building
from weissenfels.portal.register.buildings import create_building
from weissenfels.portal.register.calendar import calendar_bytes
from weissenfels.portal.register.calendar import new_token
from weissenfels.portal.register.calendar import revoke_token
from weissenfels.portal.register.calendar import user_of_token
from weissenfels.portal.register.figures import figure_rows
from weissenfels.portal.register.figures import register_figures
from weissenfels.portal.register.letters import letters
from weissenfels.portal.register.letters import make_letter
from weissenfels.portal.register.letters import set_letter_templates
from weissenfels.portal.register.retention import retention_log
from weissenfels.portal.register.retention import run_register_retention
from weissenfels.portal.register.retention import set_retention_years
from weissenfels.portal.register.structure import REGISTER_ID

import csv
import io
import pytest


# The tests count the buildings they make: the demo's example buildings are left out.
pytestmark = pytest.mark.usefixtures("register_without_examples")


GOOD_AND_BAD = (
    "Straße;Hausnummer;PLZ;Ort;Eigentümer/Verwaltung;Notizen\r\n"
    "Merseburger Straße;12;06667;Weißenfels;Wohnbau GmbH;Hinterhaus\r\n"
    "Leipziger Straße;3 a;06667;Weißenfels;;\r\n"
    ";5;06667;Weißenfels;;\r\n"  # line 4: no street
    "Naumburger Straße;7;6667;Weißenfels;;\r\n"  # line 5: postcode of four digits
    "Merseburger Str.;12;06667;Weißenfels;;\r\n"  # line 6: same address as line 2
)


def building(street="Merseburger Straße", number="12", postcode="06667", **fields):
    with api.env.adopt_roles(["Manager"]):
        return create_building(street, number, postcode, town="Weißenfels", **fields)


def buildings(portal):
    return {b.Title(): b for b in portal[REGISTER_ID].objectValues()}


class TestImport:
    @pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
    def test_dry_run_reports_every_row_and_stores_nothing(self, demo_portal, bom):
        entries = importexport.plan(bom + GOOD_AND_BAD.encode("utf-8"))
        assert [(e["line"], e["outcome"]) for e in entries] == [
            (2, "new"),
            (3, "new"),
            (4, "bad"),
            (5, "bad"),
            (6, "bad"),
        ]
        reasons = {e["line"]: e["reason"] for e in entries if e["reason"]}
        assert reasons[4].default == "Missing: ${columns}." and reasons[4].mapping == {"columns": "Straße"}
        assert reasons[5] == "import_reason_postcode"
        assert reasons[6].mapping == {"line": "2"}
        assert buildings(demo_portal) == {}

    def test_apply_stores_the_good_rows_only(self, demo_portal):
        counts = importexport.apply(importexport.plan(GOOD_AND_BAD.encode("utf-8")))
        assert counts == {"new": 2, "changed": 0, "unchanged": 0, "bad": 3}
        stored = buildings(demo_portal)
        assert set(stored) == {"Merseburger Straße 12, 06667 Weißenfels", "Leipziger Straße 3 a, 06667 Weißenfels"}
        assert stored["Merseburger Straße 12, 06667 Weißenfels"].owner == "Wohnbau GmbH"

    def test_known_buildings_are_changed_or_unchanged(self, demo_portal):
        house = building(owner="Alt GmbH")
        other = building("Leipziger Straße", "3 a", owner="Wohnbau GmbH")
        text = (
            "Straße;Hausnummer;PLZ;Ort;Eigentümer/Verwaltung\n"
            "Merseburger Straße;12;06667;Weißenfels;Neu GmbH\n"
            "Leipziger Straße;3a;06667;Weißenfels;Wohnbau GmbH\n"
        )
        entries = importexport.plan(text.encode("utf-8"))
        assert [(e["outcome"], e["changes"]) for e in entries] == [("changed", ["owner"]), ("unchanged", [])]
        importexport.apply(entries)
        assert house.owner == "Neu GmbH" and other.owner == "Wohnbau GmbH"
        assert len(buildings(demo_portal)) == 2

    def test_nothing_is_half_imported_when_storing_fails(self, demo_portal, monkeypatch):
        entries = importexport.plan(GOOD_AND_BAD.encode("utf-8"))
        calls = []
        real = importexport.create_building

        def fails_on_the_second(*args, **kwargs):
            calls.append(args)
            if len(calls) == 2:
                raise RuntimeError("disk full")
            return real(*args, **kwargs)

        monkeypatch.setattr(importexport, "create_building", fails_on_the_second)
        with pytest.raises(RuntimeError):
            importexport.apply(entries)
        assert buildings(demo_portal) == {}

    @pytest.mark.parametrize(
        "data, msgid",
        [
            ("Straße;Hausnummer;PLZ\nGroße Burgstraße;1;06667\n".encode("latin-1"), "import_error_encoding"),
            (b"Strasse,Hausnummer,PLZ\nA,1,06667\n", "import_error_delimiter"),
            ("Straße;PLZ\nA;06667\n".encode(), "import_error_headers"),
            (b"", "import_error_empty"),
        ],
    )
    def test_an_unreadable_file_is_refused_as_a_whole(self, demo_portal, data, msgid):
        with pytest.raises(importexport.ImportRefused) as refused:
            importexport.plan(data)
        assert refused.value.message == msgid


class TestExport:
    def test_csv_is_german_excel_and_can_be_imported_again(self, demo_portal):
        house = building(owner='=HYPERLINK("http://x")', notes="Hinterhaus")
        with api.env.adopt_roles(["Manager"]):
            add_to_building(house, "Wohnung", title="EG", living_space=40.0)
            api.content.transition(obj=house, transition="beobachten")
        with api.env.adopt_user(username="sb-wohnraumkontrolle"):  # the team exports
            data = importexport.export_csv()
        assert data.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
        assert rows[0][:6] == ["Straße", "Hausnummer", "PLZ", "Ort", "Eigentümer/Verwaltung", "Notizen"]
        assert rows[1][:4] == ["Merseburger Straße", "12", "06667", "Weißenfels"]
        assert rows[1][4].startswith("'=")  # no formula reaches Excel
        assert rows[1][6:8] == ["unter Beobachtung", "1"]
        entries = importexport.plan(data)
        assert [e["outcome"] for e in entries] == ["changed"]  # only the neutralised owner differs

    def test_xlsx_holds_the_same_rows(self, demo_portal):
        building()
        with api.env.adopt_user(username="sb-wohnraumkontrolle"):
            book = load_workbook(BytesIO(importexport.export_xlsx()))
        rows = [[c.value for c in row] for row in book.active.iter_rows()]
        assert rows[0][0] == "Straße" and rows[1][:3] == ["Merseburger Straße", "12", "06667"]


class TestLetters:
    def test_a_letter_from_the_teams_template_with_its_deadline(self, demo_portal):
        house = building(owner="Wohnbau GmbH")
        with api.env.adopt_roles(["Manager"]):
            order = add_to_building(
                house, "Anordnung", title="Nutzungsuntersagung", legal_basis="§ 8 WoAufG", file_number="WK-7"
            )
        set_letter_templates(
            demo_portal[REGISTER_ID],
            {"anordnung": "An ${eigentuemer}: ${massnahme}, ${aktenzeichen}, bis ${frist}. ${__class__}"},
        )
        record = make_letter(house, "anordnung", date(2027, 1, 15), order)
        assert record["text"] == "An Wohnbau GmbH: Nutzungsuntersagung, WK-7, bis 15.01.2027. ${__class__}"
        assert [r["deadline"] for r in letters(house)] == [date(2027, 1, 15)]

    def test_the_default_hearing_names_the_findings(self, demo_portal):
        house = building()
        with api.env.adopt_roles(["Manager"]):
            flat = add_to_building(house, "Wohnung", title="2. OG", living_space=20.0)
            add_to_building(
                house,
                "Begehung",
                start=datetime(2026, 12, 3, 10, 0),
                findings=[{"flat": flat.UID(), "category": "mould", "description": "Bad"}],
            )
        text = make_letter(house, "anhoerung", date(2027, 1, 1))["text"]
        assert "Anhörung" in text and "2. OG – Schimmel und Feuchtigkeit – Bad" in text


class TestRetention:
    def test_records_go_three_years_after_the_observation_ended(self, demo_portal):
        house = building()
        watched = building("Leipziger Straße", "3")
        with api.env.adopt_roles(["Manager"]):
            for b in (house, watched):
                inspection = add_to_building(b, "Begehung", start=datetime(2026, 1, 5, 10, 0))
                api.content.transition(obj=inspection, transition="durchfuehren")
                make_letter(b, "anhoerung", date(2026, 2, 1))
                api.content.transition(obj=b, transition="beobachten")
            api.content.transition(obj=house, transition="unauffaellig_einstufen")
            flat = add_to_building(house, "Wohnung", title="EG", living_space=40.0)
        assert run_register_retention(now=datetime.now() + timedelta(days=365 * 2)) == []
        done = run_register_retention(now=datetime.now() + timedelta(days=365 * 3 + 1))
        assert done == [(house.Title(), 1, 1)]
        assert [o.getId() for o in house.objectValues()] == [flat.getId()]  # flats (figures) stay
        assert letters(house) == []
        assert len(letters(watched)) == 1 and len(watched.objectValues()) == 1  # still observed
        assert retention_log()[-1]["building"] == house.Title()

    def test_the_team_sets_the_period(self, demo_portal):
        house = building()
        with api.env.adopt_roles(["Manager"]):
            inspection = add_to_building(house, "Begehung", start=datetime(2026, 1, 5, 10, 0))
            api.content.transition(obj=inspection, transition="absagen")
            api.content.transition(obj=house, transition="unauffaellig_einstufen")
        set_retention_years(demo_portal[REGISTER_ID], 1)
        assert run_register_retention(now=datetime.now() + timedelta(days=366)) == [(house.Title(), 1, 0)]
        with pytest.raises(ValueError):
            set_retention_years(demo_portal[REGISTER_ID], 0)


class TestFigures:
    def test_counts_and_the_median_without_personal_data(self, demo_portal):
        first = building(owner="Wohnbau GmbH")
        second = building("Leipziger Straße", "3")
        first.flagged_since = datetime(2026, 1, 1, 9, 0)
        second.flagged_since = datetime(2026, 1, 1, 9, 0)
        with api.env.adopt_roles(["Manager"]):
            for b, day in ((first, 11), (second, 21)):
                i = add_to_building(
                    b,
                    "Begehung",
                    start=datetime(2026, 1, day, 9, 0),
                    findings=[{"category": "mould"}, {"category": "fire_safety"}],
                )
                api.content.transition(obj=i, transition="durchfuehren")
        figures = register_figures()
        assert figures["months"] == {"2026-01": 2}
        assert figures["categories"] == {"mould": 2, "fire_safety": 2}
        assert figures["median_days"] == 15.0 and figures["median_count"] == 2
        assert figures["states"]["maengel_festgestellt"] == 2
        text = repr(figure_rows("de"))
        for personal in ("Merseburger", "Leipziger", "Wohnbau"):
            assert personal not in text


class TestCalendar:
    def test_the_feed_has_address_and_time_only(self, demo_portal):
        house = building(owner="Wohnbau GmbH", notes="Herr Beispiel, Tel. 0123")
        with api.env.adopt_roles(["Manager"]):
            add_to_building(
                house,
                "Begehung",
                start=datetime(2026, 12, 3, 10, 0),
                agencies=["Zoll"],
                present=["Hausverwaltung"],
                notes="vertraulich",
            )
            held = add_to_building(house, "Begehung", start=datetime(2026, 11, 3, 10, 0))
            api.content.transition(obj=held, transition="durchfuehren")
        from icalendar import Calendar

        calendar = Calendar.from_ical(calendar_bytes(demo_portal[REGISTER_ID]))
        (event,) = calendar.walk("VEVENT")
        assert str(event["location"]) == house.Title()
        assert event.decoded("dtstart") == datetime(2026, 12, 3, 10, 0)
        raw = calendar_bytes(demo_portal[REGISTER_ID]).decode()
        for secret in ("Wohnbau", "Beispiel", "Zoll", "Hausverwaltung", "vertraulich"):
            assert secret not in raw

    def test_a_token_is_stored_hashed_and_revocable(self, demo_portal):
        register = demo_portal[REGISTER_ID]
        token = new_token("sb-wohnraumkontrolle", register)
        assert user_of_token(token, register) == "sb-wohnraumkontrolle"
        from zope.annotation.interfaces import IAnnotations

        assert token not in repr(dict(IAnnotations(register)))
        renewed = new_token("sb-wohnraumkontrolle", register)
        assert user_of_token(token, register) is None and user_of_token(renewed, register)
        revoke_token("sb-wohnraumkontrolle", register)
        assert user_of_token(renewed, register) is None
