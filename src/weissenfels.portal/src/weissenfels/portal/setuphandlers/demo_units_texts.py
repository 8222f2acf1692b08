"""Texts of the demo units and the overview page, in every language residents read.

German is the source; the other languages are careful translations of it. Unit titles
in other languages keep the German name in brackets: it is what residents read on the
door and on letters. Contact data (language independent) is fictitious: demo numbers
(03443 000-…) and example.org addresses. Role titles only, never names.

In the HTML, {unit:<id>} and {page:<id>} become resolveuid links to that unit or page in the
same language and {finder} the link to the finder page of the language.
"""

# Same in every language (languageindependent fields of Organisationseinheit).
CONTACTS = {
    "clearingstelle": dict(
        address="Rathaus Weißenfels, Zimmer 1.12\nMarkt 1\n06667 Weißenfels",
        phone="03443 000-210",
        email="clearingstelle@weissenfels.example.org",
        desk_languages=["de", "en", "ro", "pl", "bg"],
        authority="beide",
    ),
    "wohnraumkontrolle": dict(
        address="Ordnungsamt Weißenfels\nMarkt 1\n06667 Weißenfels",
        phone="03443 000-320",
        email="wohnraumkontrolle@weissenfels.example.org",
        desk_languages=["de", "en", "ro"],
        authority="stadt",
    ),
    "sozialarbeit": dict(
        address="Unterwegs in der Neustadt; erreichbar über das Neustadtbüro\nBeispielweg 5\n06667 Weißenfels",
        phone="03443 000-430",
        email="sozialarbeit@weissenfels.example.org",
        desk_languages=["de", "ro", "bg", "hu", "pl"],
        authority="beide",
    ),
    "neustadtbuero": dict(
        address="Neustadtbüro\nBeispielweg 5\n06667 Weißenfels",
        phone="03443 000-540",
        email="neustadtbuero@weissenfels.example.org",
        desk_languages=["de", "en", "ro", "pl", "bg", "hu", "ar"],
        authority="stadt",
    ),
    "schulteam": dict(
        address="Schulteam im Neustadtbüro\nBeispielweg 5\n06667 Weißenfels",
        phone="03443 000-650",
        email="schulteam@weissenfels.example.org",
        desk_languages=["de", "en", "ro", "bg"],
        authority="beide",
    ),
}

OVERVIEW_ID = "der-weissenfelser-weg"

# Opening hours: "office" for units with a desk, "walk_in" for the Neustadtbüro,
# "outreach" for the social workers who come to people.
HOURS_OF_UNIT = {
    "clearingstelle": "office",
    "wohnraumkontrolle": "office",
    "sozialarbeit": "outreach",
    "neustadtbuero": "walk_in",
    "schulteam": "office",
}

TEXTS = {}

TEXTS["de"] = {
    "hours": {
        "office": "Montag bis Donnerstag 9–12 Uhr\nDienstag und Donnerstag auch 14–17 Uhr\nund nach Vereinbarung",
        "walk_in": "Montag bis Freitag 10–18 Uhr\nOffene Sprechstunde: ohne Termin",
        "outreach": (
            "Unterwegs in Weißenfels, vor allem in der Neustadt\nTermine nach Absprache, auch bei Ihnen zu Hause"
        ),
    },
    "units": {
        "clearingstelle": dict(
            title="Clearingstelle",
            description=(
                "Erste Anlaufstelle für alle EU-Bürgerinnen und EU-Bürger, die nach Weißenfels ziehen: "
                "Erstgespräch, Prüfung der Unterlagen, Beratung."
            ),
            goal=(
                "Ein geordneter Zuzug nach Weißenfels: Wer neu ankommt, bekommt früh Orientierung; überbelegte "
                "Wohnungen werden vermieden. Die Clearingstelle sammelt dafür Daten und Fakten und steuert die "
                "Zusammenarbeit der Ämter."
            ),
            tasks=[
                "Prüfung der mitgebrachten Dokumente",
                "Erstgespräch mit allen, die neu ankommen",
                "Prüfung der Freizügigkeit nach EU-Recht",
                "Fallmanagement: Begleitung über längere Zeit",
                "Verweisberatung: wer hilft bei welchem Anliegen",
                "Schnittstelle zu Meldebehörde, Ausländerbehörde, Jobcenter und Integration",
            ],
            target_group="Alle Bürgerinnen und Bürger aus Staaten der Europäischen Union, die nach Weißenfels ziehen.",
            text=(
                "<p>Im Erstgespräch klären wir gemeinsam Ihre Situation: Wohnung, Arbeit, Anmeldung, Kinder, "
                "Krankenversicherung. Sie erfahren, welche Unterlagen Sie brauchen und welche Stelle Ihnen "
                "weiterhilft. Das Gespräch ist kostenlos. Bringen Sie, wenn möglich, Ihren Ausweis, Ihren Arbeits- "
                "oder Mietvertrag mit.</p><p>In der Clearingstelle arbeiten Fachleute der Stadt und des Landkreises "
                "zusammen, zum Beispiel aus Meldewesen, Ausländerbehörde und Integration.</p>"
            ),
        ),
        "wohnraumkontrolle": dict(
            title="Wohnraumkontrolle",
            description=(
                "Gegen überbelegte, verwahrloste und gefährliche Wohnungen: Hinweise prüfen, gemeinsam "
                "kontrollieren, Missstände beheben."
            ),
            goal=(
                "Angemessener und geordneter Wohnraum für alle. Missstände und Verwahrlosung werden vermieden oder "
                "beseitigt, die gesetzlichen Mindestanforderungen an Wohnungen werden durchgesetzt."
            ),
            tasks=[
                "Feststellung von Verwahrlosung und gefährlichen Zuständen",
                (
                    "Aufdeckung von Verstößen gegen das Melderecht, zum Beispiel Anmeldungen von Personen, die dort "
                    "nicht "
                    "wohnen"
                ),
                "Feststellung von Verstößen gegen das Bauordnungsrecht",
                (
                    "Gemeinsame Kontrollen mit Ordnungsamt, Migrationsagentur des Landkreises, Polizei, Zoll und "
                    "Sozialarbeit"
                ),
            ],
            target_group="Mieterinnen und Mieter, Nachbarinnen und Nachbarn, Eigentümerinnen und Eigentümer.",
            text=(
                "<p>Sie wohnen in einer überbelegten Wohnung, es gibt Schimmel, keine Heizung, kein Wasser, "
                "Ungeziefer oder gefährliche Stromleitungen? Oder Sie sehen solche Zustände in Ihrer Nachbarschaft? "
                "Melden Sie es uns. Sie können den Hinweis auch ohne Ihren Namen geben.</p><p>Derzeit werden etwa 30 "
                "Häuser mit Problemlagen regelmäßig gemeinsam kontrolliert. Festgestellte Missstände werden "
                "konsequent verfolgt und behoben.</p>"
            ),
        ),
        "sozialarbeit": dict(
            title="Aufsuchende Sozialarbeit",
            description=(
                "Sozialarbeiterinnen und Sozialarbeiter, die zu den Menschen gehen: in ihrer Sprache, in der "
                "Nachbarschaft, vor allem für Familien."
            ),
            goal=(
                "Vertrauen schaffen und Menschen früh erreichen: als Lotsen ins Regelsystem, damit vor allem Kinder "
                "so schnell wie möglich ankommen und Familien früh Kontakt zu Hilfe haben."
            ),
            tasks=[
                "Unterwegs in Weißenfels: wir kommen zu Ihnen (Geh-Struktur)",
                "Pflege des Netzwerks aus Ämtern, Vereinen, Schulen und Initiativen",
                "Begleitung zu Ämtern und Beratungsstellen, hin zu den Angeboten vor Ort (Komm-Struktur)",
                "Verbindung zur Clearingstelle",
            ],
            target_group="Offen für alle Menschen, mit Schwerpunkt auf Familien.",
            text=(
                "<p>Sie müssen nicht zu uns kommen: Wir sind in der Neustadt unterwegs, sprechen Sie an und besuchen "
                "Sie auf Wunsch zu Hause. Viele von uns sprechen Rumänisch, Bulgarisch, Ungarisch oder Polnisch. Wir "
                "begleiten Sie zu Ämtern, Schulen und Beratungsstellen, bis Sie sich selbst zurechtfinden.</p>"
            ),
        ),
        "neustadtbuero": dict(
            title="Willkommenszentrum / Neustadtbüro",
            description=(
                "Der Treffpunkt in der Neustadt für alle: Beratung ohne Termin, Hilfe zur Selbsthilfe, Begegnung."
            ),
            goal=(
                "Ein Zentrum der Integration und ein Ankerpunkt für alle, für Alteingesessene und Zugewanderte: Wir "
                "lotsen in die Stadt, decken Missstände auf und helfen, sie zu beheben."
            ),
            tasks=[
                "Offene Sprechstunde ohne Termin (Komm-Struktur)",
                "Hilfe zur Selbsthilfe und Stärkung der eigenen Möglichkeiten",
                "Beratung zu Alltag, Ämtern, Arbeit und Wohnen",
                "Begegnung: Treffen, Kurse und Feste in der Nachbarschaft",
                "Vertrauen schaffen zwischen Nachbarinnen und Nachbarn",
            ],
            target_group="Offen für alle Menschen, mit Schwerpunkt auf Familien.",
            text=(
                "<p>Kommen Sie einfach vorbei, ein Termin ist nicht nötig. Wir helfen beim Ausfüllen von Formularen, "
                "erklären Briefe von Behörden, vermitteln Kontakte und hören zu. Im Neustadtbüro finden Sie auch die "
                "Aufsuchende Sozialarbeit und das Schulteam.</p>"
            ),
        ),
        "schulteam": dict(
            title="Schulteam: Schulerfolg",
            description=(
                "Jedes Kind erreichen: Hilfe bei der Schulanmeldung, bei Schwierigkeiten in der Schule und "
                "beim Übergang von der Kita in die Schule."
            ),
            goal=(
                "Jedes Kind erreichen und erfassen, an den Schulen gute Strukturen schaffen und jedes Kind integrieren."
            ),
            tasks=[
                "Begleitung der Schulanmeldung",
                "Wenn ein Kind nicht zur Schule geht: gemeinsam Lösungen finden, auch bei den Familien zu Hause",
                "Übergänge gestalten: von der Kita in die Grundschule und in die weiterführende Schule",
                "Koordination der vorhandenen Angebote an Kitas und Schulen",
            ],
            target_group=(
                "Kita-Kinder, schulpflichtige Kinder und Jugendliche (mit Migrationsgeschichte) und ihre Eltern."
            ),
            text=(
                "<p>In Deutschland müssen alle Kinder ab sechs Jahren zur Schule gehen. Wir erklären Ihnen das "
                "Schulsystem, helfen bei der Anmeldung an der richtigen Schule und begleiten Sie zum ersten Termin. "
                "Wenn es in der Schule Probleme gibt, sprechen wir mit Ihnen, mit Ihrem Kind und mit der Schule.</p>"
            ),
        ),
    },
    "overview": dict(
        title="Der Weißenfelser Weg",
        description=(
            "Stadt Weißenfels und Burgenlandkreis arbeiten gemeinsam daran, dass alle, die hier leben oder neu "
            "ankommen, gut wohnen, lernen und Hilfe finden."
        ),
        text=(
            "<h2>Was ist der Weißenfelser Weg?</h2>"
            "<p>In Weißenfels, besonders in der Neustadt, leben viele Menschen, die aus anderen Ländern der "
            "Europäischen Union zum Arbeiten gekommen sind. Das bringt Herausforderungen: überbelegte und "
            "vernachlässigte Wohnungen, Probleme bei der Anmeldung, Kinder, die nicht zur Schule gehen, und Menschen, "
            "die von den üblichen Hilfsangeboten nicht erreicht werden.</p>"
            "<p>Die Stadt Weißenfels und der Burgenlandkreis haben deshalb vereinbart, gemeinsam zu handeln: Der "
            "Weißenfelser Weg. Vorbild ist die Stadt Rheda-Wiedenbrück, die seit 2013 mit einem solchen Modell "
            "arbeitet.</p>"
            "<h2>Stadt und Landkreis gemeinsam</h2>"
            "<p>Viele Zuständigkeiten sind zwischen Stadt und Landkreis verteilt: Meldewesen und Ordnungsamt bei der "
            "Stadt, Jugendamt, Ausländerbehörde und Migrationsagentur beim Landkreis. Im Weißenfelser Weg sitzen beide "
            "an einem Tisch, stimmen ihr Handeln ab und klären, wer wofür verantwortlich ist.</p>"
            "<h2>Die fünf Organisationseinheiten</h2>"
            "<ul>"
            '<li><a href="{unit:clearingstelle}">Clearingstelle</a>: erste Anlaufstelle für alle, die aus der EU nach '
            "Weißenfels ziehen.</li>"
            '<li><a href="{unit:wohnraumkontrolle}">Wohnraumkontrolle</a>: gegen überbelegte und verwahrloste '
            "Wohnungen.</li>"
            '<li><a href="{unit:sozialarbeit}">Aufsuchende Sozialarbeit</a>: Sozialarbeit, die zu den Menschen '
            "geht.</li>"
            '<li><a href="{unit:neustadtbuero}">Willkommenszentrum / Neustadtbüro</a>: Treffpunkt und Beratung ohne '
            "Termin.</li>"
            '<li><a href="{unit:schulteam}">Schulteam: Schulerfolg</a>: damit jedes Kind zur Schule geht.</li>'
            "</ul>"
            '<p>Sie wissen nicht, wer Ihnen hilft? Die Seite <a href="{finder}">Wer hilft mir?</a> führt Sie in '
            "wenigen Schritten zur richtigen Stelle.</p>"
            '<p>Das Wichtigste in einfachen Worten: <a href="{page:leichte-sprache}">Der Weißenfelser Weg in Leichter '
            "Sprache</a>.</p>"
            "<h2>Die Arbeitsgruppen</h2>"
            "<p>Vier Arbeitsgruppen bereiten die Einheiten vor: Clearingstelle, Wohnraumkontrolle mit "
            "Ordnungskontrolle, Neustadtbüro mit Aufsuchender Sozialarbeit und Schulteam. Jede Gruppe wird von einem "
            "Tandem geleitet: einer Leitung aus dem Landkreis und einer aus der Stadt. Ein Steuerungstandem, die "
            "Integrationskoordination des Landkreises und die Integrationsbeauftragte der Stadt, hält alles "
            "zusammen.</p>"
            "<h2>Zeitplan</h2>"
            "<ul>"
            "<li>2021: Lernreise von Fachleuten aus Stadt und Landkreis nach Rheda-Wiedenbrück.</li>"
            "<li>4. November 2021: gemeinsamer Workshop von Landkreis und Stadt; die fünf Organisationseinheiten und "
            "die Arbeitsgruppen werden festgelegt.</li>"
            "<li>7. Dezember 2021: Vorstellung im Sozialausschuss der Stadt.</li>"
            "<li>21. Januar 2022: Die Arbeitsgruppen stellen ihre Berichte dem Landrat und dem Oberbürgermeister "
            "vor.</li>"
            "<li>Februar 2022: Information des Hauptausschusses.</li>"
            "<li>März 2022: Projektübersicht und Arbeitsstand im Sozialausschuss.</li>"
            "</ul>"
            "<p>Die Wohnraumkontrollen laufen bereits weiter; die Clearingstelle ist der nächste Schritt.</p>"
        ),
    ),
}

TEXTS["en"] = {
    "hours": {
        "office": "Monday to Thursday 9 am – 12 noon\nTuesday and Thursday also 2 – 5 pm\nand by appointment",
        "walk_in": "Monday to Friday 10 am – 6 pm\nOpen consultation: no appointment needed",
        "outreach": (
            "Out and about in Weißenfels, above all in the Neustadt quarter\nAppointments by arrangement, also "
            "at your home"
        ),
    },
    "units": {
        "clearingstelle": dict(
            title="Clearing Office (Clearingstelle)",
            description=(
                "The first point of contact for all EU citizens moving to Weißenfels: first interview, "
                "checking documents, advice."
            ),
            goal=(
                "Orderly arrival in Weißenfels: newcomers get guidance early on, and overcrowded housing is avoided. "
                "To this end the Clearing Office collects data and facts and coordinates the work of the public "
                "offices."
            ),
            tasks=[
                "Checking the documents you bring",
                "A first interview with everyone who arrives",
                "Checking the right of free movement under EU law",
                "Case management: support over a longer period",
                "Referral advice: who helps with which matter",
                "Link to the registration office, the immigration office, the job centre and integration services",
            ],
            target_group="All citizens of European Union countries who move to Weißenfels.",
            text=(
                "<p>In the first interview we look at your situation together: housing, work, registration, children, "
                "health insurance. You find out which documents you need and which office can help you. The interview "
                "is free of charge. If possible, bring your identity card and your employment or tenancy "
                "contract.</p><p>At the Clearing Office, specialists from the city and the district work together, "
                "for example from the registration office, the immigration office and integration services.</p>"
            ),
        ),
        "wohnraumkontrolle": dict(
            title="Housing Inspection (Wohnraumkontrolle)",
            description=(
                "Against overcrowded, neglected and dangerous housing: checking reports, joint inspections, "
                "putting things right."
            ),
            goal=(
                "Adequate and orderly housing for everyone. Grievances and neglect are prevented or removed, and the "
                "legal minimum standards for housing are enforced."
            ),
            tasks=[
                "Identifying neglect and dangerous conditions",
                (
                    "Uncovering breaches of registration law, for example people registered at an address where they "
                    "do "
                    "not live"
                ),
                "Identifying breaches of building regulations",
                (
                    "Joint inspections with the public order office, the district's migration agency, the police, "
                    "customs "
                    "and social workers"
                ),
            ],
            target_group="Tenants, neighbours and property owners.",
            text=(
                "<p>Do you live in an overcrowded flat, is there mould, no heating, no water, vermin or dangerous "
                "wiring? Or do you see such conditions in your neighbourhood? Tell us. You can also report it without "
                "giving your name.</p><p>About 30 buildings with serious problems are currently inspected jointly on "
                "a regular basis. Grievances that are found are followed up consistently and put right.</p>"
            ),
        ),
        "sozialarbeit": dict(
            title="Outreach Social Work (Aufsuchende Sozialarbeit)",
            description=(
                "Social workers who go to the people: in their language, in the neighbourhood, above all for families."
            ),
            goal=(
                "Building trust and reaching people early: as guides into the regular support system, so that "
                "children above all settle in as quickly as possible and families are in touch with help early on."
            ),
            tasks=[
                "Out and about in Weißenfels: we come to you",
                "Looking after the network of public offices, associations, schools and initiatives",
                "Accompanying you to public offices and advice centres, and to the services on offer locally",
                "Link to the Clearing Office",
            ],
            target_group="Open to everyone, with a focus on families.",
            text=(
                "<p>You do not have to come to us: we are out and about in the Neustadt quarter, we talk to you and, "
                "if you wish, visit you at home. Many of us speak Romanian, Bulgarian, Hungarian or Polish. We go "
                "with you to public offices, schools and advice centres until you find your own way.</p>"
            ),
        ),
        "neustadtbuero": dict(
            title="Welcome Centre / Neustadt Office (Neustadtbüro)",
            description=(
                "The meeting place in the Neustadt quarter for everyone: advice without an appointment, help "
                "to help yourself, meeting people."
            ),
            goal=(
                "A centre of integration and an anchor point for everyone, long-time residents and newcomers alike: "
                "we guide people around the city, uncover grievances and help to put them right."
            ),
            tasks=[
                "Open consultation hours without an appointment",
                "Help to help yourself and to make the most of your own abilities",
                "Advice on everyday life, public offices, work and housing",
                "Meeting people: get-togethers, courses and festivals in the neighbourhood",
                "Building trust between neighbours",
            ],
            target_group="Open to everyone, with a focus on families.",
            text=(
                "<p>Just drop in, you do not need an appointment. We help you fill in forms, explain letters from "
                "public offices, put you in touch with the right people and listen. The outreach social workers and "
                "the School Team are also based at the Neustadt Office.</p>"
            ),
        ),
        "schulteam": dict(
            title="School Team: School Success (Schulteam)",
            description=(
                "Reaching every child: help with school registration, with difficulties at school and with the "
                "move from nursery to school."
            ),
            goal=(
                "Reaching and registering every child, building good structures at the schools and integrating every "
                "child."
            ),
            tasks=[
                "Support with school registration",
                "When a child does not go to school: finding solutions together, also with families at home",
                "Shaping transitions: from nursery to primary school and on to secondary school",
                "Coordinating the existing services at nurseries and schools",
            ],
            target_group=(
                "Nursery children, children and young people of school age (with a migration background) and "
                "their parents."
            ),
            text=(
                "<p>In Germany all children must go to school from the age of six. We explain the school system, help "
                "you register at the right school and go with you to the first appointment. If there are problems at "
                "school, we talk to you, to your child and to the school.</p>"
            ),
        ),
    },
    "overview": dict(
        title="The Weißenfels Way (Der Weißenfelser Weg)",
        description=(
            "The city of Weißenfels and the Burgenlandkreis district work together so that everyone who lives "
            "here or has just arrived can find good housing, learn and get help."
        ),
        text=(
            "<h2>What is the Weißenfels Way?</h2>"
            "<p>Many people who came from other European Union countries to work live in Weißenfels, especially in the "
            "Neustadt quarter. This brings challenges: overcrowded and neglected housing, problems with registration, "
            "children who do not go to school, and people whom the usual support services do not reach.</p>"
            "<p>The city of Weißenfels and the Burgenlandkreis district have therefore agreed to act together: the "
            "Weißenfels Way. The model is the town of Rheda-Wiedenbrück, which has worked this way since 2013.</p>"
            "<h2>City and district together</h2>"
            "<p>Many responsibilities are split between the city and the district: registration and public order lie "
            "with the city; the youth welfare office, the immigration office and the migration agency lie with the "
            "district. In the Weißenfels Way both sit at one table, coordinate what they do and clarify who is "
            "responsible for what.</p>"
            "<h2>The five organisational units</h2>"
            "<ul>"
            '<li><a href="{unit:clearingstelle}">Clearing Office</a>: the first point of contact for everyone moving '
            "to Weißenfels from the EU.</li>"
            '<li><a href="{unit:wohnraumkontrolle}">Housing Inspection</a>: against overcrowded and neglected '
            "housing.</li>"
            '<li><a href="{unit:sozialarbeit}">Outreach Social Work</a>: social work that goes to the people.</li>'
            '<li><a href="{unit:neustadtbuero}">Welcome Centre / Neustadt Office</a>: a meeting place and advice '
            "without an appointment.</li>"
            '<li><a href="{unit:schulteam}">School Team: School Success</a>: so that every child goes to school.</li>'
            "</ul>"
            '<p>Not sure who can help you? The page <a href="{finder}">Who can help me?</a> takes you to the right '
            "place in a few steps.</p>"
            "<h2>The working groups</h2>"
            "<p>Four working groups prepare the units: Clearing Office, Housing Inspection with public order checks, "
            "Neustadt Office with Outreach Social Work, and School Team. Each group is led by a tandem: one lead from "
            "the district and one from the city. A steering tandem, the district's integration coordinator and the "
            "city's integration officer, holds everything together.</p>"
            "<h2>Timeline</h2>"
            "<ul>"
            "<li>2021: study trip by specialists from the city and the district to Rheda-Wiedenbrück.</li>"
            "<li>4 November 2021: joint workshop of district and city; the five organisational units and the working "
            "groups are defined.</li>"
            "<li>7 December 2021: presentation to the city's social affairs committee.</li>"
            "<li>21 January 2022: the working groups present their reports to the district administrator and the "
            "mayor.</li>"
            "<li>February 2022: the city's main committee is informed.</li>"
            "<li>March 2022: project overview and progress report to the social affairs committee.</li>"
            "</ul>"
            "<p>The housing inspections are already continuing; the Clearing Office is the next step.</p>"
        ),
    ),
}

TEXTS["ro"] = {
    "hours": {
        "office": "Luni până joi, 9–12\nMarți și joi și 14–17\nși pe bază de programare",
        "walk_in": "Luni până vineri, 10–18\nConsultații deschise: fără programare",
        "outreach": (
            "Pe teren în Weißenfels, mai ales în cartierul Neustadt\nÎntâlniri stabilite de comun acord, și la "
            "dumneavoastră acasă"
        ),
    },
    "units": {
        "clearingstelle": dict(
            title="Biroul de clarificare (Clearingstelle)",
            description=(
                "Primul punct de contact pentru toți cetățenii UE care se mută la Weißenfels: discuție "
                "inițială, verificarea documentelor, consiliere."
            ),
            goal=(
                "O sosire ordonată la Weißenfels: cei nou-sosiți primesc de la început îndrumare, iar "
                "supraaglomerarea locuințelor este evitată. Pentru aceasta, biroul adună date și fapte și coordonează "
                "colaborarea dintre instituții."
            ),
            tasks=[
                "Verificarea documentelor pe care le aduceți",
                "O discuție inițială cu toți cei nou-sosiți",
                "Verificarea dreptului la liberă circulație conform legislației UE",
                "Managementul cazului: sprijin pe o perioadă mai lungă",
                "Îndrumare: cine vă ajută și cu ce",
                (
                    "Legătura cu biroul de evidență a populației, biroul pentru străini, agenția pentru ocuparea "
                    "forței de "
                    "muncă (Jobcenter) și serviciile de integrare"
                ),
            ],
            target_group="Toți cetățenii statelor Uniunii Europene care se mută la Weißenfels.",
            text=(
                "<p>În discuția inițială analizăm împreună situația dumneavoastră: locuință, loc de muncă, "
                "înregistrarea domiciliului, copii, asigurare de sănătate. Aflați de ce documente aveți nevoie și ce "
                "instituție vă poate ajuta. Discuția este gratuită. Dacă puteți, aduceți actul de identitate și "
                "contractul de muncă sau de închiriere.</p><p>La Biroul de clarificare lucrează împreună specialiști "
                "ai orașului și ai districtului, de exemplu de la evidența populației, biroul pentru străini și "
                "serviciile de integrare.</p>"
            ),
        ),
        "wohnraumkontrolle": dict(
            title="Controlul locuințelor (Wohnraumkontrolle)",
            description=(
                "Împotriva locuințelor supraaglomerate, degradate și periculoase: verificarea sesizărilor, "
                "controale comune, remedierea problemelor."
            ),
            goal=(
                "Locuințe adecvate și ordonate pentru toți. Problemele și degradarea sunt prevenite sau înlăturate, "
                "iar cerințele minime prevăzute de lege pentru locuințe sunt impuse."
            ),
            tasks=[
                "Constatarea degradării și a situațiilor periculoase",
                (
                    "Descoperirea încălcărilor legii privind evidența populației, de exemplu persoane înregistrate la "
                    "o "
                    "adresă unde nu locuiesc"
                ),
                "Constatarea încălcărilor normelor de construcție",
                (
                    "Controale comune cu biroul de ordine publică, agenția pentru migrație a districtului, poliția, "
                    "vama "
                    "și asistenții sociali"
                ),
            ],
            target_group="Chiriași, vecini și proprietari.",
            text=(
                "<p>Locuiți într-o locuință supraaglomerată, există mucegai, nu aveți încălzire sau apă, sunt "
                "dăunători sau instalații electrice periculoase? Sau vedeți astfel de situații în vecinătate? "
                "Anunțați-ne. Puteți face sesizarea și fără să vă spuneți numele.</p><p>În prezent, aproximativ 30 de "
                "clădiri cu probleme sunt controlate împreună în mod regulat. Problemele constatate sunt urmărite "
                "consecvent și remediate.</p>"
            ),
        ),
        "sozialarbeit": dict(
            title="Asistență socială pe teren (Aufsuchende Sozialarbeit)",
            description="Asistenți sociali care merg la oameni: în limba lor, în cartier, mai ales pentru familii.",
            goal=(
                "Să câștigăm încrederea oamenilor și să ajungem devreme la ei: ca ghizi către sistemul obișnuit de "
                "sprijin, pentru ca mai ales copiii să se integreze cât mai repede, iar familiile să aibă din timp "
                "legătura cu ajutorul de care au nevoie."
            ),
            tasks=[
                "Pe teren în Weißenfels: venim noi la dumneavoastră",
                "Menținerea rețelei de instituții, asociații, școli și inițiative",
                "Vă însoțim la instituții și centre de consiliere și vă arătăm serviciile disponibile în oraș",
                "Legătura cu Biroul de clarificare",
            ],
            target_group="Deschis pentru toți, cu accent pe familii.",
            text=(
                "<p>Nu trebuie să veniți dumneavoastră la noi: suntem pe teren în cartierul Neustadt, vă abordăm și, "
                "dacă doriți, vă vizităm acasă. Mulți dintre noi vorbesc română, bulgară, maghiară sau poloneză. Vă "
                "însoțim la instituții, școli și centre de consiliere până când vă descurcați singuri.</p>"
            ),
        ),
        "neustadtbuero": dict(
            title="Centrul de bun venit / Biroul Neustadt (Neustadtbüro)",
            description=(
                "Locul de întâlnire din cartierul Neustadt pentru toți: consiliere fără programare, ajutor "
                "pentru a vă descurca singuri, întâlniri."
            ),
            goal=(
                "Un centru al integrării și un punct de sprijin pentru toți, localnici și nou-veniți deopotrivă: vă "
                "ghidăm prin oraș, descoperim problemele și ajutăm la rezolvarea lor."
            ),
            tasks=[
                "Consultații deschise, fără programare",
                "Ajutor pentru a vă descurca singuri și a vă folosi propriile puteri",
                "Consiliere despre viața de zi cu zi, instituții, muncă și locuință",
                "Întâlniri: reuniuni, cursuri și sărbători în cartier",
                "Construirea încrederii între vecini",
            ],
            target_group="Deschis pentru toți, cu accent pe familii.",
            text=(
                "<p>Treceți pur și simplu pe la noi, nu aveți nevoie de programare. Vă ajutăm să completați "
                "formulare, vă explicăm scrisorile de la autorități, vă punem în legătură cu persoanele potrivite și "
                "vă ascultăm. Tot la Biroul Neustadt găsiți asistenții sociali de teren și Echipa școlară.</p>"
            ),
        ),
        "schulteam": dict(
            title="Echipa școlară: succes la școală (Schulteam)",
            description=(
                "Să ajungem la fiecare copil: ajutor la înscrierea la școală, la dificultăți la școală și la "
                "trecerea de la grădiniță la școală."
            ),
            goal=(
                "Să ajungem la fiecare copil și să-l înregistrăm, să creăm structuri bune în școli și să integrăm "
                "fiecare copil."
            ),
            tasks=[
                "Sprijin la înscrierea la școală",
                "Când un copil nu merge la școală: găsim soluții împreună, și la familie acasă",
                (
                    "Trecerile de la o etapă la alta: de la grădiniță la școala primară și mai departe la gimnaziu și "
                    "liceu"
                ),
                "Coordonarea serviciilor existente în grădinițe și școli",
            ],
            target_group=(
                "Copii de grădiniță, copii și tineri de vârstă școlară (cu istoric de migrație) și părinții lor."
            ),
            text=(
                "<p>În Germania, toți copiii trebuie să meargă la școală de la vârsta de șase ani. Vă explicăm "
                "sistemul școlar, vă ajutăm să vă înscrieți copilul la școala potrivită și vă însoțim la prima "
                "întâlnire. Dacă apar probleme la școală, vorbim cu dumneavoastră, cu copilul și cu școala.</p>"
            ),
        ),
    },
    "overview": dict(
        title="Calea Weißenfels (Der Weißenfelser Weg)",
        description=(
            "Orașul Weißenfels și districtul Burgenlandkreis lucrează împreună pentru ca toți cei care "
            "locuiesc aici sau abia au sosit să aibă o locuință bună, să învețe și să găsească ajutor."
        ),
        text=(
            "<h2>Ce este Calea Weißenfels?</h2>"
            "<p>În Weißenfels, mai ales în cartierul Neustadt, locuiesc mulți oameni veniți la muncă din alte țări ale "
            "Uniunii Europene. Acest lucru aduce provocări: locuințe supraaglomerate și degradate, probleme cu "
            "înregistrarea domiciliului, copii care nu merg la școală și oameni la care serviciile obișnuite de "
            "sprijin nu ajung.</p>"
            "<p>De aceea, orașul Weißenfels și districtul Burgenlandkreis au convenit să acționeze împreună: Calea "
            "Weißenfels. Modelul este orașul Rheda-Wiedenbrück, care lucrează astfel din 2013.</p>"
            "<h2>Orașul și districtul împreună</h2>"
            "<p>Multe responsabilități sunt împărțite între oraș și district: evidența populației și ordinea publică "
            "țin de oraș, iar oficiul pentru tineret, biroul pentru străini și agenția pentru migrație țin de "
            "district. În Calea Weißenfels, ambele stau la aceeași masă, își coordonează acțiunile și clarifică cine "
            "răspunde de ce.</p>"
            "<h2>Cele cinci unități organizatorice</h2>"
            "<ul>"
            '<li><a href="{unit:clearingstelle}">Biroul de clarificare</a>: primul punct de contact pentru toți cei '
            "care se mută din UE la Weißenfels.</li>"
            '<li><a href="{unit:wohnraumkontrolle}">Controlul locuințelor</a>: împotriva locuințelor supraaglomerate '
            "și degradate.</li>"
            '<li><a href="{unit:sozialarbeit}">Asistență socială pe teren</a>: asistență socială care merge la '
            "oameni.</li>"
            '<li><a href="{unit:neustadtbuero}">Centrul de bun venit / Biroul Neustadt</a>: loc de întâlnire și '
            "consiliere fără programare.</li>"
            '<li><a href="{unit:schulteam}">Echipa școlară: succes la școală</a>: pentru ca fiecare copil să meargă la '
            "școală.</li>"
            "</ul>"
            '<p>Nu știți cine vă poate ajuta? Pagina <a href="{finder}">Cine mă poate ajuta?</a> vă duce în câțiva '
            "pași la locul potrivit.</p>"
            "<h2>Grupurile de lucru</h2>"
            "<p>Patru grupuri de lucru pregătesc unitățile: Biroul de clarificare, Controlul locuințelor împreună cu "
            "controlul ordinii publice, Biroul Neustadt împreună cu asistența socială pe teren și Echipa școlară. "
            "Fiecare grup este condus de un tandem: un coordonator din partea districtului și unul din partea "
            "orașului. Un tandem de coordonare, format din coordonatoarea pentru integrare a districtului și "
            "responsabila pentru integrare a orașului, ține totul laolaltă.</p>"
            "<h2>Calendar</h2>"
            "<ul>"
            "<li>2021: vizită de studiu a specialiștilor orașului și ai districtului la Rheda-Wiedenbrück.</li>"
            "<li>4 noiembrie 2021: atelier comun al districtului și al orașului; sunt stabilite cele cinci unități "
            "organizatorice și grupurile de lucru.</li>"
            "<li>7 decembrie 2021: prezentare în comisia pentru afaceri sociale a orașului.</li>"
            "<li>21 ianuarie 2022: grupurile de lucru își prezintă rapoartele administratorului districtului (Landrat) "
            "și primarului.</li>"
            "<li>Februarie 2022: informarea comisiei principale a consiliului local.</li>"
            "<li>Martie 2022: prezentarea proiectului și a stadiului lucrărilor în comisia pentru afaceri sociale.</li>"
            "</ul>"
            "<p>Controalele locuințelor continuă deja; Biroul de clarificare este următorul pas.</p>"
        ),
    ),
}

TEXTS["pl"] = {
    "hours": {
        "office": (
            "Od poniedziałku do czwartku 9:00–12:00\nWe wtorki i czwartki także 14:00–17:00\noraz po uzgodnieniu "
            "terminu"
        ),
        "walk_in": "Od poniedziałku do piątku 10:00–18:00\nOtwarte dyżury: bez umawiania się",
        "outreach": (
            "W terenie w Weißenfels, przede wszystkim na osiedlu Neustadt\nSpotkania po uzgodnieniu, także u "
            "Państwa w domu"
        ),
    },
    "units": {
        "clearingstelle": dict(
            title="Punkt wyjaśniający (Clearingstelle)",
            description=(
                "Pierwszy punkt kontaktowy dla wszystkich obywateli UE, którzy przeprowadzają się do "
                "Weißenfels: pierwsza rozmowa, sprawdzenie dokumentów, doradztwo."
            ),
            goal=(
                "Uporządkowany napływ nowych mieszkańców do Weißenfels: osoby nowo przybyłe otrzymują wcześnie "
                "wskazówki, a przeludnienie mieszkań jest unikane. W tym celu punkt zbiera dane i fakty oraz "
                "koordynuje współpracę urzędów."
            ),
            tasks=[
                "Sprawdzenie przyniesionych dokumentów",
                "Pierwsza rozmowa ze wszystkimi nowo przybyłymi",
                "Sprawdzenie prawa do swobodnego przemieszczania się zgodnie z prawem UE",
                "Prowadzenie sprawy: wsparcie przez dłuższy czas",
                "Wskazanie, kto pomoże w danej sprawie",
                "Łącznik z urzędem meldunkowym, urzędem ds. cudzoziemców, Jobcenter i służbami ds. integracji",
            ],
            target_group="Wszyscy obywatele państw Unii Europejskiej, którzy przeprowadzają się do Weißenfels.",
            text=(
                "<p>Podczas pierwszej rozmowy wspólnie omawiamy Państwa sytuację: mieszkanie, pracę, zameldowanie, "
                "dzieci, ubezpieczenie zdrowotne. Dowiedzą się Państwo, jakie dokumenty są potrzebne i który urząd "
                "może pomóc. Rozmowa jest bezpłatna. Jeśli to możliwe, prosimy zabrać dowód osobisty oraz umowę o "
                "pracę lub umowę najmu.</p><p>W Punkcie wyjaśniającym pracują razem specjaliści miasta i powiatu, na "
                "przykład z urzędu meldunkowego, urzędu ds. cudzoziemców i służb ds. integracji.</p>"
            ),
        ),
        "wohnraumkontrolle": dict(
            title="Kontrola mieszkań (Wohnraumkontrolle)",
            description=(
                "Przeciw przeludnionym, zaniedbanym i niebezpiecznym mieszkaniom: sprawdzanie zgłoszeń, "
                "wspólne kontrole, usuwanie nieprawidłowości."
            ),
            goal=(
                "Odpowiednie i uporządkowane mieszkania dla wszystkich. Zapobiegamy nieprawidłowościom i zaniedbaniom "
                "lub je usuwamy oraz egzekwujemy ustawowe minimalne wymagania dotyczące mieszkań."
            ),
            tasks=[
                "Stwierdzanie zaniedbań i niebezpiecznych warunków",
                (
                    "Wykrywanie naruszeń prawa meldunkowego, na przykład meldowania osób, które pod danym adresem nie "
                    "mieszkają"
                ),
                "Stwierdzanie naruszeń prawa budowlanego",
                (
                    "Wspólne kontrole z urzędem porządku publicznego, agencją ds. migracji powiatu, policją, służbą "
                    "celną "
                    "i pracownikami socjalnymi"
                ),
            ],
            target_group="Najemcy, sąsiedzi i właściciele nieruchomości.",
            text=(
                "<p>Mieszkają Państwo w przeludnionym mieszkaniu, jest tam pleśń, nie ma ogrzewania ani wody, są "
                "szkodniki lub niebezpieczna instalacja elektryczna? A może widzą Państwo takie warunki w "
                "sąsiedztwie? Prosimy nam to zgłosić. Zgłoszenia można dokonać także bez podawania "
                "nazwiska.</p><p>Obecnie około 30 budynków z problemami jest regularnie wspólnie kontrolowanych. "
                "Stwierdzone nieprawidłowości są konsekwentnie ścigane i usuwane.</p>"
            ),
        ),
        "sozialarbeit": dict(
            title="Streetworking – praca socjalna w terenie (Aufsuchende Sozialarbeit)",
            description=(
                "Pracownicy socjalni, którzy przychodzą do ludzi: w ich języku, w sąsiedztwie, przede "
                "wszystkim dla rodzin."
            ),
            goal=(
                "Budowanie zaufania i wczesne docieranie do ludzi: jako przewodnicy do zwykłego systemu pomocy, tak "
                "aby przede wszystkim dzieci jak najszybciej się zaaklimatyzowały, a rodziny wcześnie nawiązały "
                "kontakt z pomocą."
            ),
            tasks=[
                "W terenie w Weißenfels: przychodzimy do Państwa",
                "Dbanie o sieć współpracy urzędów, stowarzyszeń, szkół i inicjatyw",
                "Towarzyszenie w drodze do urzędów i poradni oraz do ofert dostępnych na miejscu",
                "Łącznik z Punktem wyjaśniającym",
            ],
            target_group="Otwarte dla wszystkich, ze szczególnym uwzględnieniem rodzin.",
            text=(
                "<p>Nie muszą Państwo do nas przychodzić: jesteśmy w terenie na osiedlu Neustadt, zagadujemy i na "
                "życzenie odwiedzamy Państwa w domu. Wielu z nas mówi po rumuńsku, bułgarsku, węgiersku lub polsku. "
                "Towarzyszymy Państwu w urzędach, szkołach i poradniach, dopóki nie poradzą sobie Państwo sami.</p>"
            ),
        ),
        "neustadtbuero": dict(
            title="Centrum Powitalne / Biuro Neustadt (Neustadtbüro)",
            description=(
                "Miejsce spotkań na osiedlu Neustadt dla wszystkich: porady bez umawiania się, pomoc w "
                "samodzielnym radzeniu sobie, spotkania."
            ),
            goal=(
                "Centrum integracji i punkt oparcia dla wszystkich, zarówno dla dawnych, jak i nowych mieszkańców: "
                "pomagamy odnaleźć się w mieście, wykrywamy nieprawidłowości i pomagamy je usunąć."
            ),
            tasks=[
                "Otwarte dyżury bez umawiania się",
                "Pomoc w samodzielnym radzeniu sobie i wzmacnianie własnych możliwości",
                "Porady dotyczące codziennego życia, urzędów, pracy i mieszkania",
                "Spotkania: zebrania, kursy i święta w sąsiedztwie",
                "Budowanie zaufania między sąsiadami",
            ],
            target_group="Otwarte dla wszystkich, ze szczególnym uwzględnieniem rodzin.",
            text=(
                "<p>Wystarczy przyjść, nie trzeba się umawiać. Pomagamy wypełniać formularze, wyjaśniamy pisma z "
                "urzędów, kontaktujemy z właściwymi osobami i słuchamy. W Biurze Neustadt znajdą Państwo także "
                "pracowników socjalnych pracujących w terenie oraz Zespół szkolny.</p>"
            ),
        ),
        "schulteam": dict(
            title="Zespół szkolny: sukces w szkole (Schulteam)",
            description=(
                "Dotrzeć do każdego dziecka: pomoc przy zapisie do szkoły, przy trudnościach w szkole i przy "
                "przejściu z przedszkola do szkoły."
            ),
            goal=(
                "Dotrzeć do każdego dziecka i każde zarejestrować, stworzyć dobre struktury w szkołach i zintegrować "
                "każde dziecko."
            ),
            tasks=[
                "Pomoc przy zapisie do szkoły",
                "Gdy dziecko nie chodzi do szkoły: wspólne szukanie rozwiązań, także u rodzin w domu",
                "Kształtowanie przejść: z przedszkola do szkoły podstawowej i dalej do szkoły średniej",
                "Koordynacja istniejących ofert w przedszkolach i szkołach",
            ],
            target_group=(
                "Dzieci w wieku przedszkolnym, dzieci i młodzież w wieku szkolnym (z doświadczeniem migracji) "
                "oraz ich rodzice."
            ),
            text=(
                "<p>W Niemczech wszystkie dzieci od szóstego roku życia muszą chodzić do szkoły. Wyjaśniamy system "
                "szkolny, pomagamy zapisać dziecko do właściwej szkoły i towarzyszymy Państwu podczas pierwszego "
                "spotkania. Jeśli w szkole pojawiają się problemy, rozmawiamy z Państwem, z dzieckiem i ze "
                "szkołą.</p>"
            ),
        ),
    },
    "overview": dict(
        title="Droga Weißenfels (Der Weißenfelser Weg)",
        description=(
            "Miasto Weißenfels i powiat Burgenlandkreis wspólnie działają na rzecz tego, by wszyscy, którzy tu "
            "mieszkają lub właśnie przyjechali, mieli dobre mieszkanie, mogli się uczyć i znaleźć pomoc."
        ),
        text=(
            "<h2>Czym jest Droga Weißenfels?</h2>"
            "<p>W Weißenfels, zwłaszcza na osiedlu Neustadt, mieszka wiele osób, które przyjechały do pracy z innych "
            "krajów Unii Europejskiej. Wiąże się to z wyzwaniami: przeludnione i zaniedbane mieszkania, problemy z "
            "zameldowaniem, dzieci, które nie chodzą do szkoły, oraz ludzie, do których nie docierają zwykłe formy "
            "pomocy.</p>"
            "<p>Dlatego miasto Weißenfels i powiat Burgenlandkreis uzgodniły, że będą działać wspólnie: Droga "
            "Weißenfels. Wzorem jest miasto Rheda-Wiedenbrück, które pracuje według takiego modelu od 2013 roku.</p>"
            "<h2>Miasto i powiat razem</h2>"
            "<p>Wiele kompetencji jest podzielonych między miasto i powiat: sprawy meldunkowe i porządek publiczny "
            "należą do miasta, a urząd ds. młodzieży, urząd ds. cudzoziemców i agencja ds. migracji do powiatu. W "
            "ramach Drogi Weißenfels obie strony siedzą przy jednym stole, uzgadniają swoje działania i ustalają, kto "
            "za co odpowiada.</p>"
            "<h2>Pięć jednostek organizacyjnych</h2>"
            "<ul>"
            '<li><a href="{unit:clearingstelle}">Punkt wyjaśniający</a>: pierwszy punkt kontaktowy dla wszystkich, '
            "którzy przeprowadzają się z UE do Weißenfels.</li>"
            '<li><a href="{unit:wohnraumkontrolle}">Kontrola mieszkań</a>: przeciw przeludnionym i zaniedbanym '
            "mieszkaniom.</li>"
            '<li><a href="{unit:sozialarbeit}">Streetworking – praca socjalna w terenie</a>: praca socjalna, która '
            "przychodzi do ludzi.</li>"
            '<li><a href="{unit:neustadtbuero}">Centrum Powitalne / Biuro Neustadt</a>: miejsce spotkań i porady bez '
            "umawiania się.</li>"
            '<li><a href="{unit:schulteam}">Zespół szkolny: sukces w szkole</a>: aby każde dziecko chodziło do '
            "szkoły.</li>"
            "</ul>"
            '<p>Nie wiedzą Państwo, kto może pomóc? Strona <a href="{finder}">Kto mi pomoże?</a> w kilku krokach '
            "wskaże właściwe miejsce.</p>"
            "<h2>Grupy robocze</h2>"
            "<p>Cztery grupy robocze przygotowują jednostki: Punkt wyjaśniający, Kontrola mieszkań wraz z kontrolą "
            "porządku publicznego, Biuro Neustadt wraz z pracą socjalną w terenie oraz Zespół szkolny. Każdą grupą "
            "kieruje tandem: jedna osoba z powiatu i jedna z miasta. Tandem koordynujący, czyli koordynatorka ds. "
            "integracji powiatu i pełnomocniczka ds. integracji miasta, spina całość.</p>"
            "<h2>Harmonogram</h2>"
            "<ul>"
            "<li>2021: wizyta studyjna specjalistów z miasta i powiatu w Rheda-Wiedenbrück.</li>"
            "<li>4 listopada 2021: wspólne warsztaty powiatu i miasta; ustalono pięć jednostek organizacyjnych i grupy "
            "robocze.</li>"
            "<li>7 grudnia 2021: prezentacja w komisji spraw społecznych miasta.</li>"
            "<li>21 stycznia 2022: grupy robocze przedstawiają swoje sprawozdania staroście i burmistrzowi.</li>"
            "<li>Luty 2022: informacja dla komisji głównej rady miasta.</li>"
            "<li>Marzec 2022: przegląd projektu i stan prac w komisji spraw społecznych.</li>"
            "</ul>"
            "<p>Kontrole mieszkań są już kontynuowane; kolejnym krokiem jest Punkt wyjaśniający.</p>"
        ),
    ),
}

TEXTS["bg"] = {
    "hours": {
        "office": "От понеделник до четвъртък 9–12 ч.\nВъв вторник и четвъртък и 14–17 ч.\nи по предварителна уговорка",
        "walk_in": "От понеделник до петък 10–18 ч.\nОтворени консултации: без предварителен час",
        "outreach": "На терен във Вайсенфелс, най-вече в квартал Нойщат\nСрещи по уговорка, включително у вас вкъщи",
    },
    "units": {
        "clearingstelle": dict(
            title="Служба за изясняване (Clearingstelle)",
            description=(
                "Първото място за контакт за всички граждани на ЕС, които се преместват във Вайсенфелс: "
                "първоначален разговор, проверка на документите, консултация."
            ),
            goal=(
                "Подредено пристигане във Вайсенфелс: новодошлите получават ориентация още в началото, а "
                "пренаселването на жилищата се избягва. За целта службата събира данни и факти и координира работата "
                "на институциите."
            ),
            tasks=[
                "Проверка на документите, които носите",
                "Първоначален разговор с всички новодошли",
                "Проверка на правото на свободно движение според правото на ЕС",
                "Водене на случая: подкрепа за по-дълъг период",
                "Насочване: кой помага и по какъв въпрос",
                (
                    "Връзка със службата по регистрация, службата за чужденци, бюрото по труда (Jobcenter) и службите "
                    "за "
                    "интеграция"
                ),
            ],
            target_group="Всички граждани на държави от Европейския съюз, които се преместват във Вайсенфелс.",
            text=(
                "<p>В първоначалния разговор заедно разглеждаме вашето положение: жилище, работа, регистрация на "
                "адрес, деца, здравна осигуровка. Ще разберете какви документи са ви нужни и коя институция може да "
                "ви помогне. Разговорът е безплатен. Ако можете, носете личната си карта и трудовия си договор или "
                "договора за наем.</p><p>В Службата за изясняване работят заедно специалисти на града и на окръга, "
                "например от службата по регистрация, службата за чужденци и службите за интеграция.</p>"
            ),
        ),
        "wohnraumkontrolle": dict(
            title="Контрол на жилищата (Wohnraumkontrolle)",
            description=(
                "Срещу пренаселени, занемарени и опасни жилища: проверка на сигнали, съвместни проверки, "
                "отстраняване на нередностите."
            ),
            goal=(
                "Подходящи и подредени жилища за всички. Нередностите и занемаряването се предотвратяват или "
                "отстраняват, а законовите минимални изисквания към жилищата се налагат."
            ),
            tasks=[
                "Установяване на занемаряване и опасни условия",
                (
                    "Разкриване на нарушения на закона за регистрацията, например регистрирани на адрес хора, които не "
                    "живеят там"
                ),
                "Установяване на нарушения на строителните норми",
                (
                    "Съвместни проверки със службата за обществен ред, агенцията за миграция на окръга, полицията, "
                    "митницата и социалните работници"
                ),
            ],
            target_group="Наематели, съседи и собственици.",
            text=(
                "<p>Живеете в пренаселено жилище, има мухъл, няма отопление или вода, има вредители или опасна "
                "електрическа инсталация? Или виждате такива условия в съседство? Съобщете ни. Можете да подадете "
                "сигнал и без да посочвате името си.</p><p>В момента около 30 сгради с проблеми се проверяват редовно "
                "и съвместно. Установените нередности се преследват последователно и се отстраняват.</p>"
            ),
        ),
        "sozialarbeit": dict(
            title="Социална работа на терен (Aufsuchende Sozialarbeit)",
            description=(
                "Социални работници, които отиват при хората: на техния език, в квартала, най-вече за семействата."
            ),
            goal=(
                "Да изградим доверие и да достигнем до хората рано: като водачи към обичайната система за помощ, така "
                "че най-вече децата да се приобщят възможно най-бързо, а семействата рано да намерят помощ."
            ),
            tasks=[
                "На терен във Вайсенфелс: ние идваме при вас",
                "Поддържане на мрежата от институции, сдружения, училища и инициативи",
                "Придружаване до институции и консултантски центрове и към услугите на място",
                "Връзка със Службата за изясняване",
            ],
            target_group="Отворено за всички, с акцент върху семействата.",
            text=(
                "<p>Не е нужно вие да идвате при нас: ние сме на терен в квартал Нойщат, заговаряме ви и, ако "
                "желаете, ви посещаваме у дома. Много от нас говорят румънски, български, унгарски или полски. "
                "Придружаваме ви до институции, училища и консултантски центрове, докато се справяте сами.</p>"
            ),
        ),
        "neustadtbuero": dict(
            title="Център за добре дошли / Бюро Нойщат (Neustadtbüro)",
            description=(
                "Мястото за срещи в квартал Нойщат за всички: консултации без предварителен час, помощ за "
                "самопомощ, срещи."
            ),
            goal=(
                "Център на интеграцията и опорна точка за всички, както за старите жители, така и за новодошлите: "
                "ориентираме ви в града, разкриваме нередности и помагаме да бъдат отстранени."
            ),
            tasks=[
                "Отворени консултации без предварителен час",
                "Помощ за самопомощ и укрепване на собствените възможности",
                "Съвети за ежедневието, институциите, работата и жилището",
                "Срещи: събирания, курсове и празници в квартала",
                "Изграждане на доверие между съседите",
            ],
            target_group="Отворено за всички, с акцент върху семействата.",
            text=(
                "<p>Просто елате, не е нужно да си запазвате час. Помагаме ви да попълните формуляри, обясняваме "
                "писма от институциите, свързваме ви с правилните хора и ви изслушваме. В Бюро Нойщат ще намерите "
                "също социалните работници на терен и Училищния екип.</p>"
            ),
        ),
        "schulteam": dict(
            title="Училищен екип: успех в училище (Schulteam)",
            description=(
                "Да достигнем до всяко дете: помощ при записване в училище, при трудности в училище и при "
                "прехода от детската градина към училището."
            ),
            goal=(
                "Да достигнем до всяко дете и да го регистрираме, да изградим добри структури в училищата и да "
                "приобщим всяко дете."
            ),
            tasks=[
                "Помощ при записването в училище",
                "Когато дете не ходи на училище: заедно търсим решения, включително при семействата у дома",
                "Оформяне на преходите: от детската градина към началното училище и нататък към средното училище",
                "Координиране на съществуващите услуги в детските градини и училищата",
            ],
            target_group=(
                "Деца в детската градина, деца и младежи в училищна възраст (с миграционна история) и техните родители."
            ),
            text=(
                "<p>В Германия всички деца трябва да ходят на училище от шестгодишна възраст. Обясняваме ви "
                "училищната система, помагаме ви да запишете детето си в подходящото училище и ви придружаваме на "
                "първата среща. Ако в училище има проблеми, говорим с вас, с детето ви и с училището.</p>"
            ),
        ),
    },
    "overview": dict(
        title="Пътят на Вайсенфелс (Der Weißenfelser Weg)",
        description=(
            "Град Вайсенфелс и окръг Бургенланд работят заедно, за да могат всички, които живеят тук или "
            "току-що са пристигнали, да имат добро жилище, да учат и да намират помощ."
        ),
        text=(
            "<h2>Какво е Пътят на Вайсенфелс?</h2>"
            "<p>Във Вайсенфелс, особено в квартал Нойщат, живеят много хора, дошли на работа от други държави на "
            "Европейския съюз. Това носи предизвикателства: пренаселени и занемарени жилища, проблеми с регистрацията, "
            "деца, които не ходят на училище, и хора, до които обичайните услуги за помощ не достигат.</p>"
            "<p>Затова град Вайсенфелс и окръг Бургенланд се договориха да действат заедно: Пътят на Вайсенфелс. "
            "Пример е град Реда-Виденбрюк, който работи по такъв модел от 2013 г.</p>"
            "<h2>Градът и окръгът заедно</h2>"
            "<p>Много отговорности са разпределени между града и окръга: регистрацията и общественият ред са към "
            "града, а службата за младежта, службата за чужденци и агенцията за миграция са към окръга. В Пътя на "
            "Вайсенфелс двете страни седят на една маса, съгласуват действията си и изясняват кой за какво "
            "отговаря.</p>"
            "<h2>Петте организационни единици</h2>"
            "<ul>"
            '<li><a href="{unit:clearingstelle}">Служба за изясняване</a>: първото място за контакт за всички, които '
            "се преместват от ЕС във Вайсенфелс.</li>"
            '<li><a href="{unit:wohnraumkontrolle}">Контрол на жилищата</a>: срещу пренаселени и занемарени '
            "жилища.</li>"
            '<li><a href="{unit:sozialarbeit}">Социална работа на терен</a>: социална работа, която отива при '
            "хората.</li>"
            '<li><a href="{unit:neustadtbuero}">Център за добре дошли / Бюро Нойщат</a>: място за срещи и консултации '
            "без предварителен час.</li>"
            '<li><a href="{unit:schulteam}">Училищен екип: успех в училище</a>: за да ходи всяко дете на училище.</li>'
            "</ul>"
            '<p>Не знаете кой може да ви помогне? Страницата <a href="{finder}">Кой може да ми помогне?</a> ще ви '
            "отведе до правилното място с няколко стъпки.</p>"
            "<h2>Работните групи</h2>"
            "<p>Четири работни групи подготвят единиците: Служба за изясняване, Контрол на жилищата заедно с контрола "
            "на обществения ред, Бюро Нойщат заедно със социалната работа на терен и Училищен екип. Всяка група се "
            "ръководи от тандем: един ръководител от окръга и един от града. Управляващ тандем, координаторката по "
            "интеграция на окръга и отговорничката по интеграция на града, държи всичко заедно.</p>"
            "<h2>График</h2>"
            "<ul>"
            "<li>2021 г.: учебно пътуване на специалисти от града и окръга до Реда-Виденбрюк.</li>"
            "<li>4 ноември 2021 г.: съвместен семинар на окръга и града; определени са петте организационни единици и "
            "работните групи.</li>"
            "<li>7 декември 2021 г.: представяне в комисията по социални въпроси на града.</li>"
            "<li>21 януари 2022 г.: работните групи представят докладите си на областния управител (Landrat) и на "
            "кмета.</li>"
            "<li>Февруари 2022 г.: информиране на главната комисия на общинския съвет.</li>"
            "<li>Март 2022 г.: преглед на проекта и състоянието на работата в комисията по социални въпроси.</li>"
            "</ul>"
            "<p>Проверките на жилищата вече продължават; Службата за изясняване е следващата стъпка.</p>"
        ),
    ),
}

TEXTS["hu"] = {
    "hours": {
        "office": (
            "Hétfőtől csütörtökig 9–12 óra\nKedden és csütörtökön 14–17 óra között is\nvalamint előzetes "
            "egyeztetés alapján"
        ),
        "walk_in": "Hétfőtől péntekig 10–18 óra\nNyílt ügyfélfogadás: bejelentkezés nélkül",
        "outreach": "Úton Weißenfelsben, főleg a Neustadt negyedben\nIdőpont egyeztetés alapján, akár Önnél otthon is",
    },
    "units": {
        "clearingstelle": dict(
            title="Tisztázó iroda (Clearingstelle)",
            description=(
                "Az első kapcsolattartási pont minden uniós polgár számára, aki Weißenfelsbe költözik: első "
                "beszélgetés, a dokumentumok ellenőrzése, tanácsadás."
            ),
            goal=(
                "Rendezett beköltözés Weißenfelsbe: az újonnan érkezők korán eligazítást kapnak, és elkerülhető a "
                "lakások túlzsúfoltsága. Ehhez az iroda adatokat és tényeket gyűjt, és összehangolja a hivatalok "
                "együttműködését."
            ),
            tasks=[
                "A magával hozott dokumentumok ellenőrzése",
                "Első beszélgetés minden újonnan érkezővel",
                "A szabad mozgás jogának ellenőrzése az uniós jog szerint",
                "Esetkezelés: hosszabb távú támogatás",
                "Továbbirányítás: ki segít és miben",
                (
                    "Kapcsolat a lakcímnyilvántartó hivatallal, az idegenrendészettel, a munkaügyi központtal "
                    "(Jobcenter) "
                    "és az integrációs szolgálatokkal"
                ),
            ],
            target_group="Az Európai Unió tagállamainak minden polgára, aki Weißenfelsbe költözik.",
            text=(
                "<p>Az első beszélgetésen közösen áttekintjük a helyzetét: lakás, munka, lakcímbejelentés, gyermekek, "
                "egészségbiztosítás. Megtudja, milyen dokumentumokra van szüksége, és melyik hivatal tud segíteni. A "
                "beszélgetés ingyenes. Ha lehetséges, hozza magával a személyi igazolványát és a munka- vagy bérleti "
                "szerződését.</p><p>A Tisztázó irodában a város és a járás szakemberei dolgoznak együtt, például a "
                "lakcímnyilvántartásból, az idegenrendészetről és az integrációs szolgálatoktól.</p>"
            ),
        ),
        "wohnraumkontrolle": dict(
            title="Lakásellenőrzés (Wohnraumkontrolle)",
            description=(
                "A túlzsúfolt, elhanyagolt és veszélyes lakások ellen: bejelentések kivizsgálása, közös "
                "ellenőrzések, a hiányosságok megszüntetése."
            ),
            goal=(
                "Megfelelő és rendezett lakás mindenkinek. A visszásságokat és az elhanyagoltságot megelőzzük vagy "
                "megszüntetjük, a lakásokra vonatkozó törvényes minimumkövetelményeket érvényesítjük."
            ),
            tasks=[
                "Az elhanyagoltság és a veszélyes állapotok megállapítása",
                (
                    "A lakcímbejelentési szabályok megsértésének feltárása, például ha olyan embereket jelentenek be "
                    "egy "
                    "címre, akik ott nem laknak"
                ),
                "Az építésügyi előírások megsértésének megállapítása",
                (
                    "Közös ellenőrzések a közrendvédelmi hivatallal, a járási migrációs ügynökséggel, a rendőrséggel, "
                    "a "
                    "vámhatósággal és szociális munkásokkal"
                ),
            ],
            target_group="Bérlők, szomszédok és tulajdonosok.",
            text=(
                "<p>Túlzsúfolt lakásban él, penészes a lakás, nincs fűtés vagy víz, kártevők vannak, vagy veszélyes "
                "az elektromos hálózat? Vagy ilyen állapotokat lát a környékén? Jelezze nekünk. A bejelentést név "
                "nélkül is megteheti.</p><p>Jelenleg mintegy 30, problémákkal küzdő házat ellenőriznek rendszeresen, "
                "közösen. A feltárt visszásságokat következetesen kivizsgálják és megszüntetik.</p>"
            ),
        ),
        "sozialarbeit": dict(
            title="Terepi szociális munka (Aufsuchende Sozialarbeit)",
            description=(
                "Szociális munkások, akik elmennek az emberekhez: az ő nyelvükön, a szomszédságban, főleg a "
                "családok számára."
            ),
            goal=(
                "Bizalmat építeni és korán elérni az embereket: kalauzként a szokásos segítő rendszer felé, hogy "
                "főleg a gyermekek minél gyorsabban beilleszkedjenek, és a családok korán kapcsolatba kerüljenek a "
                "segítséggel."
            ),
            tasks=[
                "Úton Weißenfelsben: mi megyünk Önhöz",
                "A hivatalok, egyesületek, iskolák és kezdeményezések hálózatának ápolása",
                "Kísérés hivatalokba és tanácsadó helyekre, valamint a helyi szolgáltatásokhoz",
                "Kapcsolat a Tisztázó irodával",
            ],
            target_group="Mindenki számára nyitott, a családokra összpontosítva.",
            text=(
                "<p>Önnek nem kell hozzánk jönnie: a Neustadt negyedben járunk, megszólítjuk, és ha kéri, otthon is "
                "meglátogatjuk. Sokan közülünk beszélnek románul, bolgárul, magyarul vagy lengyelül. Elkísérjük "
                "hivatalokba, iskolákba és tanácsadó helyekre, amíg egyedül is eligazodik.</p>"
            ),
        ),
        "neustadtbuero": dict(
            title="Üdvözlőközpont / Neustadt-iroda (Neustadtbüro)",
            description=(
                "Találkozóhely a Neustadt negyedben mindenkinek: tanácsadás bejelentkezés nélkül, segítség az "
                "önálló boldoguláshoz, találkozások."
            ),
            goal=(
                "Az integráció központja és mindenki számára kapaszkodó, a régi lakóknak és az újonnan érkezőknek "
                "egyaránt: eligazítunk a városban, feltárjuk a visszásságokat, és segítünk megszüntetni őket."
            ),
            tasks=[
                "Nyílt ügyfélfogadás bejelentkezés nélkül",
                "Segítség az önálló boldoguláshoz és a saját lehetőségek erősítéséhez",
                "Tanácsadás a mindennapokról, hivatalokról, munkáról és lakhatásról",
                "Találkozások: összejövetelek, tanfolyamok és ünnepek a környéken",
                "Bizalomépítés a szomszédok között",
            ],
            target_group="Mindenki számára nyitott, a családokra összpontosítva.",
            text=(
                "<p>Jöjjön be bátran, nem kell időpontot kérnie. Segítünk az űrlapok kitöltésében, elmagyarázzuk a "
                "hivatalos leveleket, összekötjük a megfelelő emberekkel, és meghallgatjuk. A Neustadt-irodában "
                "találja a terepi szociális munkásokat és az Iskolai csapatot is.</p>"
            ),
        ),
        "schulteam": dict(
            title="Iskolai csapat: sikeres iskola (Schulteam)",
            description=(
                "Minden gyermeket elérni: segítség az iskolai beíratásnál, az iskolai nehézségeknél és az "
                "óvodából az iskolába való átmenetnél."
            ),
            goal=(
                "Minden gyermeket elérni és nyilvántartásba venni, jó struktúrákat kialakítani az iskolákban, és "
                "minden gyermeket integrálni."
            ),
            tasks=[
                "Segítség az iskolai beíratásnál",
                "Ha egy gyermek nem jár iskolába: közösen keresünk megoldást, akár a családoknál otthon is",
                "Az átmenetek alakítása: az óvodából az általános iskolába, majd a középiskolába",
                "Az óvodákban és iskolákban meglévő szolgáltatások összehangolása",
            ],
            target_group="Óvodás gyermekek, tanköteles gyermekek és fiatalok (migrációs háttérrel) és szüleik.",
            text=(
                "<p>Németországban minden gyermeknek hatéves kortól iskolába kell járnia. Elmagyarázzuk az "
                "iskolarendszert, segítünk a megfelelő iskolába beíratni gyermekét, és elkísérjük az első "
                "találkozóra. Ha gond van az iskolában, beszélünk Önnel, a gyermekével és az iskolával.</p>"
            ),
        ),
    },
    "overview": dict(
        title="A weißenfelsi út (Der Weißenfelser Weg)",
        description=(
            "Weißenfels városa és Burgenlandkreis járás együtt dolgozik azért, hogy mindenki, aki itt él vagy "
            "most érkezett, jó lakásban éljen, tanulhasson és segítséget találjon."
        ),
        text=(
            "<h2>Mi a weißenfelsi út?</h2>"
            "<p>Weißenfelsben, különösen a Neustadt negyedben, sokan élnek, akik az Európai Unió más országaiból "
            "jöttek ide dolgozni. Ez kihívásokkal jár: túlzsúfolt és elhanyagolt lakások, gondok a "
            "lakcímbejelentéssel, iskolába nem járó gyermekek, és olyan emberek, akikhez a szokásos segítő "
            "szolgáltatások nem jutnak el.</p>"
            "<p>Ezért Weißenfels városa és Burgenlandkreis járás megállapodott, hogy közösen lépnek fel: ez a "
            "weißenfelsi út. A minta Rheda-Wiedenbrück városa, amely 2013 óta dolgozik ilyen modell szerint.</p>"
            "<h2>A város és a járás együtt</h2>"
            "<p>Sok feladat megoszlik a város és a járás között: a lakcímnyilvántartás és a közrend a városhoz "
            "tartozik, az ifjúsági hivatal, az idegenrendészet és a migrációs ügynökség a járáshoz. A weißenfelsi úton "
            "mindkét fél egy asztalhoz ül, összehangolja a munkáját, és tisztázza, ki miért felel.</p>"
            "<h2>Az öt szervezeti egység</h2>"
            "<ul>"
            '<li><a href="{unit:clearingstelle}">Tisztázó iroda</a>: az első kapcsolattartási pont mindenkinek, aki az '
            "EU-ból Weißenfelsbe költözik.</li>"
            '<li><a href="{unit:wohnraumkontrolle}">Lakásellenőrzés</a>: a túlzsúfolt és elhanyagolt lakások '
            "ellen.</li>"
            '<li><a href="{unit:sozialarbeit}">Terepi szociális munka</a>: szociális munka, amely elmegy az '
            "emberekhez.</li>"
            '<li><a href="{unit:neustadtbuero}">Üdvözlőközpont / Neustadt-iroda</a>: találkozóhely és tanácsadás '
            "bejelentkezés nélkül.</li>"
            '<li><a href="{unit:schulteam}">Iskolai csapat: sikeres iskola</a>: hogy minden gyermek iskolába '
            "járjon.</li>"
            "</ul>"
            '<p>Nem tudja, ki segíthet? A <a href="{finder}">Ki segít nekem?</a> oldal néhány lépésben elvezeti a '
            "megfelelő helyre.</p>"
            "<h2>A munkacsoportok</h2>"
            "<p>Négy munkacsoport készíti elő az egységeket: Tisztázó iroda, Lakásellenőrzés a közrendi ellenőrzéssel "
            "együtt, Neustadt-iroda a terepi szociális munkával együtt, valamint Iskolai csapat. Minden csoportot egy "
            "páros vezet: egy vezető a járástól és egy a várostól. Egy irányító páros, a járás integrációs "
            "koordinátora és a város integrációs megbízottja, fogja össze az egészet.</p>"
            "<h2>Ütemterv</h2>"
            "<ul>"
            "<li>2021: a város és a járás szakembereinek tanulmányútja Rheda-Wiedenbrückbe.</li>"
            "<li>2021. november 4.: a járás és a város közös műhelye; meghatározzák az öt szervezeti egységet és a "
            "munkacsoportokat.</li>"
            "<li>2021. december 7.: bemutatás a város szociális bizottságában.</li>"
            "<li>2022. január 21.: a munkacsoportok bemutatják jelentéseiket a járási elöljárónak (Landrat) és a "
            "polgármesternek.</li>"
            "<li>2022. február: a képviselő-testület fő bizottságának tájékoztatása.</li>"
            "<li>2022. március: a projekt áttekintése és a munka állása a szociális bizottságban.</li>"
            "</ul>"
            "<p>A lakásellenőrzések már folytatódnak; a következő lépés a Tisztázó iroda.</p>"
        ),
    ),
}


# Only in German: core information in Leichte Sprache (BITV 2.0). Short sentences, one
# thought per sentence, compound words with a hyphen (Medio-Punkt is avoided for screen readers).
EASY_READ = dict(
    id="leichte-sprache",
    title="Der Weißenfelser Weg in Leichter Sprache",
    description="Hier erklären wir in einfachen Worten: Wer hilft Ihnen in Weißenfels?",
    text=(
        "<p>Sie wohnen in Weißenfels.</p>"
        "<p>Oder Sie sind neu in Weißenfels.</p>"
        "<p>Die Stadt Weißenfels und der Burgen-Land-Kreis helfen Ihnen.</p>"
        "<p>Die Stadt und der Kreis arbeiten dafür zusammen.</p>"
        "<p>Das heißt: Der Weißenfelser Weg.</p>"
        "<h2>Sie sind neu in Weißenfels?</h2>"
        "<p>Dann gehen Sie zur Clearing-Stelle.</p>"
        "<p>Dort gibt es ein Gespräch.</p>"
        "<p>Im Gespräch fragen wir: Was brauchen Sie?</p>"
        "<p>Das Gespräch kostet nichts.</p>"
        '<p><a href="{unit:clearingstelle}">Mehr über die Clearing-Stelle</a></p>'
        "<h2>Ihre Wohnung ist schlecht?</h2>"
        "<p>Zum Beispiel:</p>"
        "<ul><li>In der Wohnung wohnen zu viele Menschen.</li>"
        "<li>Es gibt Schimmel an der Wand.</li>"
        "<li>Die Heizung geht nicht.</li></ul>"
        "<p>Dann sagen Sie es der Wohnraum-Kontrolle.</p>"
        "<p>Sie müssen Ihren Namen nicht sagen.</p>"
        '<p><a href="{unit:wohnraumkontrolle}">Mehr über die Wohnraum-Kontrolle</a></p>'
        "<h2>Ihr Kind soll in die Schule gehen?</h2>"
        "<p>Alle Kinder in Deutschland müssen in die Schule gehen.</p>"
        "<p>Das Schul-Team hilft Ihnen.</p>"
        "<p>Das Schul-Team geht mit Ihnen zur Schule.</p>"
        '<p><a href="{unit:schulteam}">Mehr über das Schul-Team</a></p>'
        "<h2>Sie brauchen Hilfe oder einen Rat?</h2>"
        "<p>Dann kommen Sie ins Neustadt-Büro.</p>"
        "<p>Sie brauchen keinen Termin.</p>"
        "<p>Oder Sie sprechen mit der Sozial-Arbeit.</p>"
        "<p>Die Sozial-Arbeit kommt auch zu Ihnen nach Hause.</p>"
        '<p><a href="{unit:neustadtbuero}">Mehr über das Neustadt-Büro</a></p>'
        '<p><a href="{unit:sozialarbeit}">Mehr über die Sozial-Arbeit</a></p>'
    ),
)

# The legal pages the footer links to (${navigation_root_url}/<id>): German and English.
LEGAL = {
    "de": {
        "impressum": dict(
            title="Impressum",
            description="Anbieter dieses Portals und verantwortliche Stellen.",
            text=(
                "<h2>Anbieter</h2>"
                "<p>Stadt Weißenfels, vertreten durch den Oberbürgermeister<br />Markt 1<br />06667 Weißenfels</p>"
                "<p>gemeinsam mit dem Burgenlandkreis, vertreten durch den Landrat<br />Schönburger Straße 41<br "
                "/>06618 Naumburg</p>"
                "<h2>Kontakt</h2>"
                "<p>E-Mail: portal@weissenfels.example.org<br />Telefon: 03443 000-100</p>"
                "<h2>Verantwortlich für den Inhalt</h2>"
                "<p>Redaktion des Portals „Der Weißenfelser Weg“ (Bereich Gleichstellung und Integration der Stadt "
                "Weißenfels), Anschrift wie oben.</p>"
                "<h2>Hinweis</h2>"
                "<p>Dies ist eine Demonstrations-Installation. Anschriften der Einheiten, Telefonnummern und "
                "E-Mail-Adressen sind Beispiele.</p>"
            ),
        ),
        "datenschutz": dict(
            title="Datenschutz",
            description="Welche Daten das Portal speichert, wozu, wie lange und wer sie sieht.",
            text=(
                "<h2>Verantwortliche Stelle</h2>"
                "<p>Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) ist die Stadt Weißenfels, Markt 1, "
                "06667 Weißenfels, gemeinsam mit dem Burgenlandkreis für die Einheiten, die beide gemeinsam betreiben. "
                "Die Datenschutzbeauftragten beider Verwaltungen erreichen Sie über die Anschrift im Impressum.</p>"
                "<h2>Beim Lesen der Seiten</h2>"
                "<p>Der Server speichert beim Aufruf einer Seite technisch notwendige Daten (IP-Adresse, Zeitpunkt, "
                "aufgerufene Adresse, Browser-Kennung) in Protokolldateien, um den Betrieb zu sichern und Angriffe "
                "abzuwehren. Diese Protokolle werden nach 7 Tagen gelöscht. Wenn Sie eine Sprache wählen, speichert "
                "Ihr Browser ein Cookie mit dem Sprachkürzel. Es gibt keine Analyse- oder Werbe-Cookies und keine "
                "eingebundenen Dienste Dritter.</p>"
                "<h2>Wenn Sie ein Formular absenden</h2>"
                "<p>Wir speichern die Angaben, die Sie in das Formular eintragen, die Sprache des Formulars und den "
                "Zeitpunkt. Zweck ist allein die Bearbeitung Ihres Anliegens (Art. 6 Abs. 1 lit. e DSGVO, Erfüllung "
                "öffentlicher Aufgaben; bei freiwilligen Angaben Ihre Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO). "
                "Name und Kontaktdaten sind freiwillig: Hinweise, zum Beispiel auf Missstände in Wohnungen, können Sie "
                "auch anonym geben. Hochgeladene Fotos werden ohne Metadaten (etwa Aufnahmeort) gespeichert.</p>"
                "<h2>E-Mails an Sie</h2>"
                "<p>Wenn Sie eine E-Mail-Adresse angeben, senden wir Ihnen eine Eingangsbestätigung. Sie enthält das "
                "Aktenzeichen, die Adresse der Statusseite und einen persönlichen Link, der den Bearbeitungsstand "
                "einmal ohne Status-Code öffnet; danach fragt die Seite nach dem Code. Der Status-Code selbst steht "
                "nie in einer E-Mail. Ein Link kann in Protokollen von Mail- und Webservern stehen: Deshalb gilt der "
                "persönliche Link nur einmal und höchstens 30 Tage.</p>"
                "<p>Wenn Sie außerdem „Sie dürfen mich per E-Mail über mein Anliegen informieren“ ankreuzen, speichern "
                "wir Ihre Adresse beim Vorgang und schreiben Ihnen in Ihrer Kontaktsprache, wenn wir antworten oder "
                "sich der Stand ändert (in Bearbeitung, erledigt, abgelehnt): mit Aktenzeichen, unserer Antwort und "
                "einem neuen persönlichen Link, nie mit internen Notizen des Teams. Ohne dieses Häkchen schreiben wir "
                "Ihnen nach der Eingangsbestätigung nicht. Sie können diese Einwilligung jederzeit für die Zukunft "
                "widerrufen (Art. 6 Abs. 1 lit. a DSGVO).</p>"
                "<h2>Wer Ihre Angaben sieht</h2>"
                "<p>Nur die Mitarbeitenden der zuständigen Einheit. Wird Ihr Anliegen an eine andere Einheit "
                "abgegeben, sieht nur noch diese es. Angaben aus Formularen sind nie öffentlich und werden nicht an "
                "Dritte weitergegeben, es sei denn, ein Gesetz verpflichtet uns dazu.</p>"
                "<h2>Wie lange wir speichern</h2>"
                "<p>Solange es für die Bearbeitung nötig ist. Abgeschlossene Vorgänge werden spätestens zwei Jahre "
                "nach ihrem Abschluss gelöscht, soweit keine gesetzliche Aufbewahrungsfrist entgegensteht.</p>"
                "<h2>Ihre Rechte</h2>"
                "<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung, auf "
                "Widerspruch und auf Widerruf einer Einwilligung für die Zukunft. Sie können sich bei der "
                "Aufsichtsbehörde beschweren: Landesbeauftragter für den Datenschutz Sachsen-Anhalt, Magdeburg.</p>"
            ),
        ),
        "barrierefreiheit": dict(
            title="Erklärung zur Barrierefreiheit",
            description="Wie barrierefrei dieses Portal ist und wie Sie uns Barrieren melden.",
            text=(
                "<p>Die Stadt Weißenfels und der Burgenlandkreis wollen ihr Portal barrierefrei zugänglich machen, "
                "nach dem Behindertengleichstellungsgesetz Sachsen-Anhalt und der "
                "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0).</p>"
                "<h2>Stand der Vereinbarkeit</h2>"
                "<p>Das Portal ist teilweise barrierefrei. Die Seiten lassen sich mit der Tastatur bedienen, passen "
                "sich kleinen Bildschirmen an und sind in mehreren Sprachen verfügbar. Grundinformationen gibt es in "
                "Leichter Sprache.</p>"
                "<h2>Nicht barrierefreie Inhalte</h2>"
                "<ul><li>Informationen in Deutscher Gebärdensprache fehlen noch.</li>"
                "<li>Einige ältere PDF-Dokumente sind nicht barrierefrei.</li>"
                "<li>Nicht alle Seiten sind schon in alle Sprachen übersetzt; Sie sehen dann die deutsche Seite mit "
                "einem Hinweis.</li></ul>"
                "<h2>Barriere melden</h2>"
                "<p>Sie sind auf eine Barriere gestoßen? Schreiben Sie an portal@weissenfels.example.org oder rufen "
                "Sie an: 03443 000-100. Wir antworten innerhalb von zwei Wochen.</p>"
                "<h2>Schlichtungsverfahren</h2>"
                "<p>Wenn Sie mit unserer Antwort nicht zufrieden sind, können Sie sich an die Schlichtungsstelle nach "
                "dem Behindertengleichstellungsgesetz des Landes Sachsen-Anhalt wenden.</p>"
            ),
        ),
    },
    "en": {
        "impressum": dict(
            title="Legal notice",
            description="Provider of this portal and the offices responsible.",
            text=(
                "<h2>Provider</h2>"
                "<p>City of Weißenfels, represented by the mayor<br />Markt 1<br />06667 Weißenfels, Germany</p>"
                "<p>together with the Burgenlandkreis district, represented by the district administrator<br "
                "/>Schönburger Straße 41<br />06618 Naumburg, Germany</p>"
                "<h2>Contact</h2>"
                "<p>E-mail: portal@weissenfels.example.org<br />Phone: +49 3443 000-100</p>"
                "<h2>Responsible for the content</h2>"
                "<p>The editorial team of the portal “Der Weißenfelser Weg” (equality and integration department of "
                "the city of Weißenfels), address as above.</p>"
                "<h2>Note</h2>"
                "<p>This is a demonstration installation. The units' addresses, phone numbers and e-mail addresses are "
                "examples.</p>"
            ),
        ),
        "datenschutz": dict(
            title="Privacy",
            description="What data the portal stores, why, for how long and who sees it.",
            text=(
                "<h2>Controller</h2>"
                "<p>The controller under the General Data Protection Regulation (GDPR) is the city of Weißenfels, "
                "Markt 1, 06667 Weißenfels, jointly with the Burgenlandkreis district for the units that both run "
                "together. You can reach the data protection officers of both administrations at the address in the "
                "legal notice.</p>"
                "<h2>When you read the pages</h2>"
                "<p>When a page is requested, the server stores technically necessary data (IP address, time, "
                "requested address, browser identifier) in log files to keep the service running and to fend off "
                "attacks. These logs are deleted after 7 days. If you choose a language, your browser stores a cookie "
                "with the language code. There are no analytics or advertising cookies and no embedded third-party "
                "services.</p>"
                "<h2>When you submit a form</h2>"
                "<p>We store the information you enter in the form, the language of the form and the time. The sole "
                "purpose is to deal with your request (Art. 6(1)(e) GDPR, performance of public tasks; for voluntary "
                "information, your consent under Art. 6(1)(a) GDPR). Your name and contact details are voluntary: "
                "reports, for example about grievances in housing, can also be made anonymously. Uploaded photos are "
                "stored without metadata (such as the place where they were taken).</p>"
                "<h2>E-mails to you</h2>"
                "<p>If you give an e-mail address, we send you a confirmation of receipt. It contains the reference "
                "number, the address of the status page and a personal link that opens the status once without the "
                "status code; after that the page asks for the code. The status code itself is never in an e-mail. "
                "A link can end up in the logs of mail and web servers: that is why the personal link works only "
                "once and for at most 30 days.</p>"
                "<p>If you also tick “You may contact me by e-mail about my request”, we store your address with "
                "the case and write to you in your contact language when we reply or when the state changes (in "
                "progress, completed, rejected): with the reference number, our reply and a new personal link, never "
                "with the team's internal notes. Without that tick we do not write to you after the confirmation of "
                "receipt. You can withdraw this consent at any time for the future (Art. 6(1)(a) GDPR).</p>"
                "<h2>Who sees your information</h2>"
                "<p>Only the staff of the unit responsible. If your request is passed on to another unit, only that "
                "unit sees it from then on. Information from forms is never public and is not passed on to third "
                "parties unless the law requires us to do so.</p>"
                "<h2>How long we keep it</h2>"
                "<p>As long as it is needed to deal with your request. Closed cases are deleted at the latest two "
                "years after they were closed, unless a statutory retention period applies.</p>"
                "<h2>Your rights</h2>"
                "<p>You have the right of access, rectification, erasure and restriction of processing, the right to "
                "object and the right to withdraw your consent for the future. You can complain to the supervisory "
                "authority: the State Commissioner for Data Protection of Saxony-Anhalt, Magdeburg.</p>"
            ),
        ),
        "barrierefreiheit": dict(
            title="Accessibility statement",
            description="How accessible this portal is and how to report barriers to us.",
            text=(
                "<p>The city of Weißenfels and the Burgenlandkreis district aim to make their portal accessible, in "
                "line with the disability equality act of Saxony-Anhalt and the German accessible information "
                "technology ordinance (BITV 2.0).</p>"
                "<h2>Compliance status</h2>"
                "<p>The portal is partially accessible. The pages can be used with a keyboard, adapt to small screens "
                "and are available in several languages. Core information is available in Easy Read German (Leichte "
                "Sprache).</p>"
                "<h2>Content that is not accessible</h2>"
                "<ul><li>Information in German Sign Language is still missing.</li>"
                "<li>Some older PDF documents are not accessible.</li>"
                "<li>Not every page has been translated into every language yet; you will then see the German page "
                "with a notice.</li></ul>"
                "<h2>Report a barrier</h2>"
                "<p>Have you come across a barrier? Write to portal@weissenfels.example.org or call +49 3443 000-100. "
                "We reply within two weeks.</p>"
                "<h2>Conciliation procedure</h2>"
                "<p>If you are not satisfied with our reply, you can turn to the conciliation body under the "
                "disability equality act of the state of Saxony-Anhalt.</p>"
            ),
        ),
    },
}
