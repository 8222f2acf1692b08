"""Demo content: the four public intake forms in six languages, linked as translations.

Every language version has the same field ids (so every case has the same shape), and each
carries the action "Als Vorgang speichern" for its unit: all language versions of a form feed
the same case folder /vorgaenge/<unit id>. The forms are ordinary easyform forms: editors
change them in the browser afterwards.
"""

from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from plone.base.interfaces import ILanguage
from Products.CMFCore.indexing import processQueue
from weissenfels.portal import logger
from weissenfels.portal.languages import OWN_NAMES
from weissenfels.portal.organisation import LANGUAGES
from xml.sax.saxutils import escape
from xml.sax.saxutils import quoteattr


FORM_LANGUAGES = ("de", "en", "ro", "pl", "bg", "hu")


def t(de, en, ro, pl, bg, hu):
    return dict(zip(FORM_LANGUAGES, (de, en, ro, pl, bg, hu), strict=True))


# -- fields shared by several forms -----------------------------------------------------

YES_NO = [
    ("yes", t("Ja", "Yes", "Da", "Tak", "Да", "Igen")),
    ("no", t("Nein", "No", "Nu", "Nie", "Не", "Nem")),
]

NAME = dict(id="name", type="text", title=t("Name", "Name", "Nume", "Imię i nazwisko", "Име", "Név"))
PHONE = dict(id="phone", type="text", title=t("Telefon", "Phone", "Telefon", "Telefon", "Телефон", "Telefon"))
EMAIL = dict(
    id="email",
    type="email",
    title=t("E-Mail-Adresse", "E-mail address", "Adresă de e-mail", "Adres e-mail", "Имейл адрес", "E-mail-cím"),
    description=t(
        "Wenn Sie eine Adresse angeben, erhalten Sie eine Eingangsbestätigung.",
        "If you give an address, you will receive a confirmation of receipt.",
        "Dacă indicați o adresă, veți primi o confirmare de primire.",
        "Jeśli podasz adres, otrzymasz potwierdzenie otrzymania.",
        "Ако посочите адрес, ще получите потвърждение за получаване.",
        "Ha megad egy címet, visszaigazolást kap a beérkezésről.",
    ),
)
# The contact language: a choice of the site's languages, tokens = language codes, each
# titled in its own language (the same in every form); cases/answers.py reads the token.
LANGUAGE_OPTIONS = [(code, dict.fromkeys(FORM_LANGUAGES, OWN_NAMES[code])) for code in LANGUAGES]
# "May we contact you by e-mail?": ticked, with an address, the resident hears of replies and
# state changes (cases/action.CONTACT_CONSENT_FIELD, cases/mail.py). Every case form has it.
CONTACT_BY_EMAIL = dict(
    id="contact_by_email",
    type="bool",
    title=t(
        "Sie dürfen mich per E-Mail über mein Anliegen informieren.",
        "You may contact me by e-mail about my request.",
        "Mă puteți contacta prin e-mail în legătură cu solicitarea mea.",
        "Możecie kontaktować się ze mną e-mailem w sprawie mojego zgłoszenia.",
        "Можете да се свържете с мен по имейл относно моето запитване.",
        "E-mailben felvehetik velem a kapcsolatot a kérésemmel kapcsolatban.",
    ),
    description=t(
        "Dann schreiben wir Ihnen an die angegebene Adresse, wenn wir antworten oder sich der Stand ändert.",
        "We will then write to the address you gave when we reply or when the state changes.",
        "Vă vom scrie la adresa indicată atunci când răspundem sau când se schimbă stadiul.",
        "Napiszemy wtedy na podany adres, gdy odpowiemy lub gdy zmieni się status sprawy.",
        "Тогава ще Ви пишем на посочения адрес, когато отговорим или когато състоянието се промени.",
        "Ekkor a megadott címre írunk, amikor válaszolunk, vagy ha megváltozik az állapot.",
    ),
)
PREFERRED_LANGUAGE = dict(
    id="preferred_language",
    type="choice",
    widget="select",
    options=LANGUAGE_OPTIONS,
    title=t(
        "In welcher Sprache sollen wir Sie kontaktieren?",
        "In which language should we contact you?",
        "În ce limbă să vă contactăm?",
        "W jakim języku mamy się z Tobą kontaktować?",
        "На какъв език да се свържем с Вас?",
        "Milyen nyelven vegyük fel Önnel a kapcsolatot?",
    ),
)
CONSENT = dict(
    id="privacy_consent",
    type="consent",
    required=True,
    title=t(
        "Ich bin einverstanden, dass meine Angaben zur Bearbeitung meines Anliegens gespeichert werden.",
        "I agree that my details are stored to handle my request.",
        "Sunt de acord ca datele mele să fie stocate pentru soluționarea solicitării mele.",
        "Wyrażam zgodę na przechowywanie moich danych w celu rozpatrzenia mojej sprawy.",
        "Съгласен/съгласна съм данните ми да бъдат съхранени за обработване на моето запитване.",
        "Hozzájárulok, hogy adataimat kérésem intézése céljából tárolják.",
    ),
)
ADDRESS = dict(
    id="address",
    type="text",
    title=t(
        "Adresse in Weißenfels (falls vorhanden)",
        "Address in Weißenfels (if any)",
        "Adresa în Weißenfels (dacă există)",
        "Adres w Weißenfels (jeśli jest)",
        "Адрес във Вайсенфелс (ако имате)",
        "Cím Weißenfelsben (ha van)",
    ),
)

# -- 1. housing grievance -> Wohnraumkontrolle ------------------------------------------

PROBLEMS = [
    (
        "overcrowding",
        t("Überbelegung", "Overcrowding", "Supraaglomerare", "Przeludnienie", "Пренаселеност", "Túlzsúfoltság"),
    ),
    (
        "mould",
        t(
            "Schimmel / Feuchtigkeit",
            "Mould / damp",
            "Mucegai / umezeală",
            "Pleśń / wilgoć",
            "Мухъл / влага",
            "Penész / nedvesség",
        ),
    ),
    (
        "no_heating",
        t("Keine Heizung", "No heating", "Fără încălzire", "Brak ogrzewania", "Няма отопление", "Nincs fűtés"),
    ),
    (
        "no_utilities",
        t(
            "Kein Wasser oder Strom",
            "No water or electricity",
            "Fără apă sau curent",
            "Brak wody lub prądu",
            "Няма вода или ток",
            "Nincs víz vagy áram",
        ),
    ),
    ("vermin", t("Ungeziefer", "Vermin", "Dăunători", "Szkodniki", "Гадини и вредители", "Kártevők")),
    (
        "unsafe",
        t(
            "Unsicheres Gebäude oder unsichere Elektrik",
            "Unsafe building or electrics",
            "Clădire sau instalație electrică nesigură",
            "Niebezpieczny budynek lub instalacja elektryczna",
            "Опасна сграда или електрическа инсталация",
            "Veszélyes épület vagy elektromos hálózat",
        ),
    ),
    (
        "rent_usury",
        t("Mietwucher", "Rent usury", "Chirie abuzivă", "Lichwiarski czynsz", "Лихварски наем", "Uzsorabérleti díj"),
    ),
    (
        "false_registration",
        t(
            "Gemeldete Personen, die dort nicht wohnen",
            "People registered who don't live there",
            "Persoane înregistrate care nu locuiesc acolo",
            "Zameldowane osoby, które tam nie mieszkają",
            "Регистрирани лица, които не живеят там",
            "Bejelentett személyek, akik nem laknak ott",
        ),
    ),
    (
        "waste_noise",
        t("Müll / Lärm", "Waste / noise", "Gunoi / zgomot", "Śmieci / hałas", "Боклук / шум", "Szemét / zaj"),
    ),
    ("other", t("Sonstiges", "Other", "Altele", "Inne", "Друго", "Egyéb")),
]

PHOTO_TITLE = t("Foto", "Photo", "Fotografie", "Zdjęcie", "Снимка", "Fénykép")
PHOTO_HELP = t(
    "JPEG, PNG, WebP oder PDF, höchstens 10 MB. Standortdaten werden entfernt.",
    "JPEG, PNG, WebP or PDF, at most 10 MB. Location data is removed.",
    "JPEG, PNG, WebP sau PDF, cel mult 10 MB. Datele de localizare sunt eliminate.",
    "JPEG, PNG, WebP lub PDF, maksymalnie 10 MB. Dane o lokalizacji są usuwane.",
    "JPEG, PNG, WebP или PDF, най-много 10 MB. Данните за местоположение се премахват.",
    "JPEG, PNG, WebP vagy PDF, legfeljebb 10 MB. A helyadatokat eltávolítjuk.",
)

WOHNRAUM_FIELDS = (
    [
        dict(id="street", type="text", required=True, title=t("Straße", "Street", "Strada", "Ulica", "Улица", "Utca")),
        dict(
            id="house_number",
            type="text",
            required=True,
            title=t("Hausnummer", "House number", "Număr", "Numer domu", "Номер", "Házszám"),
        ),
        dict(
            id="postcode",
            type="text",
            required=True,
            default="06667",
            title=t("Postleitzahl", "Postcode", "Cod poștal", "Kod pocztowy", "Пощенски код", "Irányítószám"),
        ),
        dict(
            id="problems",
            type="multi",
            required=True,
            options=PROBLEMS,
            title=t(
                "Welche Probleme gibt es?",
                "What kind of problems are there?",
                "Ce fel de probleme există?",
                "Jakie są problemy?",
                "Какви са проблемите?",
                "Milyen problémák vannak?",
            ),
        ),
        dict(
            id="description",
            type="longtext",
            required=True,
            title=t("Beschreibung", "Description", "Descriere", "Opis", "Описание", "Leírás"),
            description=t(
                "Bitte beschreiben Sie, was Sie beobachtet haben.",
                "Please describe what you have observed.",
                "Vă rugăm să descrieți ce ați observat.",
                "Opisz, co zaobserwowałeś/zaobserwowałaś.",
                "Моля, опишете какво сте забелязали.",
                "Kérjük, írja le, mit tapasztalt.",
            ),
        ),
        dict(
            id="since_when",
            type="text",
            title=t("Seit wann?", "Since when?", "De când?", "Od kiedy?", "От кога?", "Mióta?"),
        ),
        dict(
            id="people_count",
            type="int",
            title=t(
                "Wie viele Personen wohnen dort?",
                "How many people live there?",
                "Câte persoane locuiesc acolo?",
                "Ile osób tam mieszka?",
                "Колко души живеят там?",
                "Hány ember lakik ott?",
            ),
        ),
        dict(
            id="children",
            type="choice",
            options=[
                *YES_NO,
                ("unknown", t("Weiß nicht", "Don't know", "Nu știu", "Nie wiem", "Не знам", "Nem tudom")),
            ],
            title=t(
                "Leben Kinder dort?",
                "Do children live there?",
                "Locuiesc copii acolo?",
                "Czy mieszkają tam dzieci?",
                "Живеят ли деца там?",
                "Laknak ott gyerekek?",
            ),
        ),
    ]
    + [
        dict(
            id=f"photo_{n}",
            type="file",
            title={lang: f"{title} {n}" for lang, title in PHOTO_TITLE.items()},
            description=PHOTO_HELP if n == 1 else None,
        )
        for n in range(1, 6)
    ]
    + [
        NAME,
        PHONE,
        EMAIL,
        CONTACT_BY_EMAIL,
        PREFERRED_LANGUAGE,
        dict(
            id="may_contact",
            type="bool",
            title=t(
                "Sie dürfen mich kontaktieren.",
                "You may contact me.",
                "Mă puteți contacta.",
                "Możecie się ze mną skontaktować.",
                "Можете да се свържете с мен.",
                "Felvehetik velem a kapcsolatot.",
            ),
        ),
        CONSENT,
    ]
)

# -- 2. first interview -> Clearingstelle -----------------------------------------------

EU_STATES = [
    ("BE", t("Belgien", "Belgium", "Belgia", "Belgia", "Белгия", "Belgium")),
    ("BG", t("Bulgarien", "Bulgaria", "Bulgaria", "Bułgaria", "България", "Bulgária")),
    ("DK", t("Dänemark", "Denmark", "Danemarca", "Dania", "Дания", "Dánia")),
    ("DE", t("Deutschland", "Germany", "Germania", "Niemcy", "Германия", "Németország")),
    ("EE", t("Estland", "Estonia", "Estonia", "Estonia", "Естония", "Észtország")),
    ("FI", t("Finnland", "Finland", "Finlanda", "Finlandia", "Финландия", "Finnország")),
    ("FR", t("Frankreich", "France", "Franța", "Francja", "Франция", "Franciaország")),
    ("GR", t("Griechenland", "Greece", "Grecia", "Grecja", "Гърция", "Görögország")),
    ("IE", t("Irland", "Ireland", "Irlanda", "Irlandia", "Ирландия", "Írország")),
    ("IT", t("Italien", "Italy", "Italia", "Włochy", "Италия", "Olaszország")),
    ("HR", t("Kroatien", "Croatia", "Croația", "Chorwacja", "Хърватия", "Horvátország")),
    ("LV", t("Lettland", "Latvia", "Letonia", "Łotwa", "Латвия", "Lettország")),
    ("LT", t("Litauen", "Lithuania", "Lituania", "Litwa", "Литва", "Litvánia")),
    ("LU", t("Luxemburg", "Luxembourg", "Luxemburg", "Luksemburg", "Люксембург", "Luxemburg")),
    ("MT", t("Malta", "Malta", "Malta", "Malta", "Малта", "Málta")),
    ("NL", t("Niederlande", "Netherlands", "Țările de Jos", "Niderlandy", "Нидерландия", "Hollandia")),
    ("AT", t("Österreich", "Austria", "Austria", "Austria", "Австрия", "Ausztria")),
    ("PL", t("Polen", "Poland", "Polonia", "Polska", "Полша", "Lengyelország")),
    ("PT", t("Portugal", "Portugal", "Portugalia", "Portugalia", "Португалия", "Portugália")),
    ("RO", t("Rumänien", "Romania", "România", "Rumunia", "Румъния", "Románia")),
    ("SE", t("Schweden", "Sweden", "Suedia", "Szwecja", "Швеция", "Svédország")),
    ("SK", t("Slowakei", "Slovakia", "Slovacia", "Słowacja", "Словакия", "Szlovákia")),
    ("SI", t("Slowenien", "Slovenia", "Slovenia", "Słowenia", "Словения", "Szlovénia")),
    ("ES", t("Spanien", "Spain", "Spania", "Hiszpania", "Испания", "Spanyolország")),
    ("CZ", t("Tschechien", "Czechia", "Cehia", "Czechy", "Чехия", "Csehország")),
    ("HU", t("Ungarn", "Hungary", "Ungaria", "Węgry", "Унгария", "Magyarország")),
    ("CY", t("Zypern", "Cyprus", "Cipru", "Cypr", "Кипър", "Ciprus")),
]

CLEARING_FIELDS = [
    dict(NAME, required=True),
    dict(
        id="country",
        type="choice",
        required=True,
        options=EU_STATES,
        widget="select",
        title=t(
            "Herkunftsland",
            "Country of origin",
            "Țara de origine",
            "Kraj pochodzenia",
            "Страна на произход",
            "Származási ország",
        ),
    ),
    dict(
        id="arrival_date",
        type="date",
        title=t(
            "Seit wann sind Sie in Deutschland?",
            "When did you arrive in Germany?",
            "De când sunteți în Germania?",
            "Od kiedy jesteś w Niemczech?",
            "Откога сте в Германия?",
            "Mióta van Németországban?",
        ),
    ),
    ADDRESS,
    dict(
        id="languages",
        type="text",
        required=True,
        title=t(
            "Welche Sprachen sprechen Sie?",
            "Which languages do you speak?",
            "Ce limbi vorbiți?",
            "Jakimi językami mówisz?",
            "Какви езици говорите?",
            "Milyen nyelveken beszél?",
        ),
    ),
    dict(
        id="interpreter",
        type="choice",
        options=YES_NO,
        title=t(
            "Brauchen Sie eine Dolmetscherin oder einen Dolmetscher?",
            "Do you need an interpreter?",
            "Aveți nevoie de un interpret?",
            "Czy potrzebujesz tłumacza?",
            "Нуждаете ли се от преводач?",
            "Szüksége van tolmácsra?",
        ),
    ),
    PHONE,
    EMAIL,
    CONTACT_BY_EMAIL,
    dict(
        id="preferred_times",
        type="longtext",
        title=t(
            "Wann passt ein Termin am besten?",
            "When would an appointment suit you best?",
            "Când vă convine cel mai bine o programare?",
            "Kiedy najbardziej odpowiada Ci termin spotkania?",
            "Кога Ви е най-удобно да се срещнем?",
            "Mikor lenne a legalkalmasabb egy időpont?",
        ),
    ),
    CONSENT,
]

# -- 3. contact -> Neustadtbüro -----------------------------------------------------------

TOPICS = [
    (
        "registration",
        t(
            "Anmeldung und Behörden",
            "Registration and authorities",
            "Înregistrare și autorități",
            "Meldunek i urzędy",
            "Регистрация и институции",
            "Bejelentkezés és hivatalok",
        ),
    ),
    ("work", t("Arbeit", "Work", "Muncă", "Praca", "Работа", "Munka")),
    ("housing", t("Wohnen", "Housing", "Locuință", "Mieszkanie", "Жилище", "Lakhatás")),
    (
        "school",
        t(
            "Schule und Kita",
            "School and day care",
            "Școală și grădiniță",
            "Szkoła i przedszkole",
            "Училище и детска градина",
            "Iskola és óvoda",
        ),
    ),
    ("health", t("Gesundheit", "Health", "Sănătate", "Zdrowie", "Здраве", "Egészség")),
    (
        "language_course",
        t(
            "Sprachkurse",
            "Language courses",
            "Cursuri de limbă",
            "Kursy językowe",
            "Езикови курсове",
            "Nyelvtanfolyamok",
        ),
    ),
    ("other", t("Sonstiges", "Other", "Altele", "Inne", "Друго", "Egyéb")),
]

KONTAKT_FIELDS = [
    dict(
        id="topic",
        type="choice",
        required=True,
        options=TOPICS,
        widget="select",
        title=t("Thema", "Topic", "Subiect", "Temat", "Тема", "Téma"),
    ),
    dict(
        id="message",
        type="longtext",
        required=True,
        title=t("Nachricht", "Message", "Mesaj", "Wiadomość", "Съобщение", "Üzenet"),
    ),
    NAME,
    PHONE,
    EMAIL,
    CONTACT_BY_EMAIL,
    PREFERRED_LANGUAGE,
    CONSENT,
]

# -- 4. school registration support -> Schulteam ----------------------------------------

CONCERNS = [
    (
        "registration",
        t(
            "Schulanmeldung",
            "School registration",
            "Înscrierea la școală",
            "Zapisanie do szkoły",
            "Записване в училище",
            "Iskolai beiratkozás",
        ),
    ),
    (
        "school_refusal",
        t(
            "Schulverweigerung",
            "School refusal",
            "Refuzul de a merge la școală",
            "Odmowa chodzenia do szkoły",
            "Отказ от ходене на училище",
            "Iskolakerülés",
        ),
    ),
    (
        "transition",
        t(
            "Übergang Kita → Schule",
            "Transition day care → school",
            "Trecerea de la grădiniță la școală",
            "Przejście z przedszkola do szkoły",
            "Преход от детска градина към училище",
            "Átmenet az óvodából az iskolába",
        ),
    ),
]

SCHULE_FIELDS = [
    dict(
        id="child_age",
        type="int",
        required=True,
        title=t(
            "Alter des Kindes",
            "Child's age",
            "Vârsta copilului",
            "Wiek dziecka",
            "Възраст на детето",
            "A gyermek életkora",
        ),
    ),
    dict(
        id="school",
        type="text",
        title=t(
            "Schule oder Kita (falls bekannt)",
            "School or day care (if known)",
            "Școala sau grădinița (dacă se cunoaște)",
            "Szkoła lub przedszkole (jeśli wiadomo)",
            "Училище или детска градина (ако е известно)",
            "Iskola vagy óvoda (ha ismert)",
        ),
    ),
    dict(
        id="concern",
        type="choice",
        required=True,
        options=CONCERNS,
        title=t(
            "Worum geht es?",
            "What is it about?",
            "Despre ce este vorba?",
            "Czego dotyczy sprawa?",
            "За какво става въпрос?",
            "Miről van szó?",
        ),
    ),
    dict(
        NAME,
        required=True,
        title=t(
            "Name eines Elternteils",
            "Parent's name",
            "Numele părintelui",
            "Imię i nazwisko rodzica",
            "Име на родител",
            "A szülő neve",
        ),
    ),
    PHONE,
    EMAIL,
    CONTACT_BY_EMAIL,
    PREFERRED_LANGUAGE,
    CONSENT,
]

FORMS = [
    dict(
        id="wohnraum-missstand-melden",
        unit="wohnraumkontrolle",
        fields=WOHNRAUM_FIELDS,
        title=t(
            "Wohnraum-Missstand melden",
            "Report a housing problem",
            "Semnalați o problemă de locuință",
            "Zgłoś nieprawidłowości w mieszkaniu",
            "Сигнал за проблем с жилище",
            "Lakhatási probléma bejelentése",
        ),
        description=t(
            "Melden Sie Missstände in einer Wohnung in Weißenfels, auch anonym.",
            "Report problems in a home in Weißenfels, anonymously if you wish.",
            "Semnalați probleme într-o locuință din Weißenfels, și anonim.",
            "Zgłoś nieprawidłowości w mieszkaniu w Weißenfels, także anonimowo.",
            "Съобщете за проблеми в жилище във Вайсенфелс, ако желаете анонимно.",
            "Jelentse be egy weißenfelsi lakás problémáit, akár névtelenül is.",
        ),
    ),
    dict(
        id="erstgespraech-anfragen",
        unit="clearingstelle",
        fields=CLEARING_FIELDS,
        title=t(
            "Erstgespräch in der Clearingstelle anfragen",
            "Request a first interview at the Clearingstelle",
            "Solicitați o primă discuție la Clearingstelle",
            "Poproś o pierwszą rozmowę w Clearingstelle",
            "Заявете първи разговор в Clearingstelle",
            "Első beszélgetés kérése a Clearingstelle-nél",
        ),
        description=t(
            "Neu in Weißenfels? Wir klären mit Ihnen, welche Hilfe Sie brauchen.",
            "New in Weißenfels? Together we find out what help you need.",
            "Sunteți nou în Weißenfels? Stabilim împreună de ce ajutor aveți nevoie.",
            "Jesteś nowy w Weißenfels? Razem ustalimy, jakiej pomocy potrzebujesz.",
            "Нов сте във Вайсенфелс? Заедно ще изясним от каква помощ се нуждаете.",
            "Új Weißenfelsben? Együtt tisztázzuk, milyen segítségre van szüksége.",
        ),
    ),
    dict(
        id="kontakt",
        unit="neustadtbuero",
        fields=KONTAKT_FIELDS,
        title=t(
            "Kontakt zum Neustadtbüro",
            "Contact the Neustadtbüro",
            "Contactați Neustadtbüro",
            "Kontakt z Neustadtbüro",
            "Връзка с Neustadtbüro",
            "Kapcsolatfelvétel a Neustadtbüróval",
        ),
        description=t(
            "Schreiben Sie dem Willkommenszentrum: wir antworten in Ihrer Sprache.",
            "Write to the welcome centre: we answer in your language.",
            "Scrieți centrului de bun venit: vă răspundem în limba dumneavoastră.",
            "Napisz do centrum powitalnego: odpowiemy w Twoim języku.",
            "Пишете на центъра за посрещане: отговаряме на Вашия език.",
            "Írjon az üdvözlőközpontnak: az Ön nyelvén válaszolunk.",
        ),
    ),
    dict(
        id="schulanmeldung-begleitung",
        unit="schulteam",
        fields=SCHULE_FIELDS,
        title=t(
            "Begleitung bei der Schulanmeldung",
            "Support with school registration",
            "Sprijin la înscrierea la școală",
            "Pomoc przy zapisie do szkoły",
            "Съдействие при записване в училище",
            "Segítség az iskolai beiratkozáshoz",
        ),
        description=t(
            "Das Schulteam begleitet Familien bei Anmeldung, Schulbesuch und Übergang von der Kita.",
            "The school team supports families with registration, attendance and the move from day care.",
            "Echipa școlară sprijină familiile la înscriere, frecventarea școlii și trecerea de la grădiniță.",
            "Zespół szkolny wspiera rodziny przy zapisie, uczęszczaniu do szkoły i przejściu z przedszkola.",
            "Училищният екип помага на семействата при записване, посещаване на училище и прехода от детската градина.",
            (
                "Az iskolai csapat segíti a családokat a beiratkozásban, az iskolába járásban és az óvodából való "
                "átmenetben."
            ),
        ),
    ),
]

SUBMIT_LABEL = t("Absenden", "Send", "Trimiteți", "Wyślij", "Изпрати", "Küldés")
THANKS_TITLE = t("Vielen Dank", "Thank you", "Vă mulțumim", "Dziękujemy", "Благодарим Ви", "Köszönjük")


# -- supermodel XML ----------------------------------------------------------------------

FIELD_TYPES = {
    "text": "zope.schema.TextLine",
    "email": "zope.schema.TextLine",
    "longtext": "zope.schema.Text",
    "int": "zope.schema.Int",
    "date": "zope.schema.Date",
    "bool": "zope.schema.Bool",
    "consent": "zope.schema.Bool",
    "choice": "zope.schema.Choice",
    "multi": "zope.schema.Set",
    "file": "plone.namedfile.field.NamedBlobFile",
}


def _values(options, lang):
    elements = "".join(f"<element key={quoteattr(key)}>{escape(titles[lang])}</element>" for key, titles in options)
    return f"<values>{elements}</values>"


def field_xml(field, lang):
    kind = field["type"]
    attrs = f'name="{field["id"]}" type="{FIELD_TYPES[kind]}"'
    if kind == "email":
        attrs += ' easyform:validators="isValidEmail"'
    if kind == "consent":
        attrs += ' easyform:validators="isChecked"'
    parts = [f"<title>{escape(field['title'][lang])}</title>"]
    if field.get("description"):
        parts.append(f"<description>{escape(field['description'][lang])}</description>")
    parts.append(f"<required>{'True' if field.get('required') else 'False'}</required>")
    if field.get("default"):
        parts.append(f"<default>{escape(field['default'])}</default>")
    if kind == "int":
        parts.append("<min>0</min>")
    if kind == "choice":
        parts.append(_values(field["options"], lang))
        if field.get("widget") != "select":
            parts.append('<form:widget type="z3c.form.browser.radio.RadioFieldWidget"/>')
    if kind == "multi":
        parts.append(f'<value_type type="zope.schema.Choice">{_values(field["options"], lang)}</value_type>')
        parts.append('<form:widget type="z3c.form.browser.checkbox.CheckBoxFieldWidget"/>')
    return f"<field {attrs}>{''.join(parts)}</field>"


def fields_model(fields, lang):
    body = "".join(field_xml(field, lang) for field in fields)
    return (
        '<model xmlns="http://namespaces.plone.org/supermodel/schema" '
        'xmlns:form="http://namespaces.plone.org/supermodel/form" '
        'xmlns:easyform="http://namespaces.plone.org/supermodel/easyform">'
        f"<schema>{body}</schema></model>"
    )


def actions_model(unit_id):
    return (
        '<model xmlns="http://namespaces.plone.org/supermodel/schema"><schema>'
        '<field name="create_case" type="weissenfels.portal.easyform.actions.CreateCase">'
        f"<title>Als Vorgang speichern</title><unit>{unit_id}</unit><email_field>email</email_field>"
        "</field></schema></model>"
    )


# -- creating the forms ------------------------------------------------------------------


def unit_folder(language_root, unit_id):
    folder = language_root.get(unit_id)
    if folder is None:
        # The units part of the portal creates /<lang>/<unit id> as an Organisationseinheit;
        # a plain folder stands in until then, so the forms' paths stay the same.
        folder = api.content.create(container=language_root, type="Folder", id=unit_id, title=unit_id)
        ILanguage(folder).set_language(ILanguage(language_root).get_language())
        _publish(folder)
    return folder


def _publish(obj):
    if api.content.get_state(obj, default=None) == "private":
        api.content.transition(obj, to_state="published")


def create_demo_forms():
    portal = api.portal.get()
    # Demo team inboxes (the .example domain never delivers anywhere).
    for spec in FORMS:
        folder = portal["vorgaenge"][spec["unit"]]
        if not folder.inbox_email:
            folder.inbox_email = f"team-{spec['unit']}@weissenfels.example"
    for spec in FORMS:
        versions = {}
        for lang in FORM_LANGUAGES:
            language_root = portal.get(lang)
            if language_root is None:
                continue
            container = unit_folder(language_root, spec["unit"])
            form = container.get(spec["id"])
            if form is None:
                form = api.content.create(
                    container=container,
                    type="EasyForm",
                    id=spec["id"],
                    title=spec["title"][lang],
                    description=spec["description"][lang],
                )
                form.fields_model = fields_model(spec["fields"], lang)
                form.actions_model = actions_model(spec["unit"])
                form.submitLabel = SUBMIT_LABEL[lang]
                form.thankstitle = THANKS_TITLE[lang]
                form.thanksdescription = ""
                ILanguage(form).set_language(lang)
                form.reindexObject()
                _publish(form)
                logger.info("Created demo form %s", form.absolute_url_path())
            versions[lang] = form
        source = versions.get("de")
        if source is None:
            continue
        manager = ITranslationManager(source)
        for lang, form in versions.items():
            if lang != "de" and not manager.has_translation(lang):
                manager.register_translation(lang, form)
    # The translation links are found through the catalog: index them before anyone asks.
    processQueue()
