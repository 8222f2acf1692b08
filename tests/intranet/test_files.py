"""Files in a workspace are full-text searchable for its members, and for no one else
(not even the Steuerung: it sees submitted reports and meetings, not a group's files)."""

from plone import api
from plone.namedfile.file import NamedBlobFile
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


WORD = "Belegungsdichte"  # appears only inside the file, not in its title


def add_agenda(portal):
    with api.env.adopt_user(username="mitglied-clearingstelle"):
        return api.content.create(
            container=portal["intranet"]["ag-clearingstelle"],
            type="File",
            id="tagesordnung",
            title="Tagesordnung Februar",
            file=NamedBlobFile(
                data=f"Tagesordnung\n1. Auswertung der {WORD} in der Neustadt\n2. Verschiedenes\n".encode(),
                contentType="text/plain",
                filename="tagesordnung.txt",
            ),
        )


@pytest.mark.parametrize(
    "user,found",
    [
        ("mitglied-clearingstelle", True),
        ("leitung-clearingstelle-stadt", True),
        ("steuerung-landkreis", False),  # files stay in the group; the Steuerung sees meetings
        ("mitglied-schulteam", False),
        ("redakteurin", False),
        (None, False),
    ],
)
def test_text_file_searchable_by_members_only(intranet_portal, user, found):
    add_agenda(intranet_portal)
    if user is None:
        from plone.app.testing import logout

        logout()
        results = api.content.find(SearchableText=WORD)
    else:
        with api.env.adopt_user(username=user):
            results = api.content.find(SearchableText=WORD)
    assert [brain.Title for brain in results] == (["Tagesordnung Februar"] if found else [])


def test_file_in_workspace_workflow(intranet_portal):
    agenda = add_agenda(intranet_portal)
    with api.env.adopt_roles(["Manager"]):
        assert api.content.get_state(agenda) == "internal"
        workflows = api.portal.get_tool("portal_workflow").getChainFor(agenda)
    assert workflows == ("weissenfels_intranet_item_workflow",)


@pytest.mark.parametrize(
    "user,visible",
    [
        ("steuerung-stadt", True),
        ("mitglied-clearingstelle", True),
        ("mitglied-schulteam", False),
        ("redakteurin", False),
    ],
)
def test_meetings_seen_by_members_and_steuerung(intranet_portal, user, visible):
    with api.env.adopt_user(username=user):
        found = api.content.find(portal_type="Event", path="/plone/intranet/ag-clearingstelle")
    assert (len(found) == 1) == visible
    with api.env.adopt_roles(["Manager"]):
        meeting = intranet_portal["intranet"]["ag-clearingstelle"]["sitzung"]
        assert api.portal.get_tool("portal_workflow").getChainFor(meeting) == ("weissenfels_intranet_meeting_workflow",)


@pytest.mark.parametrize(
    "user,found", [("mitglied-clearingstelle", True), ("mitglied-schulteam", False), (None, False)]
)
def test_search_page_finds_file_content(intranet_http_portal, user, found):
    add_agenda(intranet_http_portal)
    transaction.commit()
    response = requests.get(
        f"{intranet_http_portal.absolute_url()}/@@search?SearchableText={WORD}",
        auth=(user, DEMO_PASSWORD) if user else None,
        timeout=30,
    )
    assert ("Tagesordnung Februar" in response.text) == found
    download = requests.get(
        f"{intranet_http_portal.absolute_url()}/intranet/ag-clearingstelle/tagesordnung/@@download/file",
        auth=(user, DEMO_PASSWORD) if user else None,
        timeout=30,
    )
    assert (WORD in download.text) == found
