"""The finder on the site `make start` makes: /bg/wer-hilft-mir lists the demo's situations in
Bulgarian (Lebenslage content of the Bulgarian Wegweiser, texts from the bg catalogue)."""

import pytest
import re
import requests


pytestmark = pytest.mark.slow

BULGARIAN = (
    "Току-що пристигнах във Вайсенфелс",
    "Имам проблем с жилището си",
    "Моето дете и училището",
    "Имам нужда от съвет",
)


def test_bulgarian_finder_lists_the_demo_situations_in_bulgarian(started_site):
    page = requests.get(f"{started_site.url}/bg/wer-hilft-mir", timeout=60)
    assert page.status_code == 200
    text = page.text
    assert "Кой може да ми помогне?" in text
    positions = [text.index(title) for title in BULGARIAN]
    assert positions == sorted(positions)  # in the Wegweiser's order
    assert "Ich habe ein Problem mit meiner Wohnung" not in text
    assert "wsf-untranslated-notice" not in text
    answer = requests.get(f"{started_site.url}/bg/wer-hilft-mir", params={"situation": "housing"}, timeout=60)
    # the Bulgarian unit's form (its translated id), without the not-translated notice
    link = re.search(r"<a [^>]*wsf-finder-action[^>]*>", answer.text).group(0)
    action = re.search(r'href="([^"]+)"', link).group(1)
    assert action.startswith(f"{started_site.url}/bg/wohnraumkontrolle/")
    assert "untranslated" not in action
