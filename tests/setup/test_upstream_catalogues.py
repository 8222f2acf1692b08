"""The add-on's entries for upstream domains (plone, z3c.form, zope, collective.easyform,
plone.z3cform, the data grid; issue 18). zope.i18n merges the catalogues of one domain from
several packages into one translation domain, asked in registration order; a msgid with an
empty msgstr is left out of the compiled .mo, so an entry upstream leaves empty falls through
to the add-on's; where both translate a msgid, the first registered catalogue wins."""

from pathlib import Path
from zope.component import getUtility
from zope.i18n import translate
from zope.i18n.interfaces import ITranslationDomain

import pytest
import re


LOCALES = Path(__file__).resolve().parents[2] / "src/weissenfels.portal/src/weissenfels/portal/locales"
RESIDENT_LANGUAGES = ("ro", "pl", "bg", "hu", "ar", "uk")
ENTRY = re.compile(r'^msgid "(.+)"\nmsgstr "(.*)"$', re.MULTILINE)


@pytest.mark.parametrize(
    "domain,msgid,lang,expected",
    [
        ("plone", "label_toggle_navigation", "de", "Navigation ein- und ausblenden"),  # empty upstream
        ("plone", "label_toggle_navigation", "ar", "إظهار التنقل أو إخفاؤه"),
        ("plone", "Take the case up.", "de", "Den Vorgang in Bearbeitung nehmen."),  # the case workflow
        ("zope", "Required input is missing.", "uk", "Це поле обов’язкове."),  # zope.schema: no uk upstream
        ("z3c.form", "There were some errors.", "ar", "حدثت بعض الأخطاء."),  # z3c.form: no ar upstream
        ("collective.easyform", "EasyForm", "uk", "Форма"),
        ("collective.z3cform.datagridfield", "label_datagridwidget_manipulators_addrow", "de", "Zeile hinzufügen"),
        ("plone.z3cform", "title_required", "ar", "مطلوب"),
    ],
)
def test_add_on_entries_translate(integration, domain, msgid, lang, expected):
    assert translate(msgid, domain=domain, target_language=lang) == expected


def test_upstream_translation_stays_where_it_has_one(integration):
    # "Error" is translated by plone.app.locales; the add-on's plone catalogue follows it.
    assert translate("Error", domain="plone", target_language="de") == "Fehler"
    names = getUtility(ITranslationDomain, "plone").getCatalogsInfo()["de"]
    assert any("plone/app/locales" in name for name in names)
    assert any("weissenfels/portal/locales" in name for name in names)


def test_no_entry_copies_the_msgid():
    """A resident language's entry is a translation, not the English (or German) text again;
    language names are the one exception (written in their own language)."""
    copied = []
    for lang in RESIDENT_LANGUAGES:
        for path in (LOCALES / lang / "LC_MESSAGES").glob("*.po"):
            if path.stem == "weissenfels.portal":
                continue
            copied += [
                (path.name, lang, msgid) for msgid, msgstr in ENTRY.findall(path.read_text("utf-8")) if msgstr == msgid
            ]
    assert not copied
