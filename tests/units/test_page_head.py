"""The page head in every language (multilingual/head.py): the site's title instead of the
language folder's, titles and descriptions for the finder and the status page, and the
alternates with German as x-default."""

import pytest
import re
import requests


SITE = "Der Weißenfelser Weg"


def head(url):
    page = requests.get(url, timeout=60)
    assert page.status_code == 200, url
    title = re.search(r"<title>(.*?)</title>", page.text, re.S).group(1).strip()
    descriptions = re.findall(r'<meta name="description" content="([^"]*)"', page.text)
    alternates = dict(
        (lang, href) for href, lang in re.findall(r'<link rel="alternate" href="([^"]+)" hreflang="([^"]+)"', page.text)
    ) or dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', page.text))
    return page.text, title, descriptions, alternates


@pytest.fixture
def site_url(demo_functional_portal):
    from plone import api

    api.portal.set_registry_record("plone.site_title", SITE)
    import transaction

    transaction.commit()
    return demo_functional_portal.absolute_url()


@pytest.mark.parametrize(
    "lang,finder_title",
    [("de", "Wer hilft mir?"), ("bg", "Кой може да ми помогне?"), ("ar", None)],
)
def test_finder_is_titled_as_its_heading(site_url, lang, finder_title):
    html, title, descriptions, _ = head(f"{site_url}/{lang}/wer-hilft-mir")
    heading = re.search(r'<h1 class="documentFirstHeading"[^>]*>(.*?)</h1>', html, re.S).group(1).strip()
    assert title == f"{heading} — {SITE}"
    if finder_title:
        assert heading == finder_title
    assert "Deutsch" not in title and "العربية" not in title
    assert len(descriptions) == 1 and descriptions[0]


@pytest.mark.parametrize("lang", ["de", "ro", "uk"])
def test_status_page_and_language_root_have_a_title_and_one_description(site_url, lang):
    _, title, descriptions, _ = head(f"{site_url}/{lang}/@@vorgang-status")
    assert title.endswith(f" — {SITE}") and len(title) > len(SITE) + 5
    assert len(descriptions) == 1 and descriptions[0]
    _, title, descriptions, _ = head(f"{site_url}/{lang}")
    # A root shows its front page or, where it has none, the finder: titled as what it shows,
    # never as the language folder.
    assert title == SITE or title.endswith(f" — {SITE}")
    assert not any(name in title for name in ("Deutsch", "Română", "Українська"))
    assert len(descriptions) == 1 and descriptions[0]


def test_unit_page_keeps_its_own_description_and_names_x_default(site_url):
    _, title, descriptions, alternates = head(f"{site_url}/ro/wohnraumkontrolle")
    assert title.endswith(f" — {SITE}") and "Română" not in title
    assert len(descriptions) == 1
    assert alternates["x-default"] == alternates["de"] == f"{site_url}/de/wohnraumkontrolle"
    assert "ro" in alternates and "bg" in alternates


@pytest.mark.parametrize(
    "path,page_title",
    [
        ("de/@@search?SearchableText=Wohnung", "Suche"),
        ("ro/@@search", "Căutare"),
        ("login", "Anmelden"),
        ("mail_password_form", "Passwort zurücksetzen"),
        ("de/@@sitemap", "Übersicht aller Seiten"),
        ("ar/@@contact-info", "اتصل بنا"),
    ],
)
def test_plones_own_pages_have_their_own_title(site_url, path, page_title):
    """WCAG 2.4.2: each was titled with the site's name alone, indistinguishable in a tab list."""
    _, title, descriptions, _ = head(f"{site_url}/{path}")
    assert title == f"{page_title} — {SITE}"
    assert len(descriptions) == 1 and descriptions[0]


def test_a_missing_page_is_titled_as_not_found(site_url):
    page = requests.get(f"{site_url}/de/gibt-es-nicht", headers={"Accept": "text/html"}, timeout=60)
    assert page.status_code == 404
    assert re.search(r"<title>(.*?)</title>", page.text, re.S).group(1).strip() == f"Seite nicht gefunden — {SITE}"


@pytest.mark.parametrize(
    "user,path,page_title",
    [
        ("redakteurin", "de/@@outdated-translations", "Veraltete Übersetzungen"),
        ("redakteurin", "de/@@uebersetzungen", "Übersetzungen"),
        ("steuerung-stadt", "@@vorgaenge-kennzahlen", "Kennzahlen der Vorgänge"),
    ],
)
def test_staff_pages_on_a_root_are_titled_as_their_heading(site_url, user, path, page_title):
    """They carried the site's name alone, as a language root's front page does."""
    from weissenfels.portal.testing import DEMO_PASSWORD

    page = requests.get(f"{site_url}/{path}", auth=(user, DEMO_PASSWORD), timeout=60)
    assert page.status_code == 200
    assert f'<h1 class="documentFirstHeading">{page_title}</h1>' in page.text
    assert re.search(r"<title>(.*?)</title>", page.text, re.S).group(1).strip() == f"{page_title} — {SITE}"
