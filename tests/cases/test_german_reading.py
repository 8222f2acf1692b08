"""The team reads every case in German (issue 17): Bulgarian, Romanian, Polish, Ukrainian and
Arabic (issue 18) housing reports, posted over HTTP like a browser, are read with German labels and option titles on
the case page, in the inbox, in the team mail (real SMTP sink) and in the data-subject
export; the resident's free text stays as written and their view is one click away.
"""

from case_forms import cases_in
from case_forms import HOUSING_ANSWERS
from case_forms import submit
from datetime import datetime
from io import BytesIO
from lxml import html
from openpyxl import load_workbook
from plone.app.multilingual.interfaces import ITranslationManager
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from site_client import site_session
from smtp_sink import site_mail_sink
from test_mail import subject
from test_mail import text
from test_mail import wait_for
from weissenfels.portal.cases.mail_html import Reference
from weissenfels.portal.organisation import LANGUAGES
from weissenfels.portal.testing import DEMO_PASSWORD

import csv
import example_content
import io
import pytest
import re
import transaction


TEAM = ("sb-wohnraumkontrolle", DEMO_PASSWORD)
STEERING = ("steuerung-stadt", DEMO_PASSWORD)
FORM_ID = "wohnraum-missstand-melden"
FIELDS = example_content.form_texts(FORM_ID)
OPTIONS = {token: titles for token, titles in FIELDS["problems"]["options"]}

# What each resident writes in their own words (kept as written) and the contact language
# they choose (the Romanian resident wants German mail).
RESIDENTS = {
    "bg": ("Мухъл в детската стая, парното не работи.", "bg", "Вашето съобщение"),
    "ro": ("Mucegai în camera copiilor, căldura nu merge.", "de", "Ihre Nachricht"),
    "pl": ("Pleśń w pokoju dziecięcym, ogrzewanie nie działa.", "pl", "Twoja wiadomość"),
    "uk": ("Пліснява в дитячій кімнаті, опалення не працює.", "uk", "Ваше повідомлення"),
    "ar": ("عفن في غرفة الأطفال، والتدفئة لا تعمل.", "ar", "رسالتك"),
}


@pytest.fixture
def mail_queue(case_site, tmp_path):
    """The site's queued MailHost delivering to a real SMTP sink (tests/smtp_sink.py)."""
    with site_mail_sink(tmp_path) as received:
        yield received


def form_url(site, lang):
    return f"{site.absolute_url()}/{lang}/wohnraumkontrolle/{FORM_ID}"


def report(site, lang, description, contact=None, **more):
    values = dict(HOUSING_ANSWERS, problems=["overcrowding", "mould"], description=description, **more)
    if contact:
        values["preferred_language"] = contact
    response = submit(form_url(site, lang), values)
    assert response.status_code == 200 and "WSF-" in response.text, response.text[-2000:]
    reference = re.search(r'id="case-reference">(WSF-\d{4}-\d{6})<', response.text).group(1)
    (case,) = [c for c in cases_in(site, "wohnraumkontrolle") if c.reference == reference]
    return case


def case_page(case, **params):
    response = site_session(TEAM).get(case.absolute_url(), params=params)
    assert response.status_code == 200
    return html.fromstring(response.text)


def values_table(page):
    return {
        " ".join("".join(row.xpath("th/text()")).split()): " ".join(row.xpath("string(td)").split())
        for row in page.xpath("//table[@id='case-values']//tr")
    }


def german_title(site):
    return site["de"]["wohnraumkontrolle"][FORM_ID].Title()


@pytest.mark.parametrize("lang", sorted(RESIDENTS))
def test_report_in_a_residents_language_is_read_in_german(case_site, mail_queue, lang):
    description, contact, receipt_subject = RESIDENTS[lang]
    case = report(case_site, lang, description, contact=contact, email="resident@example.org")
    resident_title = case_site[lang]["wohnraumkontrolle"][FORM_ID].Title()
    assert resident_title != german_title(case_site)

    # Stored: field id, option tokens, the German snapshot and what the resident saw.
    rows = {row["id"]: row for row in case.submitted_values}
    assert rows["problems"]["tokens"] == ["overcrowding", "mould"]
    assert rows["problems"]["label"] == FIELDS["problems"]["title"]["de"]
    assert rows["problems"]["value"] == f"{OPTIONS['overcrowding']['de']}, {OPTIONS['mould']['de']}"
    assert rows["problems"]["resident_label"] == FIELDS["problems"]["title"][lang]
    assert rows["problems"]["resident_value"] == f"{OPTIONS['overcrowding'][lang]}, {OPTIONS['mould'][lang]}"
    assert rows["description"]["value"] == rows["description"]["resident_value"] == description
    assert rows["children"]["value"] == "Ja"
    assert (case.submission_language, case.form_language, case.contact_language) == (lang, lang, contact)
    assert case.form_title == german_title(case_site) and case.resident_form_title == resident_title

    # The case page: German labels and titles, the resident's words as written.
    page = case_page(case)
    table = values_table(page)
    assert table[FIELDS["problems"]["title"]["de"]] == "Überbelegung, Schimmel / Feuchtigkeit"
    assert table[FIELDS["street"]["title"]["de"]] == "Merseburger Straße"
    assert table[FIELDS["description"]["title"]["de"]] == description
    assert OPTIONS["mould"][lang] not in page.xpath("string(//table[@id='case-values'])")
    assert page.xpath("string(//*[@id='case-form'])") == german_title(case_site)

    # The inbox names the form by its German title and shows the resident's words.
    inbox = html.fromstring(site_session(TEAM).get(f"{case_site.absolute_url()}/vorgaenge/@@vorgaenge-inbox").text)
    (row,) = inbox.xpath(f"//tr[@data-reference='{case.reference}']")
    cells = [" ".join(cell.xpath("string()").split()) for cell in row.xpath("td")]
    assert german_title(case_site) in cells and resident_title not in " ".join(cells)
    assert description[:40] in " ".join(cells)

    # The team mail names the form in German; the receipt is in the contact language.
    messages = wait_for(mail_queue, 2)
    by_recipient = {tuple(rcpts): message for rcpts, message in messages}
    team = text(by_recipient[("team-wohnraumkontrolle@weissenfels.example",)])
    assert german_title(case_site) in team and resident_title not in team
    receipt = by_recipient[("resident@example.org",)]
    # An Arabic subject keeps the reference left to right (an LTR isolate, cases/mail.ltr).
    assert subject(receipt) == f"{receipt_subject} {Reference(case.reference).plain(contact)}"
    assert f"/{contact}/@@vorgang-status" in text(receipt)

    # The data-subject export: German labels and values beside the resident's view.
    export = site_session((SITE_OWNER_NAME, SITE_OWNER_PASSWORD), json=True).get(
        f"{case_site.absolute_url()}/@data-subject-request", params={"query": "resident@example.org"}
    )
    assert export.status_code == 200, export.text
    (item,) = export.json()["items"]
    assert item["form_title"] == german_title(case_site) and item["resident_form_title"] == resident_title
    assert (item["language"], item["form_language"], item["contact_language"]) == (lang, lang, contact)
    exported = {value["id"]: value for value in item["values"]}
    assert exported["problems"]["label"] == FIELDS["problems"]["title"]["de"]
    assert exported["problems"]["value"] == "Überbelegung, Schimmel / Feuchtigkeit"
    assert exported["problems"]["tokens"] == ["overcrowding", "mould"]
    assert exported["problems"]["resident_value"] == f"{OPTIONS['overcrowding'][lang]}, {OPTIONS['mould'][lang]}"
    assert exported["description"]["value"] == description


def test_case_page_names_the_three_languages_and_toggles_to_the_residents_view(case_site):
    case = report(case_site, "bg", "Мухъл.", contact="ro")
    page = case_page(case)
    assert page.xpath("string(//*[@id='case-language'])") == "Bulgarisch, Български (bg)"
    assert page.xpath("string(//*[@id='case-form-language'])") == "Bulgarisch, Български (bg)"
    assert page.xpath("string(//*[@id='case-contact-language'])") == "Rumänisch, Română (ro)"
    assert "Улица" not in values_table(page)

    toggle = page.xpath("//a[@id='case-values-toggle']/@href")[0]
    assert toggle.endswith("?ansicht=original")
    resident = case_page(case, ansicht="original")
    table = values_table(resident)
    assert table["Улица"] == "Merseburger Straße"
    assert table[FIELDS["problems"]["title"]["bg"]] == "Пренаселеност, Мухъл / влага"
    assert resident.xpath("string(//*[@id='case-form'])") == case_site["bg"]["wohnraumkontrolle"][FORM_ID].Title()
    assert resident.xpath("//a[@id='case-values-toggle']/@href")[0] == case.absolute_url()
    # The resident's view is the case page: another team and anonymous visitors get neither.
    for auth in (("sb-clearingstelle", DEMO_PASSWORD), None):
        other = site_session(auth).get(case.absolute_url(), params={"ansicht": "original"}, allow_redirects=False)
        assert other.status_code in (302, 401, 403, 404) and "Merseburger" not in other.text


def test_a_field_renamed_or_removed_later_leaves_the_old_case_unchanged(case_site):
    case = report(case_site, "bg", "Мухъл.")
    before = values_table(case_page(case))

    german = case_site["de"]["wohnraumkontrolle"][FORM_ID]
    model = german.fields_model
    model = model.replace(FIELDS["problems"]["title"]["de"], "Mängel der Wohnung")
    model = model.replace(OPTIONS["mould"]["de"], "Schimmelbefall")
    model = re.sub(r'<field name="since_when".*?</field>', "", model, flags=re.S)
    german.fields_model = model
    transaction.commit()

    assert values_table(case_page(case)) == before
    assert before[FIELDS["problems"]["title"]["de"]] == "Überbelegung, Schimmel / Feuchtigkeit"
    assert before[FIELDS["since_when"]["title"]["de"]] == "Oktober"
    # A new report is named by the form as it is now.
    new = report(case_site, "bg", "Пак мухъл.")
    assert values_table(case_page(new))["Mängel der Wohnung"] == "Überbelegung, Schimmelbefall"


def test_a_field_only_in_one_languages_form_shows_with_its_label_and_a_note(case_site):
    bulgarian = case_site["bg"]["wohnraumkontrolle"][FORM_ID]
    extra = (
        '<field name="roma_interpreter" type="zope.schema.TextLine">'
        "<title>Нужен ли е преводач на ромски?</title><required>False</required></field>"
    )
    bulgarian.fields_model = bulgarian.fields_model.replace("</schema>", extra + "</schema>")
    transaction.commit()

    case = report(case_site, "bg", "Мухъл.", roma_interpreter="да, моля")
    row = {r["id"]: r for r in case.submitted_values}["roma_interpreter"]
    assert (row["label"], row["value"], row["only_in"]) == ("Нужен ли е преводач на ромски?", "да, моля", "bg")
    page = case_page(case)
    (header,) = [th for th in page.xpath("//table[@id='case-values']//th") if "ромски" in th.text_content()]
    assert header.xpath("string(.//*[contains(@class, 'case-only-in')])") == "nur im bulgarischen Formular"
    assert values_table(page)["Нужен ли е преводач на ромски?"] == "да, моля"


def test_figures_count_mould_across_languages_per_unit(case_site):
    for lang in ("bg", "ro", "de"):
        report(case_site, lang, "Schimmel")
    # A report without mould does not count.
    submit(form_url(case_site, "pl"), dict(HOUSING_ANSWERS, problems=["vermin"]))
    response = site_session(STEERING).get(f"{case_site.absolute_url()}/@@vorgaenge-kennzahlen")
    assert response.status_code == 200
    page = html.fromstring(response.text)
    (mould,) = page.xpath("//table[@id='figures-options-table']//tr[@data-option='problems:mould']")
    assert mould.xpath("string(th)") == OPTIONS["mould"]["de"]
    assert mould.xpath("string(td[@data-unit='wohnraumkontrolle'])") == "3"
    assert mould.xpath("string(td[@data-unit='clearingstelle'])") == "0"
    assert mould.xpath("string(td[contains(@class, 'figures-option-total')])") == "3"
    (vermin,) = page.xpath("//tr[@data-option='problems:vermin']")
    assert vermin.xpath("string(td[@data-unit='wohnraumkontrolle'])") == "1"
    # Titled in German, never in the residents' languages.
    table = page.xpath("string(//table[@id='figures-options-table'])")
    assert FIELDS["problems"]["title"]["de"] in table and OPTIONS["mould"]["bg"] not in table
    # Another month has none of these.
    other = html.fromstring(
        site_session(STEERING)
        .get(f"{case_site.absolute_url()}/@@vorgaenge-kennzahlen", params={"monat": "2020-01"})
        .text
    )
    assert other.xpath("//tr[@data-option='problems:mould']") == []


MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober")
MONTHS_DE += ("November", "Dezember")


def test_figures_files_count_options_across_languages_as_german_excel_reads_them(case_site):
    for lang in ("bg", "ro", "de"):
        report(case_site, lang, "Schimmel")  # overcrowding and mould, from three languages
    submit(form_url(case_site, "pl"), dict(HOUSING_ANSWERS, problems=["vermin"]))
    now = datetime.now()
    month = f"{MONTHS_DE[now.month - 1]} {now.year}"
    question = FIELDS["problems"]["title"]["de"]
    mould = f"Genannt im {month}: {question} – {OPTIONS['mould']['de']}"

    data = site_session(STEERING).get(f"{case_site.absolute_url()}/@@vorgaenge-kennzahlen.csv").content
    # German Excel on a double click: the BOM says UTF-8, `;` separates, `,` is the decimal mark
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert all(len(row) == 3 for row in rows)
    table = {}
    for figure, item, value in rows[1:]:
        table.setdefault(figure, {})[item] = value
    assert table[mould]["Wohnraumkontrolle"] == "3"  # bg, ro and de counted as one option
    assert table[mould]["Clearingstelle"] == "0"  # every unit, also with none
    assert table[mould]["Gesamt"] == "3"
    vermin = f"Genannt im {month}: {question} – {OPTIONS['vermin']['de']}"
    assert table[vermin]["Wohnraumkontrolle"] == "1"
    text = data.decode("utf-8")
    assert OPTIONS["mould"]["bg"] not in text and OPTIONS["mould"]["ro"] not in text  # German titles only
    # another month: none of these
    other = site_session(STEERING).get(
        f"{case_site.absolute_url()}/@@vorgaenge-kennzahlen.csv", params={"monat": "2020-01"}
    )
    assert "Genannt im" not in other.content.decode("utf-8-sig")

    workbook = site_session(STEERING).get(f"{case_site.absolute_url()}/@@vorgaenge-kennzahlen.xlsx")
    book = load_workbook(BytesIO(workbook.content))
    assert book.sheetnames == ["Kennzahlen", "Zeiten je Einheit", "Optionen je Einheit"]
    sheet = [tuple(row) for row in book["Optionen je Einheit"].iter_rows(values_only=True)]
    header = sheet[0]
    assert header[:3] == ("Monat", "Frage", "Option") and header[-1] == "Gesamt"
    (row,) = [row for row in sheet[1:] if row[2] == OPTIONS["mould"]["de"]]
    counts = dict(zip(header, row, strict=True))
    assert counts["Monat"] == month and counts["Frage"] == question
    assert counts["Wohnraumkontrolle"] == 3 and counts["Clearingstelle"] == 0 and counts["Gesamt"] == 3
    assert (mould, "Wohnraumkontrolle", 3) in [tuple(r) for r in book["Kennzahlen"].iter_rows(values_only=True)]


def test_contact_language_is_a_choice_of_the_sites_languages(case_site):
    assert [token for token, _title in FIELDS["preferred_language"]["options"]] == list(LANGUAGES)
    for lang in ("de", "bg"):
        form = case_site[lang]["wohnraumkontrolle"][FORM_ID]
        page = html.fromstring(site_session().get(form.absolute_url()).text)
        options = page.xpath("//select[@name='form.widgets.preferred_language:list']/option")
        named = {o.get("value"): o.text_content().strip() for o in options if o.get("value") in LANGUAGES}
        assert named == {
            "de": "Deutsch",
            "en": "English",
            "ro": "Română",
            "pl": "Polski",
            "bg": "Български",
            "hu": "Magyar",
            "ar": "العربية",
            "uk": "Українська",
        }
    # Without a choice the contact language is the page language.
    case = report(case_site, "pl", "Pleśń.")
    assert case.contact_language == "pl"
    assert ITranslationManager(case_site["pl"]["wohnraumkontrolle"][FORM_ID]).get_translation("de") is not None
