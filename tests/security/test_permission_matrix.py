"""The permission matrix of issue 9: roles x content/state x channels, over real HTTP.

The expected value of every cell lives in permission_matrix.md (next to this file); this test
creates the content, asks the portal through each channel as each role and fails on any cell
that differs. One test per role: the content is made once per test (FunctionalTesting resets
the database between tests), the site-wide pages (sitemap, navigation) are fetched once.

Cell values: "yes" (the user gets it / may do it), "no" (refused or not shown), "n/a" (the
channel does not apply to that content; the test checks the channel really offers nothing).
"""

from case_forms import make_case
from io import BytesIO
from plone import api
from plone.dexterity.utils import createContentInContainer
from plone.namedfile.file import NamedBlobImage
from Products.CMFPlone.interfaces.syndication import IFeedSettings
from site_client import site_session
from weissenfels.portal.register.buildings import add_to_building
from weissenfels.portal.register.buildings import create_building
from weissenfels.portal.register.structure import KEEPER_CAPABILITY
from weissenfels.portal.register.structure import KEEPER_ROLE
from weissenfels.portal.register.structure import LOOKUP_CAPABILITY
from weissenfels.portal.register.structure import LOOKUP_ROLE
from weissenfels.portal.register.structure import REGISTER_ID
from weissenfels.portal.testing import DEMO_PASSWORD
from weissenfels.portal.testing import transition_as
from weissenfels.portal.units.capabilities import sync_local_roles

import datetime
import gzip
import itertools
import pathlib
import pytest
import re
import transaction


TABLE = pathlib.Path(__file__).parent / "permission_matrix.md"

NO_GROUPS = "matrix-ohne-gruppen"
SITE_ADMIN = "matrix-site-admin"
ROLES = {
    "anonymous": None,
    "authenticated": NO_GROUPS,
    "editor": "redakteurin",
    "handler-A": "sb-wohnraumkontrolle",
    "handler-B": "sb-clearingstelle",
    "member-A": "mitglied-clearingstelle",
    "member-B": "mitglied-schulteam",
    "tandem-lead": "leitung-clearingstelle-stadt",
    "steuerung": "steuerung-stadt",
    "site-admin": SITE_ADMIN,
}
CHANNELS = (
    "view",
    "edit",
    "listing",
    "catalog",
    "rest-get",
    "@@search",
    "sitemap",
    "rss",
    "navigation",
    "attachment",
    "thumbnail",
    "rest-patch",
    "rest-delete",
)
WORKSPACE = "ag-clearingstelle"
PROTOKOLL_AUTHOR = "leitung-clearingstelle-landkreis"
BERICHT_AUTHOR = "mitglied-clearingstelle"
LEAD = "leitung-clearingstelle-stadt"


def png():
    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


# Content rows: name -> factory(portal, suffix) returning the object (made as the real authors).
def unit_page(portal, suffix):
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(
            container=portal["de"],
            type="Organisationseinheit",
            id=f"matrix-einheit{suffix}",
            title=f"Matrixprobe Einheit{suffix}",
        )
        api.content.transition(obj=obj, to_state="published")
    return obj


def draft_document(portal, suffix):
    with api.env.adopt_user(username="redakteurin"):
        return api.content.create(
            container=portal["de"], type="Document", id=f"matrix-entwurf{suffix}", title=f"Matrixprobe Entwurf{suffix}"
        )


def easyform(portal, suffix):
    with api.env.adopt_roles(["Manager"]):
        obj = api.content.create(
            container=portal["de"],
            type="EasyForm",
            id=f"matrix-formular{suffix}",
            title=f"Matrixprobe Formular{suffix}",
        )
        api.content.transition(obj=obj, to_state="published")
    return obj


def situation(portal, suffix):
    """A situation of the finder, added by the Redaktion in /de/wer-hilft-mir and published."""
    with api.env.adopt_user(username="redakteurin"):
        obj = api.content.create(
            container=portal["de"]["wer-hilft-mir"],
            type="Lebenslage",
            id=f"matrix-lebenslage{suffix}",
            title=f"Matrixprobe Lebenslage{suffix}",
            answer="Die Wohnraumkontrolle hilft.",
            unit="wohnraumkontrolle",
        )
        api.content.transition(obj=obj, to_state="published")
    return obj


def case(*transitions):
    def factory(portal, suffix):
        obj = make_case(
            portal,
            "wohnraumkontrolle",
            values=[("Beschreibung", "Schimmel im Flur")],
            attachments=[NamedBlobImage(data=png(), contentType="image/png", filename="flur.png")],
        )
        with api.env.adopt_user(username="sb-wohnraumkontrolle"):
            for transition in transitions:
                api.portal.get_tool("portal_workflow").doActionFor(obj, transition, comment="Erledigt")
        obj.reindexObject()
        return obj

    return factory


def reply_template(portal, suffix):
    """A Textbaustein of the Wohnraumkontrolle, as the Redaktion writes it."""
    with api.env.adopt_user(username="redakteurin"):
        return api.content.create(
            container=portal["textbausteine"]["wohnraumkontrolle"],
            type="Textbaustein",
            id=f"matrix-textbaustein{suffix}",
            title=f"Matrixprobe Textbaustein{suffix}",
            text_de="Wir haben Ihre Meldung {reference} erhalten.",
        )


def intranet_item(portal_type, state):
    def factory(portal, suffix):
        author = PROTOKOLL_AUTHOR if portal_type == "Protokoll" else BERICHT_AUTHOR
        with api.env.adopt_user(username=author):
            obj = api.content.create(
                container=portal["intranet"][WORKSPACE],
                type=portal_type,
                id=f"matrix-{portal_type.lower()}-{state}{suffix}",
                title=f"Matrixprobe {portal_type} {state}{suffix}",
                period_start=datetime.date(2022, 1, 1),
                period_end=datetime.date(2022, 1, 31),
                meeting_start=datetime.datetime(2022, 1, 5, 10, 0),
            )
        transition_as(obj, author, LEAD, state)
        return obj

    return factory


MATRIX_NUMBERS = itertools.count(1)
REGISTER_TEAM = "sb-wohnraumkontrolle"


def building_register(portal, suffix):
    """The register itself; its copies for PATCH/DELETE are made and granted as install does."""
    if not suffix:
        return portal[REGISTER_ID]
    with api.env.adopt_roles(["Manager"]):
        obj = createContentInContainer(
            portal,
            "Gebaeuderegister",
            checkConstraints=False,
            id=f"matrix-register{suffix}",
            title="Matrixprobe Register",
        )
        obj.__ac_local_roles_block__ = True
        sync_local_roles(obj, KEEPER_CAPABILITY, [KEEPER_ROLE])
        sync_local_roles(obj, LOOKUP_CAPABILITY, [LOOKUP_ROLE])
    return obj


def _building(portal):
    with api.env.adopt_user(username=REGISTER_TEAM):
        return create_building("Matrixprobeweg", str(next(MATRIX_NUMBERS)), "06667", register=portal[REGISTER_ID])


def _transitions(obj, transitions):
    with api.env.adopt_user(username=REGISTER_TEAM):
        for transition in transitions:
            api.content.transition(obj=obj, transition=transition)
    obj.reindexObject()
    return obj


BUILDING_PATHS = {
    "unauffaellig": (),
    "unter_beobachtung": ("beobachten",),
    "begehung_geplant": ("begehung_planen",),
    "maengel_festgestellt": ("begehung_planen", "maengel_feststellen"),
    "maengel_behoben": ("begehung_planen", "maengel_feststellen", "maengel_beheben"),
}


def building(state):
    def factory(portal, suffix):
        return _transitions(_building(portal), BUILDING_PATHS[state])

    return factory


def flat(portal, suffix):
    with api.env.adopt_user(username=REGISTER_TEAM):
        return add_to_building(_building(portal), "Wohnung", title=f"Matrixprobe Wohnung{suffix}", living_space=50.0)


def inspection(*transitions):
    def factory(portal, suffix):
        minute = next(MATRIX_NUMBERS)
        with api.env.adopt_user(username=REGISTER_TEAM):
            obj = add_to_building(
                _building(portal), "Begehung", start=datetime.datetime(2025, 3, 1 + minute // 60, 9, minute % 60)
            )
        return _transitions(obj, transitions)

    return factory


def order(*transitions):
    def factory(portal, suffix):
        with api.env.adopt_user(username=REGISTER_TEAM):
            obj = add_to_building(
                _building(portal),
                "Anordnung",
                title=f"Matrixprobe Anordnung {'-'.join(transitions) or 'entwurf'}{suffix}",
                legal_basis="Matrixgrundlage",
                file_number=f"MX-{next(MATRIX_NUMBERS)}",
                order_date=datetime.date(2025, 3, 1),
            )
        return _transitions(obj, transitions)

    return factory


ROWS = {
    "unit page (published)": unit_page,
    "Document in /de (private draft)": draft_document,
    "EasyForm (published)": easyform,
    "Lebenslage (published)": situation,
    "Vorgang (eingegangen)": case(),
    "Vorgang (erledigt)": case("bearbeiten", "erledigen"),
    "Protokoll (draft)": intranet_item("Protokoll", "draft"),
    "Protokoll (internal)": intranet_item("Protokoll", "internal"),
    "Protokoll (submitted)": intranet_item("Protokoll", "submitted"),
    "Protokoll (accepted)": intranet_item("Protokoll", "accepted"),
    "Gruppenbericht (submitted)": intranet_item("Gruppenbericht", "submitted"),
    "Textbaustein (intern)": reply_template,
    "Gebaeuderegister (intern)": building_register,
    "Objekt (unauffaellig)": building("unauffaellig"),
    "Objekt (unter_beobachtung)": building("unter_beobachtung"),
    "Objekt (begehung_geplant)": building("begehung_geplant"),
    "Objekt (maengel_festgestellt)": building("maengel_festgestellt"),
    "Objekt (maengel_behoben)": building("maengel_behoben"),
    "Wohnung (intern)": flat,
    "Begehung (geplant)": inspection(),
    "Begehung (durchgefuehrt)": inspection("durchfuehren"),
    "Begehung (abgesagt)": inspection("absagen"),
    "Anordnung (entwurf)": order(),
    "Anordnung (in_kraft)": order("in_kraft_setzen"),
    "Anordnung (aufgehoben)": order("in_kraft_setzen", "aufheben"),
    "Anordnung (erledigt)": order("in_kraft_setzen", "erledigen"),
}
# The field a PATCH changes: a case's title is its reference, a building's its address, an
# inspection's its date.
PATCH_FIELDS = {"Vorgang": "internal_note", "Objekt": "notes", "Begehung": "notes"}


def expected_matrix():
    """{(row, channel): {role: value}} from the table file; checks the table is complete."""
    cells = {}
    header = None
    # the first table only; later sections ("## Form logic") have test files of their own
    for line in TABLE.read_text(encoding="utf-8").split("\n## ", 1)[0].splitlines():
        if not line.startswith("|") or set(line) <= set("|-: "):
            continue
        columns = [c.strip() for c in line.strip().strip("|").split("|")]
        if columns[0] == "content":
            header = columns[2:]
            continue
        assert header == list(ROLES), f"role columns of {TABLE.name} must be {list(ROLES)}"
        cells[(columns[0], columns[1])] = dict(zip(header, columns[2:], strict=True))
    assert set(cells) == {(row, channel) for row in ROWS for channel in CHANNELS}, "table rows != ROWS x CHANNELS"
    for values in cells.values():
        assert set(values.values()) <= {"yes", "no", "n/a"}, values
    return cells


def session_for(user_id):
    """A client of the user on a page of the site (it sends the site's Origin, as browsers do)."""
    return site_session((user_id, DEMO_PASSWORD) if user_id else None)


def allowed(response):
    """yes: 200 answer; no: an HTTP refusal or Plone's redirect to the login form."""
    if response.status_code in (200, 204):
        return "yes"
    if response.status_code in (401, 403, 404):
        return "no"
    if response.status_code == 302 and "require_login" in response.headers.get("Location", ""):
        return "no"
    return f"HTTP {response.status_code}"  # never in the table: fails the cell


def shows(response, url):
    return "yes" if response.status_code == 200 and url in response.text else "no"


def sitemap(session, url):
    """The text of every page the sitemap index at url points to (the index lists pages)."""
    index = session.get(url)
    assert index.status_code == 200, index.status_code
    pages = re.findall(r"<loc>([^<]+)</loc>", gzip.decompress(index.content).decode("utf-8"))
    assert pages, "sitemap index without pages"
    texts = []
    for page in pages:
        response = session.get(page.replace("&amp;", "&"))
        assert response.status_code == 200, (page, response.status_code)
        texts.append(gzip.decompress(response.content).decode("utf-8"))
    return "\n".join(texts)


def fresh(portal, path):
    transaction.begin()  # see what the server's threads committed
    return portal.unrestrictedTraverse(path, None)


@pytest.fixture
def matrix_site(demo_functional_portal):
    portal = demo_functional_portal
    for user_id, role in ((NO_GROUPS, None), (SITE_ADMIN, "Site Administrator")):
        api.user.create(email=f"{user_id}@weissenfels.example", username=user_id, password=DEMO_PASSWORD)
        if role:
            api.user.grant_roles(username=user_id, roles=[role])
    api.portal.set_registry_record("plone.enable_sitemap", True)  # off by default; on to test what it lists
    objects = {row: factory(portal, "") for row, factory in ROWS.items()}
    transaction.commit()
    return portal, objects


@pytest.mark.parametrize("role", list(ROLES))
def test_permission_matrix(matrix_site, role):
    portal, objects = matrix_site
    session = session_for(ROLES[role])
    base = portal.absolute_url()
    json = {"Accept": "application/json"}

    sitemap_text = sitemap(session, f"{base}/sitemap.xml.gz")
    uids = {row: obj.UID() for row, obj in objects.items()}
    found = session.get(
        f"{base}/@search", headers=json, params={"UID": list(uids.values()), "b_size": 100, "metadata_fields": "UID"}
    ).json()
    found_uids = {item["UID"] for item in found.get("items", ())}

    actual = {}
    for row, obj in objects.items():
        url = obj.absolute_url()
        container = obj.aq_parent.absolute_url()
        cell = {}
        cell["view"] = allowed(session.get(url, allow_redirects=False))
        cell["edit"] = allowed(session.get(f"{url}/@@edit", allow_redirects=False))
        cell["listing"] = shows(session.get(f"{container}/@@listing_view"), url)
        cell["catalog"] = "yes" if uids[row] in found_uids else "no"
        cell["rest-get"] = allowed(session.get(url, headers=json))
        cell["@@search"] = shows(session.get(f"{base}/@@search", params={"SearchableText": obj.Title()}), url)
        cell["sitemap"] = "yes" if url in sitemap_text else "no"
        rss = session.get(f"{container}/RSS", allow_redirects=False)
        if IFeedSettings(obj.aq_parent).enabled or obj.aq_parent is portal:
            # the site root's feed is Plone's site feed: what lies at the root never shows in it
            cell["rss"] = shows(rss, url)
        else:  # syndication is off on the container: no feed for anybody
            cell["rss"] = "n/a" if rss.status_code != 200 and url not in rss.text else "feed although off"
        navigation = session.get(f"{container}/@navigation?expand.navigation.depth=4", headers=json)
        cell["navigation"] = shows(navigation, url)
        for channel, view in (("attachment", "case-attachment"), ("thumbnail", "case-thumbnail")):
            answer = allowed(session.get(f"{url}/@@{view}?index=0", allow_redirects=False))
            if obj.portal_type == "Vorgang":
                cell[channel] = answer
            else:  # no attachments: nothing to download
                cell[channel] = "n/a" if answer == "no" else "leak"
        # PATCH and DELETE on a copy made for this role, so the other cells keep their object
        victim = ROWS[row](portal, "-opfer")
        victim_path = "/".join(victim.getPhysicalPath())
        field = PATCH_FIELDS.get(victim.portal_type, "title")
        before = getattr(victim, field)
        transaction.commit()
        patched = session.patch(victim.absolute_url(), headers=json, json={field: "Matrix geändert"})
        now = getattr(fresh(portal, victim_path), field)
        cell["rest-patch"] = "yes" if now == "Matrix geändert" else "no"
        if cell["rest-patch"] == "no":
            assert now == before and allowed(patched) == "no", (row, patched.status_code)
        deleted = session.delete(victim.absolute_url(), headers=json)
        cell["rest-delete"] = "no" if fresh(portal, victim_path) is not None else "yes"
        if cell["rest-delete"] == "no":
            assert allowed(deleted) == "no", (row, deleted.status_code)
        else:
            assert deleted.status_code == 204
            transaction.begin()
        if fresh(portal, victim_path) is not None:
            with api.env.adopt_roles(["Manager"]):
                api.content.delete(obj=fresh(portal, victim_path), check_linkintegrity=False)
            transaction.commit()
        for channel in CHANNELS:
            actual[(row, channel)] = cell[channel]

    expected = expected_matrix()
    differences = [
        f"{row} / {channel}: expected {expected[(row, channel)][role]}, got {value}"
        for (row, channel), value in actual.items()
        if expected[(row, channel)][role] != value
    ]
    assert not differences, f"{role}:\n" + "\n".join(differences)
