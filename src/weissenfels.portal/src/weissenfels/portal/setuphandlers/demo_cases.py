"""The demo-cases profile: a few cases as residents sent them and the teams worked them.

So that a handler sees a filled inbox, the Steuerung sees figures, and one building is
flagged "Begehung empfohlen", on a fresh demo site. The cases are stored as the form action
stores them (cases/action.store_case), with dates in the past relative to today; the
handling is done as the unit's demo handler (workflow, journal), then dated back.
Submitters are invented; never a real person.
"""

from collective.easyform.api import get_schema
from DateTime import DateTime
from datetime import datetime
from datetime import timedelta
from io import BytesIO
from PIL import Image
from PIL import ImageDraw
from plone import api
from weissenfels.portal.cases import answers
from weissenfels.portal.cases.action import store_case
from weissenfels.portal.cases.folders import cases_root
from weissenfels.portal.cases.uploads import clean_upload
from weissenfels.portal.handling import journal
from weissenfels.portal.handling.workflow import forward
from zope.annotation.interfaces import IAnnotations
from zope.schema import getFieldsInOrder


HOUSING = ("wohnraumkontrolle", "wohnraum-missstand-melden")
INTERVIEW = ("clearingstelle", "erstgespraech-anfragen")
CONTACT = ("neustadtbuero", "kontakt")
SCHOOL = ("schulteam", "schulanmeldung-begleitung")

# form, language of the form, days ago, answers {field id: value as the form's widget gives
# it}, handling steps (what, days after the submission, text).
DEMO_CASES = [
    # Three residents of one building, three spellings of its address: "Begehung empfohlen".
    dict(
        form=HOUSING,
        language="ro",
        days_ago=40,
        answers={
            "street": "Merseburger Straße",
            "house_number": "12",
            "problems": {"mould", "no_heating"},
            "description": "Mucegai în dormitor, caloriferele sunt reci de trei săptămâni.",
            "people_count": 11,
            "children": "yes",
            "name": "Demo-Meldende A",
            "email": "meldende-a@example.org",
            "photo_1": "schimmel-schlafzimmer.jpg",
        },
        photo="schimmel-schlafzimmer.jpg",  # also named in the answers, as the form action does
        handling=[
            ("assign", 1, ""),
            ("bearbeiten", 1, "Begehung mit dem Bauordnungsamt geplant."),
            ("reply", 2, "Wir haben Ihre Meldung erhalten und sehen uns das Haus an."),
            ("note", 9, "Begehung durchgeführt: Schimmel in drei Wohnungen, Heizung defekt."),
            ("erledigen", 20, "Mängelanzeige an die Eigentümerin, Frist gesetzt."),
        ],
    ),
    dict(
        form=HOUSING,
        language="pl",
        days_ago=10,
        answers={
            "street": "Merseburger Str.",
            "house_number": "12",
            "problems": {"overcrowding", "vermin"},
            "description": "W dwóch pokojach mieszka dziewięć osób, w piwnicy są szczury.",
            "people_count": 9,
            "children": "yes",
            "phone": "0151 000000 01",
        },
        handling=[
            ("assign", 1, ""),
            ("bearbeiten", 1, "Zur Begehung am Haus Merseburger Straße 12 dazugenommen."),
            ("reply", 3, "Vielen Dank. Wir prüfen die Wohnverhältnisse in diesem Haus."),
        ],
    ),
    dict(
        form=HOUSING,
        language="bg",
        days_ago=3,
        answers={
            "street": "merseburger strasse",
            "house_number": "12 ",
            "problems": {"rent_usury"},
            "description": "Плащаме 300 евро на човек за легло.",
            "people_count": 6,
            "children": "no",
            "name": "Demo-Meldender B",
        },
        handling=[],
    ),
    dict(
        form=HOUSING,
        language="de",
        days_ago=20,
        answers={
            "street": "Naumburger Straße",
            "house_number": "5",
            "problems": {"waste_noise"},
            "description": "Sperrmüll im Hof seit Wochen, nachts laut.",
            "children": "no",
        },
        handling=[],
    ),
    # A housing report that is really a question for the Clearingstelle: forwarded.
    dict(
        form=HOUSING,
        language="hu",
        days_ago=6,
        answers={
            "street": "Leipziger Straße",
            "house_number": "30",
            "problems": {"other"},
            "description": "Nem tudom, hogyan jelentkezzek be a városban, és ki segít lakást találni.",
            "email": "meldende-c@example.org",
        },
        handling=[("forward:clearingstelle", 1, "Anliegen ist Anmeldung und Beratung, kein Wohnraummangel.")],
    ),
    dict(
        form=INTERVIEW,
        language="ro",
        days_ago=60,
        answers={
            "name": "Demo-Familie D",
            "country": "RO",
            "languages": "Rumänisch, etwas Deutsch",
            "interpreter": "yes",
            "preferred_times": "vormittags",
        },
        handling=[
            ("assign", 2, ""),
            ("bearbeiten", 2, "Termin mit Dolmetscherin vereinbart."),
            ("reply", 2, "Ihr Termin: Dienstag, 10 Uhr, Clearingstelle, mit Dolmetscherin."),
            ("erledigen", 12, "Erstgespräch geführt, an Jobcenter und Schulteam vermittelt."),
        ],
    ),
    dict(
        form=INTERVIEW,
        language="hu",
        days_ago=16,
        answers={"name": "Demo-Meldende E", "country": "HU", "languages": "Ungarisch", "interpreter": "yes"},
        handling=[],
    ),
    dict(
        form=CONTACT,
        language="de",
        days_ago=25,
        answers={"topic": "other", "message": "Werbung für Kredite, kein Anliegen."},
        handling=[("ablehnen", 1, "Kein Anliegen an das Neustadtbüro (Werbung).")],
    ),
    dict(
        form=CONTACT,
        language="ro",
        days_ago=2,
        answers={"topic": "language_course", "message": "Caut un curs de germană seara."},
        handling=[("assign", 1, ""), ("note", 1, "Abendkurs der VHS ab nächstem Monat passt.")],
    ),
    dict(
        form=SCHOOL,
        language="bg",
        days_ago=30,
        answers={"child_age": 9, "concern": "registration", "name": "Demo-Elternteil F"},
        handling=[
            ("assign", 1, ""),
            ("bearbeiten", 1, "Schulplatz wird mit dem Schulamt geklärt."),
            ("reply", 5, "Wir haben beim Schulamt nach einem Platz gefragt und melden uns."),
        ],
    ),
]


def post_install(context):
    for spec in DEMO_CASES:
        create_demo_case(spec)


def create_demo_case(spec, now=None):
    unit_id, form_id = spec["form"]
    language = spec["language"]
    form = api.portal.get()[language][unit_id][form_id]
    submitted = (now or datetime.now()).replace(microsecond=0) - timedelta(days=spec["days_ago"])
    german = answers.german_fields(form)
    rows = [
        answers.answer_row(name, field, spec["answers"][name], language, german.get(name))
        for name, field in getFieldsInOrder(get_schema(form))
        if name in spec["answers"]
    ]
    attachments = [clean_upload(mould_photo(), spec["photo"])] if spec.get("photo") else []
    case, _code = store_case(form, cases_root()[unit_id], rows, attachments, language, submitted=submitted)
    case.creation_date = DateTime(submitted)
    case.workflow_history["weissenfels_case_workflow"][0]["time"] = DateTime(submitted)
    with api.env.adopt_user(username=f"sb-{unit_id}"):
        for what, days_after, text in spec["handling"]:
            when = submitted + timedelta(days=days_after, hours=2)
            case = handle(case, what, text, when)
    case.reindexObject()
    return case


def mould_photo():
    """A drawn "photo" of a damp wall: grey plaster with dark patches (JPEG bytes)."""
    image = Image.new("RGB", (800, 600), (196, 190, 178))
    draw = ImageDraw.Draw(image)
    for x, y, r in ((520, 90, 110), (610, 160, 70), (140, 480, 90), (240, 540, 60), (700, 60, 50)):
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(78, 84, 66))
    draw.rectangle((0, 560, 800, 600), fill=(120, 100, 80))  # the skirting board
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def handle(case, what, text, when):
    """One step of the demo handler's work on a case, dated `when`; returns the case (moved
    when forwarded)."""
    if what == "assign":
        journal.assign(case, api.user.get_current().getId(), when=when)
    elif what == "note":
        journal.add_note(case, text, when=when)
    elif what == "reply":
        journal.add_reply(case, text, when=when)
    else:
        if what.startswith("forward:"):
            case = forward(case, what.split(":", 1)[1], text)
            forwarded = IAnnotations(case)[journal.JOURNAL_KEY]  # its last entry: the forwarding
            forwarded[-1]["time"] = when
            forwarded._p_changed = True
        else:
            api.portal.get_tool("portal_workflow").doActionFor(case, what, comment=text)
        history = case.workflow_history["weissenfels_case_workflow"]
        history[-1]["time"] = DateTime(when)
        case.workflow_history._p_changed = True
    return case
