"""What a visitor reads on the legal pages and around the forms' consent, per language
(issue 18): shared by the functional tests and the started-site test."""

LANGUAGES = ("de", "en", "ro", "pl", "bg", "hu", "uk", "ar")
LEGAL_PAGES = ("impressum", "datenschutz", "barrierefreiheit")

# The start of the note that only the German text is binding, and the link's text.
BINDING_NOTE = {
    "en": ("This translation is for your information.", "German version"),
    "ro": ("Această traducere are scop informativ.", "versiunea în limba germană"),
    "pl": ("To tłumaczenie ma charakter wyłącznie informacyjny.", "wersja niemiecka"),
    "bg": ("Този превод е само за ваша информация.", "версията на немски език"),
    "hu": ("Ez a fordítás tájékoztató jellegű.", "német nyelvű változat"),
    "uk": ("Цей переклад має лише інформаційний характер.", "німецькомовна версія"),
    "ar": ("هذه الترجمة للعلم فقط.", "النسخة الألمانية"),
}

# The footer's labels of the legal pages and the status page: (Impressum, Datenschutz,
# Barrierefreiheit, status page).
FOOTER_LABELS = {
    "de": ("Impressum", "Datenschutz", "Barrierefreiheit", "Status meiner Nachricht"),
    "en": ("Legal notice", "Privacy", "Accessibility", "Status of my message"),
    "ro": ("Informații legale (Impressum)", "Protecția datelor", "Accesibilitate", "Stadiul mesajului meu"),
    "pl": ("Nota prawna (Impressum)", "Ochrona danych", "Dostępność", "Status mojej wiadomości"),
    "bg": ("Правна информация (Impressum)", "Защита на данните", "Достъпност", "Състояние на моето съобщение"),
    "hu": ("Impresszum", "Adatvédelem", "Akadálymentesség", "Üzenetem állapota"),
    "uk": ("Вихідні дані (Impressum)", "Захист даних", "Доступність", "Стан мого звернення"),
    "ar": ("بيانات الناشر (Impressum)", "حماية البيانات", "إمكانية الوصول", "حالة رسالتي"),
}

# The consent box's link to the privacy notice.
CONSENT_LINK = {
    "de": "Datenschutzhinweise: wie wir mit Ihren Angaben umgehen (öffnet in einem neuen Tab)",
    "ro": "Informare privind protecția datelor: cum tratăm datele dumneavoastră (se deschide într-o filă nouă)",
    "pl": "Informacja o ochronie danych: jak postępujemy z Państwa danymi (otwiera się w nowej karcie)",
    "bg": "Информация за защита на данните: как обработваме вашите данни (отваря се в нов раздел)",
    "uk": "Повідомлення про захист даних: як ми поводимося з вашими даними (відкривається в новій вкладці)",
    "ar": "إشعار حماية البيانات: كيف نتعامل مع بياناتك (يُفتح في علامة تبويب جديدة)",
}

# What the accessibility statement names in every language: the city's e-mail for
# feedback and the enforcement body of the BGG LSA (a public body, no person's name).
FEEDBACK_MAIL = "portal@weissenfels.example.org"
ENFORCEMENT_BODY = ("Ombudsstelle bei der Landesfachstelle für Barrierefreiheit Sachsen-Anhalt", "39261 Zerbst/Anhalt")
