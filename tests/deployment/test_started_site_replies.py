"""Issue 17 on the site `make start` makes: a Bulgarian resident's report, the Wohnraumkontrolle
answers with a demo reply template, the resident reads it in Bulgarian on the status page."""

from case_forms import HOUSING_ANSWERS
from case_forms import submit
from lxml import html
from site_client import site_session

import pytest
import re
import requests


pytestmark = pytest.mark.slow

TEMPLATE_TITLE = "Eingang bestätigt, Begehung geplant"


def test_handler_sends_a_bulgarian_template_reply(started_site):
    base = started_site.url
    form = f"{base}/bg/wohnraumkontrolle/wohnraum-missstand-melden"
    thanks = submit(form, HOUSING_ANSWERS, fill_seconds=5)
    assert thanks.status_code == 200
    reference = re.search(r'id="case-reference">(WSF-\d{4}-\d{6})<', thanks.text).group(1)
    code = re.search(r'id="case-status-code"><code>([^<]+)<', thanks.text).group(1)

    handler = site_session(("sb-wohnraumkontrolle", started_site.demo_password), url=base)
    found = handler.get(
        f"{base}/@search",
        params={"portal_type": "Vorgang", "case_reference": reference},
        headers={"Accept": "application/json"},
    ).json()
    (item,) = found["items"]
    case_url = item["@id"]
    page = html.fromstring(handler.get(case_url).text)
    token = page.xpath("//input[@name='_authenticator']/@value")[0]
    (uid,) = page.xpath(f"//select[@id='case-reply-template']/option[normalize-space()='{TEMPLATE_TITLE}']/@value")

    preview = handler.post(f"{case_url}/@@case-reply-preview", data={"_authenticator": token, "template": uid})
    assert preview.status_code == 200
    preview_doc = html.fromstring(preview.text)
    assert "Получихме Вашия сигнал" in preview_doc.xpath("string(//div[@id='reply-preview-resident'])")
    assert not preview_doc.xpath("//*[@id='reply-preview-fallback']")
    sent = handler.post(f"{case_url}/@@case-reply", data={"_authenticator": token, "template": uid, "note": ""})
    assert sent.status_code == 200
    assert "Wir haben Ihre Meldung" in html.fromstring(sent.text).xpath("string(//ul[@id='case-replies'])")

    status = requests.post(f"{base}/bg/@@vorgang-status", data={"reference": reference, "code": code}, timeout=60)
    assert status.status_code == 200
    reply = html.fromstring(status.text).xpath("string(//div[@id='case-status-reply'])")
    assert f"Получихме Вашия сигнал {reference}" in reply
    assert "03443 000-320" in reply and "Екип Wohnraumkontrolle" in reply
    assert "Wir haben Ihre Meldung" not in reply
