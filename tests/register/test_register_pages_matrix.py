"""The register's own pages and actions over HTTP (issue 20), cell by cell from the section
"Building register: pages and actions" of tests/security/permission_matrix.md: the
Clearingstelle's address lookup, the team's overdue follow-ups, workflow changes and photos of
an inspection. A "no" is a refusal and nothing changed."""

from datetime import date
from datetime import timedelta
from io import BytesIO
from permission_matrix_reader import section_cells
from PIL import Image
from plone import api
from plone.namedfile.file import NamedBlobImage
from site_client import site_session
from test_register_io_http import credentials
from test_register_io_http import denied
from test_register_io_http import io_site  # noqa: F401 (the fixture)
from test_register_io_http import ROLES
from test_register_io_http import token_for
from test_register_io_http import USERS
from weissenfels.portal.register.buildings import add_to_building

import pytest
import transaction


pytestmark = pytest.mark.usefixtures("register_without_examples")
SECTION = "## Building register: pages and actions (issue 20)"


def pages_matrix():
    return section_cells(SECTION, ROLES)


def png():
    out = BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 200)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def pages_site(io_site):  # noqa: F811 (the fixture imported above)
    portal, building, inspection = io_site
    with api.env.adopt_roles(["Manager"]):
        late = add_to_building(
            building,
            "Begehung",
            start=inspection.start - timedelta(days=30),
            measures=[{"what": "Nachkontrolle", "follow_up": date.today() - timedelta(days=1), "done": False}],
        )
        inspection.photos = [NamedBlobImage(data=png(), filename="flur.png", contentType="image/png")]
        order = add_to_building(
            building,
            "Anordnung",
            title="Nutzungsuntersagung",
            legal_basis="§ 8",
            file_number="WK-M-1",
            order_date=date(2026, 12, 5),
        )
        api.content.transition(obj=order, transition="in_kraft_setzen")
    transaction.commit()
    return portal, building, inspection, late


@pytest.mark.parametrize("role", ROLES)
def test_register_pages_matrix(pages_site, role):
    portal, building, inspection, late = pages_site
    cells = pages_matrix()
    assert len(cells) == 5
    base = portal.absolute_url()
    session = site_session(credentials(role), url=base)
    for (path, _channel), expected in cells.items():
        want = expected[role] == "yes"
        if path == "/@@anordnungen-abfrage":
            answer = session.get(
                f"{base}/@@anordnungen-abfrage",
                params={"street": "Merseburger Str.", "number": "12", "postcode": "06667"},
                allow_redirects=False,
                timeout=60,
            )
            got = answer.status_code == 200 and "Anordnung in Kraft seit" in answer.text
        elif path == "/vorgaenge/@@register-wiedervorlagen":
            answer = session.get(f"{base}/vorgaenge/@@register-wiedervorlagen", allow_redirects=False, timeout=60)
            got = answer.status_code == 200 and late.absolute_url() in answer.text
            if not want:  # an empty answer to whoever has no follow-ups: nothing of the register
                assert "Merseburger" not in answer.text, (path, role)
                continue
        elif path == "inspection/@@begehung-foto-anzeigen":
            answer = session.get(
                f"{inspection.absolute_url()}/@@begehung-foto-anzeigen",
                params={"index": "0"},
                allow_redirects=False,
                timeout=60,
            )
            got = answer.status_code == 200 and answer.headers.get("Content-Type", "").startswith("image/")
        else:
            token = token_for(portal, USERS[role]) if USERS[role] else ""
            if path == "building/@@register-transition":
                answer = session.post(
                    f"{building.absolute_url()}/@@register-transition",
                    data={"_authenticator": token, "workflow_action": "beobachten"},
                    allow_redirects=False,
                    timeout=60,
                )
                transaction.begin()
                got = api.content.get_state(building) == "unter_beobachtung"
            else:
                answer = session.post(
                    f"{inspection.absolute_url()}/@@begehung-foto",
                    data={"_authenticator": token},
                    files={"photo": ("hof.png", png(), "image/png")},
                    allow_redirects=False,
                    timeout=60,
                )
                transaction.begin()
                got = len(inspection.photos) == 2
        assert got is want, (path, role, answer.status_code)
        if not want:
            assert denied(answer), (path, role, answer.status_code)
