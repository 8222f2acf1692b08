"""Demo content of the intranet: the workspaces with minutes, reports and meetings.

Everything is created as the demo user who would do it (the author creates and shares,
a tandem lead accepts), so ownership and workflow history look like real use and the
permissions of the roles are exercised on every demo install.
"""

from plone import api
from plone.app.textfield.value import RichTextValue
from weissenfels.portal import logger
from weissenfels.portal.organisation import unit_by_id
from weissenfels.portal.setuphandlers.intranet import ensure_workspace
from weissenfels.portal.setuphandlers.intranet import seed_workspaces

import datetime
import pytz


# pytz, as plone.app.event stores it (zoneinfo objects do not pickle into the ZODB).
TZ = pytz.timezone("Europe/Berlin")

MANDATE = (
    "<p>Die Arbeitsgruppe beschreibt den Prozess zur Einführung der Organisationseinheit "
    "<strong>{unit}</strong>: Ziel, Aufgaben, Zielgruppe und Zuständigkeiten von Stadt und "
    "Landkreis.</p><p>Ziel der Einheit: {goal}</p>"
)

GOALS = {
    "clearingstelle": "Fakten und Daten, geordneter Zuzug, Vermeidung von Überbelegung, Steuerung und Controlling.",
    "wohnraumkontrolle": "Angemessener, geordneter Wohnraum für alle; Missstände und Verwahrlosung beseitigen.",
    "neustadtbuero": "Vertrauensvoller Zugang, Lotsen ins Regelsystem, Anlaufpunkt für alle in der Neustadt.",
    "schulteam": "Jedes Kind erreichen und anmelden, Strukturen an Schulen aufbauen, jedes Kind integrieren.",
}

# (state of the Protokoll, state of the Gruppenbericht, status of the report) per working
# group (ids as in organisation.WORKING_GROUPS, which are also unit ids): different states,
# so every view has something to show and something to hide.
STATES = {
    "clearingstelle": ("internal", "submitted", "on_track"),
    "wohnraumkontrolle": ("accepted", "accepted", "at_risk"),
    "neustadtbuero": ("draft", "submitted", "delayed"),
    "schulteam": ("submitted", "internal", "on_track"),
}

PATHS = {
    "draft": [],
    "internal": ["make_internal"],
    "submitted": ["make_internal", "submit"],
    "accepted": ["make_internal", "submit", "accept"],
}


def html(text):
    return RichTextValue(text, "text/html", "text/x-html-safe")


def post_install(context):
    create_demo_intranet()


def create_demo_intranet():
    today = datetime.date.today()
    for spec in seed_workspaces():
        with api.env.adopt_roles(["Manager"]):
            workspace = ensure_workspace(spec)
        wg_id = spec.id.removeprefix("ag-")
        if wg_id in STATES:
            lead_landkreis, lead_stadt = f"leitung-{wg_id}-landkreis", f"leitung-{wg_id}-stadt"
            unit = unit_by_id(wg_id)
            mandate = MANDATE.format(unit=unit.title, goal=GOALS[wg_id])
        else:
            lead_landkreis, lead_stadt = "steuerung-landkreis", "steuerung-stadt"
            mandate = (
                "<p>Das Steuerungstandem koordiniert die Arbeitsgruppen und berichtet an den Landrat, "
                "den Oberbürgermeister und die Ausschüsse (Sozialausschuss, Hauptausschuss).</p>"
            )
        next_meeting = datetime.datetime.combine(today + datetime.timedelta(days=14), datetime.time(9, 0))
        workspace.mandate = html(mandate)
        workspace.lead_landkreis = lead_landkreis
        workspace.lead_stadt = lead_stadt
        workspace.next_meeting = next_meeting
        workspace.reindexObject()
        if "sitzung" not in workspace:
            create_meeting(workspace, lead_landkreis, next_meeting)
        if wg_id in STATES and "protokoll-auftaktsitzung" not in workspace:
            protokoll_state, report_state, status = STATES[wg_id]
            create_minutes(workspace, wg_id, lead_landkreis, lead_stadt, protokoll_state)
            create_report(workspace, lead_landkreis, lead_stadt, report_state, status)
        logger.info("Demo intranet workspace %s ready", spec.id)


def create_meeting(workspace, author, start):
    with api.env.adopt_user(username=author):
        api.content.create(
            container=workspace,
            type="Event",
            id="sitzung",
            title=f"Sitzung {workspace.Title()}",
            start=TZ.localize(start),
            end=TZ.localize(start + datetime.timedelta(hours=2)),
            location="Rathaus Weißenfels, Markt 1, Beratungsraum",
        )


def transition_as(obj, author, lead, state):
    for transition in PATHS[state]:
        with api.env.adopt_user(username=lead if transition == "accept" else author):
            api.content.transition(obj=obj, transition=transition)


def create_minutes(workspace, wg_id, author, lead, state):
    members = [f"mitglied-{wg_id}", f"leitung-{wg_id}-landkreis", f"leitung-{wg_id}-stadt"]
    with api.env.adopt_user(username=author):
        protokoll = api.content.create(
            container=workspace,
            type="Protokoll",
            id="protokoll-auftaktsitzung",
            title="Protokoll der Auftaktsitzung",
            meeting_start=datetime.datetime(2021, 11, 10, 9, 0),
            place="Landratsamt Naumburg, Sitzungsraum 2",
            participants=[
                {"user": f"leitung-{wg_id}-landkreis", "name": None, "authority": "landkreis"},
                {"user": f"leitung-{wg_id}-stadt", "name": None, "authority": "stadt"},
                {"user": f"mitglied-{wg_id}", "name": None, "authority": "stadt"},
                {"user": None, "name": "Vertretung Jobcenter (Gast)", "authority": "andere"},
            ],
            agenda=html(
                "<ol><li>Begrüßung und Auftrag der Arbeitsgruppe</li>"
                "<li>Bestandsaufnahme: Zuständigkeiten in Stadt und Landkreis</li>"
                "<li>Zeitplan bis zum Gruppenbericht im Januar 2022</li></ol>"
            ),
            decisions=html(
                "<ul><li>Die Arbeitsgruppe trifft sich alle zwei Wochen.</li>"
                "<li>Der erste Gruppenbericht geht bis 14.01.2022 an die Steuerung.</li></ul>"
            ),
            action_items=[
                {
                    "what": "Zuständigkeiten der beteiligten Ämter zusammenstellen",
                    "who": members[0],
                    "due": datetime.date(2021, 11, 24),
                    "done": True,
                },
                {
                    "what": "Prozessbeschreibung (Entwurf) erstellen",
                    "who": members[1],
                    "due": datetime.date(2021, 12, 8),
                    "done": False,
                },
                {
                    "what": "Datenschutzfragen mit der Datenschutzbeauftragten klären",
                    "who": members[2],
                    "due": datetime.date(2021, 12, 15),
                    "done": False,
                },
            ],
        )
    transition_as(protokoll, author, lead, state)


def create_report(workspace, author, lead, state, status):
    with api.env.adopt_user(username=author):
        report = api.content.create(
            container=workspace,
            type="Gruppenbericht",
            id="gruppenbericht-januar-2022",
            title="Gruppenbericht Januar 2022",
            period_start=datetime.date(2021, 10, 1),
            period_end=datetime.date(2022, 1, 14),
            status=status,
            achievements=html("<p>Auftrag geklärt, Zuständigkeiten von Stadt und Landkreis erfasst.</p>"),
            next_steps=html("<p>Prozessbeschreibung abschließen und mit den beteiligten Ämtern abstimmen.</p>"),
            risks=html("<p>Personelle Besetzung der Einheit ist noch nicht gesichert.</p>"),
            decisions_needed=html("<p>Freigabe der Prozessbeschreibung durch Landrat und Oberbürgermeister.</p>"),
        )
    transition_as(report, author, lead, state)
