"""The script that makes photos smaller before upload (issue 19) is loaded where a public form
is, deferred and versioned, and nowhere else; what it does is tested in Chromium
(tests/browser/test_photo_upload.py)."""

from case_forms import HOUSING_FORM
from lxml import html

import pytest
import requests


BUNDLE = "//script[@data-bundle='weissenfels-photo-downscale']"


def scripts(url):
    response = requests.get(url, timeout=60)
    assert response.status_code == 200
    return html.fromstring(response.text).xpath(BUNDLE)


@pytest.mark.parametrize("form", [HOUSING_FORM, "ar/neustadtbuero/kontakt"])
def test_public_forms_load_the_photo_script_deferred_and_versioned(demo_functional_portal, form):
    [script] = scripts(f"{demo_functional_portal.absolute_url()}/{form}")
    assert script.get("defer") is not None
    assert "++webresource++" in script.get("src")
    response = requests.get(script.get("src"), timeout=60)
    assert response.status_code == 200
    assert "javascript" in response.headers["Content-Type"]
    assert response.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert "DataTransfer" in response.text


@pytest.mark.parametrize("path", ["de", "de/wohnraumkontrolle", "de/wer-hilft-mir", "de/@@vorgang-status"])
def test_other_pages_do_not_load_it(demo_functional_portal, path):
    assert scripts(f"{demo_functional_portal.absolute_url()}/{path}") == []
