"""The intranet's Classic UI: German, add forms with data grids, the workspace page."""

from plone import api
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests


def get(url, user):
    return requests.get(url, auth=(user, DEMO_PASSWORD), timeout=30)


def test_workspace_page_is_german(intranet_http_portal):
    response = get(intranet_http_portal.absolute_url() + "/intranet/ag-clearingstelle", "mitglied-clearingstelle")
    assert response.status_code == 200
    assert 'lang="de"' in response.text
    for text in (
        "Auftrag",
        "Tandemleitung",
        "Tandemleitung Stadt, AG Clearingstelle",
        "Offene Aufgaben",
        "Protokoll der Auftaktsitzung",
        "Intern",
        "Sitzung AG Clearingstelle",
    ):
        assert text in response.text


def test_workspace_page_hides_drafts_of_others(intranet_http_portal):
    text = get(intranet_http_portal.absolute_url() + "/intranet/ag-neustadtbuero", "mitglied-neustadtbuero").text
    assert "Gruppenbericht Januar 2022" in text  # submitted
    assert "Protokoll der Auftaktsitzung" not in text  # the Landkreis lead's draft


@pytest.mark.parametrize(
    "portal_type,labels",
    [
        (
            "Protokoll",
            [
                "Sitzung am (Datum und Uhrzeit)",
                "Teilnehmende",
                "Behörde",
                "Aufgaben",
                "Verantwortlich",
                "Fällig am",
                "Erledigt",
            ],
        ),
        (
            "Gruppenbericht",
            ["Berichtszeitraum von", "Stand", "im Plan", "gefährdet", "verzögert", "Entscheidungsbedarf der Steuerung"],
        ),
    ],
)
def test_member_add_form(intranet_http_portal, portal_type, labels):
    response = get(
        f"{intranet_http_portal.absolute_url()}/intranet/ag-clearingstelle/++add++{portal_type}",
        "mitglied-clearingstelle",
    )
    assert response.status_code == 200
    for label in labels:
        assert label in response.text
    if portal_type == "Protokoll":
        assert "datagridwidget" in response.text.lower()


def test_other_group_cannot_add(intranet_http_portal):
    response = get(
        f"{intranet_http_portal.absolute_url()}/intranet/ag-clearingstelle/++add++Protokoll", "mitglied-schulteam"
    )
    assert "insufficient-privileges" in response.url or response.status_code in (401, 403)


def test_protokoll_view_shows_action_items(intranet_http_portal):
    text = get(
        intranet_http_portal.absolute_url() + "/intranet/ag-wohnraumkontrolle/protokoll-auftaktsitzung",
        "mitglied-wohnraumkontrolle",
    ).text
    assert "Prozessbeschreibung (Entwurf) erstellen" in text
    assert "Vertretung Jobcenter (Gast)" in text


def test_send_back_menu_opens_comment_form(intranet_http_portal):
    # The Clearingstelle's demo report is submitted: its lead's workflow menu offers
    # "Zurückgeben", which opens the form that asks for the reason.
    url = intranet_http_portal.absolute_url() + "/intranet/ag-clearingstelle/gruppenbericht-januar-2022"
    text = get(url, "leitung-clearingstelle-stadt").text
    assert f'href="{url}/@@send-back?_authenticator=' in text
    # The workflow menu (plone domain) is German too: state and transitions.
    for label in ("Zurückgeben", "Annehmen", "Eingereicht"):
        assert label in text
    form = get(url + "/@@send-back", "leitung-clearingstelle-stadt").text
    assert "Warum geben Sie zurück? (Pflichtfeld)" in form


@pytest.mark.parametrize("portal_type", ["Event", "File"])
def test_member_can_add_meetings_and_files(intranet_http_portal, portal_type):
    url = f"{intranet_http_portal.absolute_url()}/intranet/ag-schulteam/++add++{portal_type}"
    assert get(url, "mitglied-schulteam").status_code == 200
    refused = get(url, "mitglied-clearingstelle")
    assert "insufficient-privileges" in refused.url or refused.status_code in (401, 403)


@pytest.mark.parametrize(
    "user,workspaces,overview",
    [
        ("mitglied-clearingstelle", ["AG Clearingstelle"], False),
        ("leitung-schulteam-stadt", ["AG Schulteam"], False),
        ("steuerung-stadt", ["AG Clearingstelle", "AG Schulteam", "Steuerung"], True),
    ],
)
def test_intranet_front_page(intranet_http_portal, user, workspaces, overview):
    from weissenfels.portal.intranet.structure import workspaces as all_workspaces

    response = get(intranet_http_portal.absolute_url() + "/intranet", user)
    assert response.status_code == 200
    assert "Meine Arbeitsbereiche" in response.text
    for spec in all_workspaces():
        assert (f">{spec.title}</a>" in response.text) == (spec.title in workspaces or user.startswith("steuerung"))
    assert ("@@steuerung-overview" in response.text) == overview


def test_report_period_in_wrong_order_is_refused(intranet_http_portal):
    import re

    session = requests.Session()
    session.auth = ("mitglied-clearingstelle", DEMO_PASSWORD)
    url = f"{intranet_http_portal.absolute_url()}/intranet/ag-clearingstelle/++add++Gruppenbericht"
    token = re.search(r'data-token="([0-9a-f]+)"', session.get(url, timeout=30).text).group(1)
    response = session.post(
        url,
        data={
            "form.widgets.IDublinCore.title": "Bericht mit vertauschtem Zeitraum",
            "form.widgets.period_start": "2022-03-31",
            "form.widgets.period_end": "2022-01-01",
            "form.widgets.status:list": "on_track",
            "form.buttons.save": "Speichern",
            "_authenticator": token,
        },
        timeout=30,
    )
    assert "Das Ende des Berichtszeitraums liegt vor seinem Beginn." in response.text
    assert 'value="Bericht mit vertauschtem Zeitraum"' in response.text  # the input is kept
    with api.env.adopt_roles(["Manager"]):
        import transaction

        transaction.begin()
        assert not api.content.find(Title="Bericht mit vertauschtem Zeitraum")


@pytest.mark.parametrize("headers,cookies", [({"Accept-Language": "en"}, {}), ({}, {"I18N_LANGUAGE": "ro"})])
def test_intranet_ui_stays_german(intranet_http_portal, headers, cookies):
    url = intranet_http_portal.absolute_url() + "/intranet/ag-clearingstelle"
    response = requests.get(
        url, auth=("mitglied-clearingstelle", DEMO_PASSWORD), headers=headers, cookies=cookies, timeout=30
    )
    assert 'lang="de"' in response.text
    assert "Offene Aufgaben" in response.text
    assert "Open action items" not in response.text


def test_public_pages_still_follow_the_browser(intranet_http_portal):
    response = requests.get(intranet_http_portal.absolute_url() + "/en", headers={"Accept-Language": "en"}, timeout=30)
    assert 'lang="en"' in response.text


def test_member_adds_protokoll_with_rows_through_the_form(intranet_http_portal):
    """The add form as the browser submits it once the data grid's script has turned the
    typed-in rows into numbered rows (count, row marker, cell widgets)."""
    import re
    import transaction

    session = requests.Session()
    session.auth = ("mitglied-clearingstelle", DEMO_PASSWORD)
    url = f"{intranet_http_portal.absolute_url()}/intranet/ag-clearingstelle/++add++Protokoll"
    token = re.search(r'data-token="([0-9a-f]+)"', session.get(url, timeout=30).text).group(1)
    people, rows = "form.widgets.participants.0", "form.widgets.action_items.0"
    response = session.post(
        url,
        data={
            "form.widgets.IDublinCore.title": "Protokoll der Februarsitzung",
            "form.widgets.meeting_start": "2022-02-02T10:00",
            "form.widgets.place": "Rathaus Weißenfels",
            "form.widgets.participants.count": "1",
            people + "-empty-marker": "1",
            people + ".widgets.name": "Vertretung Jobcenter",
            people + ".widgets.authority:list": "andere",
            "form.widgets.action_items.count": "1",
            rows + "-empty-marker": "1",
            rows + ".widgets.what": "Mietspiegel beschaffen",
            rows + ".widgets.who:list": "leitung-clearingstelle-stadt",
            rows + ".widgets.due": "2022-02-16",
            rows + ".widgets.done-empty-marker": "1",  # the unticked "done" box
            "form.buttons.save": "Speichern",
            "_authenticator": token,
        },
        timeout=30,
    )
    assert response.status_code == 200
    assert response.url.endswith("/protokoll-der-februarsitzung/view")
    assert "Mietspiegel beschaffen" in response.text
    transaction.begin()
    with api.env.adopt_roles(["Manager"]):
        protokoll = intranet_http_portal["intranet"]["ag-clearingstelle"]["protokoll-der-februarsitzung"]
        assert api.content.get_state(protokoll) == "draft"
        assert protokoll.participants == [{"user": None, "name": "Vertretung Jobcenter", "authority": "andere"}]
        item = protokoll.action_items[0]
        assert (item["what"], item["who"], str(item["due"])) == (
            "Mietspiegel beschaffen",
            "leitung-clearingstelle-stadt",
            "2022-02-16",
        )
        assert not item["done"]
        assert protokoll.open_action_items() == [item]
