"""A required checkbox group ("Welche Probleme gibt es?") with nothing ticked is refused,
over HTTP as a browser sends it (only the group's empty marker), in the form's language."""

from case_forms import cases_in
from case_forms import HOUSING_REQUIRED_ANSWERS
from case_forms import submit

import pytest


FORM = "wohnraumkontrolle/wohnraum-missstand-melden"

# zope's RequiredMissing as the add-on's zope.po (bg) and z3c.form (de) translate it.
REQUIRED_ERROR = {
    "de": "Erforderliche Eingabe fehlt.",
    "bg": "Това поле е задължително.",
}


@pytest.mark.parametrize("lang", sorted(REQUIRED_ERROR))
def test_required_group_with_nothing_ticked_is_refused(case_site, lang):
    answers = dict(HOUSING_REQUIRED_ANSWERS, problems=[])
    response = submit(f"{case_site.absolute_url()}/{lang}/{FORM}", answers)
    assert response.status_code == 200
    assert "WSF-" not in response.text
    assert cases_in(case_site, "wohnraumkontrolle") == []
    page = response.text
    start = page.index('id="formfield-form-widgets-problems"')
    problems_block = page[start : page.index('id="formfield-form-widgets-description"', start)]
    assert REQUIRED_ERROR[lang] in problems_block  # the error at the group, in the form's language
    assert "Ratten im Keller" in page  # the typed text kept


def test_one_ticked_option_is_enough(case_site):
    response = submit(f"{case_site.absolute_url()}/bg/{FORM}", dict(HOUSING_REQUIRED_ANSWERS, problems=["vermin"]))
    assert "WSF-" in response.text
    assert len(cases_in(case_site, "wohnraumkontrolle")) == 1
