"""Issue 17 on a site made as `make start` makes it: a Bulgarian housing report, sent through
the Bulgarian form, is read in German by the Wohnraumkontrolle's handler (demo user
sb-wohnraumkontrolle), and seen as the resident saw it on request. (The team mail's German
form title is tested with a real SMTP sink in tests/cases/test_german_reading.py; the started
site sends mail once `make start` passes SMTP_HOST/MAIL_FROM on, issue 17's mail part.)"""

from case_forms import submit
from lxml import html
from site_client import site_session

import pytest
import re


pytestmark = pytest.mark.slow

FORM = "wohnraumkontrolle/wohnraum-missstand-melden"


def test_bulgarian_housing_report_is_read_in_german_by_the_handler(started_site):
    values = {
        "street": "Merseburger Straße",
        "house_number": "7",
        "problems": ["overcrowding", "mould"],
        "description": "Мухъл в детската стая, живеем девет души.",
        "children": "yes",
        "preferred_language": "bg",
        "privacy_consent": True,
    }
    # The started site keeps the default minimum fill time: fill in like a person.
    response = submit(f"{started_site.url}/bg/{FORM}", values, fill_seconds=5)
    assert response.status_code == 200
    reference = re.search(r'id="case-reference">(WSF-\d{4}-\d{6})<', response.text).group(1)

    handler = site_session(("sb-wohnraumkontrolle", started_site.demo_password), url=started_site.url)
    case_url = f"{started_site.url}/vorgaenge/wohnraumkontrolle/{reference.lower()}"
    page = html.fromstring(handler.get(case_url).text)
    table = {
        " ".join("".join(row.xpath("th/text()")).split()): " ".join(row.xpath("string(td)").split())
        for row in page.xpath("//table[@id='case-values']//tr")
    }
    assert table["Welche Probleme gibt es?"] == "Überbelegung, Schimmel / Feuchtigkeit"
    assert table["Straße"] == "Merseburger Straße"
    assert table["Leben Kinder dort?"] == "Ja"
    assert table["Beschreibung"] == values["description"]  # the resident's words as written
    assert page.xpath("string(//*[@id='case-form'])") == "Wohnraum-Missstand melden"
    assert page.xpath("string(//*[@id='case-language'])") == "Bulgarisch, Български (bg)"
    assert page.xpath("string(//*[@id='case-contact-language'])") == "Bulgarisch, Български (bg)"

    resident = html.fromstring(handler.get(case_url, params={"ansicht": "original"}).text)
    assert "Пренаселеност, Мухъл / влага" in resident.xpath("string(//table[@id='case-values'])")
