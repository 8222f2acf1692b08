"""Issue 18 on a site made as `make start` makes it: a sample of public pages in several
languages and a staff page in German carry no English UI string (tests/ui_language.py; the
whole sweep runs in the test layer, tests/units/test_ui_language.py)."""

from ui_language import english_on_page
from ui_language import english_texts

import pytest
import requests


pytestmark = pytest.mark.slow

SAMPLE = [
    ("ar", "/ar"),
    ("uk", "/uk/wer-hilft-mir"),
    ("ro", "/ro/wohnraumkontrolle/wohnraum-missstand-melden"),
    ("bg", "/bg/@@vorgang-status"),
    ("de", "/de/@@search?SearchableText=Wohnung"),
]


def test_sample_of_public_pages_has_no_english_ui_strings(integration, started_site):
    # `integration` loads the same catalogues into this process, to tell translations apart
    texts = english_texts()
    found = {}
    for lang, path in SAMPLE:
        answer = requests.get(started_site.url + path, timeout=60)
        assert answer.status_code == 200, path
        english = english_on_page(answer.text, lang, texts)
        if english:
            found[path] = english
    assert not found, found


def test_inbox_is_german_for_an_english_browser(integration, started_site):
    answer = requests.get(
        started_site.url + "/vorgaenge/wohnraumkontrolle",
        auth=("sb-wohnraumkontrolle", started_site.demo_password),
        headers={"Accept-Language": "en-US,en;q=0.9"},
        timeout=60,
    )
    assert answer.status_code == 200
    assert english_on_page(answer.text, "de", english_texts()) == []
