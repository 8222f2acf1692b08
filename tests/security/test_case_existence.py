"""Who may not view a case folder cannot tell an existing case from a missing one
(security/case_existence.py; issue 13: anonymous `…/wsf-2026-000001/getId` answered 200,
a missing case 404)."""

from case_forms import make_case
from security_helpers import HANDLER
from security_helpers import session_for

import pytest
import requests
import transaction


SUFFIXES = [
    "",
    "/getId",
    "/Title",
    "/absolute_url",
    "/view",
    "/base_view",
    "/@@images/x",
    "/@@nonexistent",
    "/nonexistent",
    "/getId/x",
    "/@@case-handling-panel",
    "/@@case-thumbnail",
    "/@case-notes",
    "/++api++",
    "/@@download/attachments",
    "/@@view/getId",
]


@pytest.fixture
def case(site):
    found = make_case(site, "wohnraumkontrolle", text="Schimmel")
    transaction.commit()
    return found


def same_answers(session, existing, missing, json=False):
    differences = []
    for suffix in SUFFIXES:
        a = session.get(
            existing + suffix, allow_redirects=False, timeout=30, headers={"Accept": "application/json"} if json else {}
        )
        b = session.get(
            missing + suffix, allow_redirects=False, timeout=30, headers={"Accept": "application/json"} if json else {}
        )
        loc_a = a.headers.get("Location", "").replace(existing.rsplit("/", 1)[1], "ID")
        loc_b = b.headers.get("Location", "").replace(missing.rsplit("/", 1)[1], "ID")
        if (a.status_code, loc_a) != (b.status_code, loc_b) or a.status_code == 200:
            differences.append((suffix, a.status_code, b.status_code, loc_a, loc_b))
    return differences


@pytest.mark.parametrize("user", [None, "sb-clearingstelle"])
@pytest.mark.parametrize("json", [False, True])
def test_existing_and_missing_cases_answer_alike(site, case, user, json):
    existing = case.absolute_url()
    missing = existing.rsplit("/", 1)[0] + "/wsf-2026-999999"
    assert same_answers(session_for(user), existing, missing, json=json) == []


def test_the_team_still_sees_its_case_and_a_404_for_a_missing_one(site, case):
    session = session_for(HANDLER)
    assert session.get(case.absolute_url(), timeout=30).status_code == 200
    assert (
        session.get(
            case.absolute_url() + "/@case-notes", headers={"Accept": "application/json"}, timeout=30
        ).status_code
        == 200
    )
    missing = case.absolute_url().rsplit("/", 1)[0] + "/wsf-2026-999999"
    assert session.get(missing, timeout=30).status_code == 404
    assert session.get(missing + "/getId", timeout=30).status_code == 404
    assert session.get(case.absolute_url() + "/@@nonexistent", timeout=30).status_code == 404


@pytest.mark.parametrize("user", [None, "sb-clearingstelle"])
def test_other_spellings_and_methods_answer_alike(site, case, user):
    folder, case_id = case.absolute_url().rsplit("/", 1)
    acquired = folder.replace("/vorgaenge/", "/de/vorgaenge/")
    auth = session_for(user).auth
    differences = []
    for method in ("GET", "HEAD", "POST", "OPTIONS"):
        for template in (
            "{folder}/{id}/getId",
            "{folder}/++item++{id}/getId",
            "{acquired}/{id}/getId",
            "{folder}/{id}/",
        ):
            answers = []
            for name in (case_id, "wsf-2026-999999"):
                url = template.format(folder=folder, acquired=acquired, id=name)
                response = requests.request(
                    method, url, auth=auth, allow_redirects=False, timeout=30, headers={"Connection": "close"}
                )
                answers.append((response.status_code, response.headers.get("Location", "").replace(name, "ID")))
            if answers[0] != answers[1] or (answers[0][0] == 200 and method in ("GET", "POST")):
                differences.append((method, template, answers))
    assert differences == []
