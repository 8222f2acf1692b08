"""The one helper for dates and numbers on pages (weissenfels/portal/formatting.py)."""

from datetime import date
from datetime import datetime
from weissenfels.portal.formatting import format_date
from weissenfels.portal.formatting import format_datetime
from weissenfels.portal.formatting import format_number
from weissenfels.portal.formatting import page_language

import pytest


MOMENT = datetime(2026, 11, 30, 14, 5, 9)


@pytest.mark.parametrize("language", ["de", "de-de", "", None])
def test_german_and_the_default_follow_german_conventions(language):
    assert format_date(MOMENT, language) == "30.11.2026"
    assert format_date(date(2026, 11, 30), language) == "30.11.2026"
    assert format_datetime(MOMENT, language) == "30.11.2026, 14:05"
    assert format_datetime(MOMENT, language, seconds=True) == "30.11.2026, 14:05:09"
    assert format_number(26, language) == "26,0"
    assert format_number(1234.567, language, digits=2) == "1234,57"


@pytest.mark.parametrize("language", ["en", "ro", "uk", "ar"])
def test_other_languages_get_iso_forms(language):
    assert format_date(MOMENT, language) == "2026-11-30"
    assert format_datetime(MOMENT, language) == "2026-11-30 14:05"
    assert format_number(26, language) == "26.0"


def test_nothing_shows_as_empty_text():
    assert format_date(None, "de") == format_datetime(None, "en") == format_number(None, "de") == ""
    assert format_number(0, "de") == "0,0"


def test_the_page_language_is_the_negotiated_one_else_german():
    assert page_language({"LANGUAGE": "ro"}) == "ro"
    assert page_language({}) == "de"
    assert page_language(None) == "de"


def test_the_template_helper_is_no_page(demo_functional_portal):
    import requests

    response = requests.get(f"{demo_functional_portal.absolute_url()}/de/@@wsf-format", timeout=30)
    assert response.status_code == 404
