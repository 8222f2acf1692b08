"""Demo reply templates (Textbausteine): the same four for every unit, in every resident language.

The translations were written for the demo as a careful translator would, but nobody who
reads these languages has checked them yet: `reviewed` stays empty, so the case page marks
them "not checked" until an editor ticks a language.
"""

from plone import api
from weissenfels.portal import logger
from weissenfels.portal.setuphandlers.reply_templates import ensure_reply_template_folders
from weissenfels.portal.units.registry import active_units


RECEIVED = {
    "de": "Wir haben Ihre Meldung {reference} vom {date} erhalten. Wir werden das Gebäude besichtigen "
    "und melden uns danach wieder bei Ihnen. Bei Fragen erreichen Sie uns unter {phone}.\n\nIhr Team {unit}",
    "en": "We have received your report {reference} of {date}. We will inspect the building and will "
    "contact you again afterwards. If you have any questions, you can reach us on {phone}.\n\nTeam {unit}",
    "ro": "Am primit sesizarea dumneavoastră {reference} din {date}. Vom inspecta clădirea și vă vom "
    "contacta din nou după aceea. Dacă aveți întrebări, ne puteți contacta la {phone}.\n\nEchipa {unit}",
    "pl": "Otrzymaliśmy Państwa zgłoszenie {reference} z dnia {date}. Przeprowadzimy oględziny budynku, "
    "a następnie ponownie się z Państwem skontaktujemy. W razie pytań prosimy o kontakt pod numerem "
    "{phone}.\n\nZespół {unit}",
    "bg": "Получихме Вашия сигнал {reference} от {date}. Ще направим оглед на сградата и след това "
    "отново ще се свържем с Вас. Ако имате въпроси, можете да се свържете с нас на телефон {phone}."
    "\n\nЕкип {unit}",
    "hu": "Megkaptuk {date} napon tett bejelentését (ügyszám: {reference}). Megtekintjük az épületet, "
    "és ezt követően ismét jelentkezünk. Kérdés esetén a következő telefonszámon érhet el minket: "
    "{phone}.\n\n{unit} csapata",
    "ar": "لقد استلمنا بلاغكم رقم {reference} بتاريخ {date}. سنقوم بمعاينة المبنى، ثم سنتواصل معكم "
    "مرة أخرى. إذا كانت لديكم أسئلة، يمكنكم الاتصال بنا على الرقم {phone}.\n\nفريق {unit}",
    "uk": "Ми отримали Ваше повідомлення {reference} від {date}. Ми оглянемо будинок і після цього "
    "знову зв'яжемося з Вами. Якщо у Вас є запитання, телефонуйте нам за номером {phone}.\n\nКоманда {unit}",
}

CALL_US = {
    "de": "Bitte rufen Sie uns an, damit wir einen Termin mit Ihnen vereinbaren können: {phone}. "
    "Bitte nennen Sie dabei Ihr Aktenzeichen {reference}.\n\nIhr Team {unit}",
    "en": "Please call us so that we can arrange an appointment with you: {phone}. Please quote your "
    "reference {reference} when you call.\n\nTeam {unit}",
    "ro": "Vă rugăm să ne sunați pentru a stabili o programare: {phone}. Vă rugăm să menționați numărul "
    "de referință {reference}.\n\nEchipa {unit}",
    "pl": "Prosimy o telefon, abyśmy mogli umówić się z Państwem na spotkanie: {phone}. Prosimy podać "
    "przy tym numer sprawy {reference}.\n\nZespół {unit}",
    "bg": "Моля, обадете ни се, за да си уговорим среща: {phone}. Моля, посочете номера на сигнала си "
    "{reference}.\n\nЕкип {unit}",
    "hu": "Kérjük, hívjon fel minket, hogy időpontot egyeztethessünk: {phone}. Kérjük, hivatkozzon az "
    "ügyszámára: {reference}.\n\n{unit} csapata",
    "ar": "يُرجى الاتصال بنا لتحديد موعد: {phone}. يُرجى ذكر رقم البلاغ {reference} عند الاتصال.\n\nفريق {unit}",
    "uk": "Будь ласка, зателефонуйте нам, щоб домовитися про зустріч: {phone}. Будь ласка, назвіть номер "
    "Вашого звернення {reference}.\n\nКоманда {unit}",
}

FORWARDED = {
    "de": "Ihre Meldung {reference} wurde an {unit} weitergeleitet und wird dort weiter bearbeitet. "
    "Sie erreichen uns unter {phone}.\n\nIhr Team {unit}",
    "en": "Your report {reference} has been forwarded to {unit}, where it will be dealt with from now on. "
    "You can reach us on {phone}.\n\nTeam {unit}",
    "ro": "Sesizarea dumneavoastră {reference} a fost transmisă către {unit}, unde va fi soluționată în "
    "continuare. Ne puteți contacta la {phone}.\n\nEchipa {unit}",
    "pl": "Państwa zgłoszenie {reference} zostało przekazane do jednostki {unit}, gdzie będzie dalej "
    "rozpatrywane. Można się z nami skontaktować pod numerem {phone}.\n\nZespół {unit}",
    "bg": "Вашият сигнал {reference} беше препратен към {unit} и ще бъде обработен там. Можете да се "
    "свържете с нас на телефон {phone}.\n\nЕкип {unit}",
    "hu": "Bejelentését ({reference}) továbbítottuk a következő szervezeti egységhez: {unit}. A "
    "továbbiakban ott foglalkoznak vele. Elérhetőségünk: {phone}.\n\n{unit} csapata",
    "ar": "تمت إحالة بلاغكم رقم {reference} إلى {unit}، حيث ستتم متابعته من الآن فصاعدًا. يمكنكم "
    "التواصل معنا على الرقم {phone}.\n\nفريق {unit}",
    "uk": "Ваше повідомлення {reference} передано до {unit}, де його розглядатимуть далі. Зв'язатися з "
    "нами можна за номером {phone}.\n\nКоманда {unit}",
}

NOT_REACHED = {
    "de": "Wir haben versucht, Sie wegen Ihrer Meldung {reference} zu erreichen, leider ohne Erfolg. "
    "Bitte rufen Sie uns unter {phone} an.\n\nIhr Team {unit}",
    "en": "We tried to reach you about your report {reference}, but without success. Please call us on "
    "{phone}.\n\nTeam {unit}",
    "ro": "Am încercat să vă contactăm în legătură cu sesizarea dumneavoastră {reference}, dar nu am "
    "reușit. Vă rugăm să ne sunați la {phone}.\n\nEchipa {unit}",
    "pl": "Próbowaliśmy skontaktować się z Państwem w sprawie zgłoszenia {reference}, niestety bez "
    "powodzenia. Prosimy o telefon pod numer {phone}.\n\nZespół {unit}",
    "bg": "Опитахме се да се свържем с Вас във връзка с Вашия сигнал {reference}, но не успяхме. Моля, "
    "обадете ни се на телефон {phone}.\n\nЕкип {unit}",
    "hu": "Megpróbáltuk elérni Önt a bejelentésével ({reference}) kapcsolatban, de sajnos nem sikerült. "
    "Kérjük, hívjon minket a következő telefonszámon: {phone}.\n\n{unit} csapata",
    "ar": "حاولنا التواصل معكم بخصوص بلاغكم رقم {reference}، ولكن دون جدوى. يُرجى الاتصال بنا على "
    "الرقم {phone}.\n\nفريق {unit}",
    "uk": "Ми намагалися зв'язатися з Вами щодо Вашого повідомлення {reference}, але, на жаль, не змогли. "
    "Будь ласка, зателефонуйте нам за номером {phone}.\n\nКоманда {unit}",
}

DEMO_TEMPLATES = (
    ("eingang-begehung", "Eingang bestätigt, Begehung geplant", RECEIVED),
    ("termin-anrufen", "Bitte um Anruf für einen Termin", CALL_US),
    ("weitergeleitet", "Weitergeleitet", FORWARDED),
    ("nicht-erreicht", "Nicht erreicht", NOT_REACHED),
)


def create_demo_reply_templates():
    """The four demo templates in every unit's folder; existing ones stay as editors left them."""
    root = ensure_reply_template_folders()
    for unit in active_units():
        folder = root[unit.key]
        for template_id, title, texts in DEMO_TEMPLATES:
            if template_id in folder:
                continue
            with api.env.adopt_roles(["Manager"]):
                api.content.create(
                    container=folder,
                    type="Textbaustein",
                    id=template_id,
                    title=title,
                    reviewed=[],
                    **{f"text_{code}": text for code, text in texts.items()},
                )
        logger.info("Demo reply templates in /textbausteine/%s", unit.key)
