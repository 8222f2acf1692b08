"""The section "Membership management" of tests/security/permission_matrix.md, cell by cell
over HTTP: who may open the membership pages and who may change which group."""

from membership_helpers import change
from membership_helpers import COLLEAGUE
from membership_helpers import group_members
from membership_helpers import SITE_ADMIN
from permission_matrix_reader import section_text
from plone import api
from site_client import authenticator
from site_client import site_session
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import transaction


NO_GROUPS = "matrix-ohne-gruppen"
ROLES = {
    "anonymous": None,
    "authenticated": NO_GROUPS,
    "team-member": "sb-wohnraumkontrolle",
    "team-lead": "teamleitung-wohnraumkontrolle",
    "other-team-lead": "teamleitung-clearingstelle",
    "wg-member": "mitglied-clearingstelle",
    "wg-lead": "leitung-clearingstelle-stadt",
    "other-wg-lead": "leitung-schulteam-stadt",
    "steuerung": "steuerung-stadt",
    "site-admin": SITE_ADMIN,
}
# The group a change on each page touches, by kind.
GROUPS = {
    "/vorgaenge/wohnraumkontrolle/@@team-mitglieder": {
        "team": "team-wohnraumkontrolle",
        "lead": "team-wohnraumkontrolle-leitung",
    },
    "/intranet/ag-clearingstelle/@@mitglieder": {"team": "ag-clearingstelle", "lead": "ag-clearingstelle-leitung"},
    "/intranet/steuerung/@@mitglieder": {"team": "steuerung", "lead": "steuerung"},
}


def cells():
    """[(page, channel, {role: "yes"|"no"})] of the section."""
    text = section_text("## Membership management")
    header, rows = None, []
    for line in text.splitlines():
        if not line.startswith("|") or line.startswith("|---"):
            continue
        columns = [column.strip() for column in line.strip().strip("|").split("|")]
        if header is None:
            header = columns
            continue
        rows.append((columns[0], columns[1], dict(zip(header[2:], columns[2:], strict=True))))
    assert header and set(header[2:]) == set(ROLES), header
    return rows


def test_the_section_covers_every_page():
    pages = {page for page, _channel, _cells in cells()}
    assert set(GROUPS) | {"/@@organisation"} == pages


@pytest.mark.parametrize("role", ROLES)
def test_role(site, role):
    api.user.create(email=f"{NO_GROUPS}@weissenfels.example", username=NO_GROUPS, password=DEMO_PASSWORD)
    transaction.commit()
    user = ROLES[role]
    session = site_session((user, DEMO_PASSWORD) if user else None)
    # The user's own CSRF token, from a page every logged-in user may open.
    token = authenticator(session, f"{site.absolute_url()}/de") if user else ""
    wrong = []
    for page, channel, expected in cells():
        url = site.absolute_url() + page
        if channel == "open":
            response = session.get(url, allow_redirects=False)
            got = response.status_code == 200 and "require_login" not in response.url
        else:
            kind = channel.removeprefix("add ")
            group_id = GROUPS[page][kind]
            assert COLLEAGUE not in group_members(group_id)
            change(session, url, "added", kind=kind, token=token)
            got = COLLEAGUE in group_members(group_id)
            if got:
                api.group.remove_user(groupname=group_id, username=COLLEAGUE)
                transaction.commit()
        if ("yes" if got else "no") != expected[role]:
            wrong.append((page, channel, expected[role]))
    assert wrong == []
