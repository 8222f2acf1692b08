"""A REST PATCH of a case's note or reply is journaled like @case-notes: author and time
(handling/serializers.py; issue 13: PATCH overwrote the fields without a trace)."""

from case_forms import make_case
from plone import api
from weissenfels.portal.handling import journal
from weissenfels.portal.testing import DEMO_PASSWORD

import requests
import transaction


def test_patch_of_note_and_reply_goes_through_the_journal(demo_functional_portal):
    portal = demo_functional_portal
    case = make_case(portal, "wohnraumkontrolle", text="Schimmel")
    transaction.commit()
    origin = portal.absolute_url().rsplit("/", 1)[0]
    response = requests.patch(
        case.absolute_url(),
        auth=("sb-wohnraumkontrolle", DEMO_PASSWORD),
        timeout=30,
        headers={"Accept": "application/json", "Origin": origin},
        json={"internal_note": "Vermieter angerufen", "public_reply": "Wir prüfen Ihre Meldung."},
    )
    assert response.status_code in (200, 204), response.text

    notes = requests.get(
        case.absolute_url() + "/@case-notes",
        auth=("sb-wohnraumkontrolle", DEMO_PASSWORD),
        headers={"Accept": "application/json"},
        timeout=30,
    ).json()["items"]
    by_kind = {item["kind"]: item for item in notes}
    assert by_kind["note"]["text"] == "Vermieter angerufen"
    assert by_kind["reply"]["text"] == "Wir prüfen Ihre Meldung."
    assert by_kind["note"]["author"] == by_kind["reply"]["author"] == "sb-wohnraumkontrolle"
    assert by_kind["note"]["time"] and by_kind["reply"]["time"]

    transaction.begin()
    stored = api.portal.get_tool("portal_catalog").unrestrictedSearchResults(UID=case.UID())[0]._unrestrictedGetObject()
    assert "Wir prüfen Ihre Meldung." in stored.public_reply  # the status page shows it, dated
    assert [e["kind"] for e in journal.entries(stored)].count("reply") == 1
