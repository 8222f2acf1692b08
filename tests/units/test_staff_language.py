"""Staff pages speak German whatever the browser asks for (multilingual/staff_language.py),
unless the user picked another language in the personal preferences."""

from lxml import html
from plone import api
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


ENGLISH_BROWSER = {"Accept-Language": "en-US,en;q=0.9"}


def page(url, user):
    answer = requests.get(url, auth=(user, DEMO_PASSWORD), headers=ENGLISH_BROWSER, timeout=30)
    assert answer.status_code == 200, url
    tree = html.fromstring(answer.text)
    return tree.get("lang"), tree.xpath("string(//h1)").strip()


@pytest.mark.parametrize(
    "path,user,heading",
    [
        ("/vorgaenge/wohnraumkontrolle", "sb-wohnraumkontrolle", "Posteingang Vorgänge"),
        ("/vorgaenge/@@vorgaenge-inbox", "sb-wohnraumkontrolle", "Posteingang Vorgänge"),
        ("/@@vorgaenge-kennzahlen", "steuerung-stadt", "Kennzahlen der Vorgänge"),
    ],
)
def test_english_browser_gets_german_staff_pages(demo_functional_portal, path, user, heading):
    lang, h1 = page(demo_functional_portal.absolute_url() + path, user)
    assert lang == "de"
    assert h1 == heading


def test_english_browser_gets_the_german_intranet(demo_functional_portal):
    lang, _ = page(demo_functional_portal.absolute_url() + "/intranet", "mitglied-clearingstelle")
    assert lang == "de"


def test_public_pages_still_follow_the_language_folder(demo_functional_portal):
    answer = requests.get(demo_functional_portal.absolute_url() + "/ro", headers=ENGLISH_BROWSER, timeout=30)
    assert html.fromstring(answer.text).get("lang") == "ro"


def test_personal_preference_wins(demo_functional_portal):
    with api.env.adopt_roles(["Manager"]):
        api.user.get(userid="sb-wohnraumkontrolle").setMemberProperties({"language": "en"})
    transaction.commit()
    lang, h1 = page(demo_functional_portal.absolute_url() + "/vorgaenge/wohnraumkontrolle", "sb-wohnraumkontrolle")
    assert lang == "en"
    assert h1 == "Case inbox"
