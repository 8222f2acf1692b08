"""The inbox's form filter names only forms of cases the user may see (issue 13: it listed
forms that only other units' cases use)."""

from case_forms import make_case
from lxml import html
from weissenfels.portal.testing import DEMO_PASSWORD

import requests
import transaction


def form_options(url, user):
    response = requests.get(url + "/@@vorgaenge-inbox", auth=(user, DEMO_PASSWORD), timeout=30)
    assert response.status_code == 200
    return html.fromstring(response.text).xpath("//select[@id='inbox-form']/option/text()")


def test_the_form_filter_lists_only_forms_of_visible_cases(demo_functional_portal):
    portal = demo_functional_portal
    make_case(portal, "wohnraumkontrolle", text="Schimmel", form_uid="uid-wohnraum", form_title="Wohnraum-Formular")
    make_case(
        portal, "clearingstelle", text="Anmeldung", form_uid="uid-geheim", form_title="Geheimes Clearing-Formular"
    )
    transaction.commit()
    root = portal["vorgaenge"].absolute_url()

    wohnraum = form_options(root, "sb-wohnraumkontrolle")
    assert any("wohnraum" in option.lower() for option in wohnraum)
    assert not any("geheim" in option.lower() for option in wohnraum)
    assert not any(
        "geheim" in option.lower() for option in form_options(root + "/wohnraumkontrolle", "sb-wohnraumkontrolle")
    )
    clearing = form_options(root, "sb-clearingstelle")
    assert any("geheim" in option.lower() for option in clearing)
