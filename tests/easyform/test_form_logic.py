"""A form's logic (scripts, TALES, mail addresses) over HTTP: issue 13's critical finding.

`redakteurin` (Editor on the language roots) saved a CustomScript with the proxy role Manager
through easyform's XML model editor and became Manager. Every path she could take is tried
here as she would (basic auth, the site's Origin): each is refused and the stored form is
unchanged. The administrator's same saves work, and her script runs on submission. A script
planted in the stored model without approval (as an unguarded save would) does not run, and
nothing it would do happens.

The cells of the matrix (who may save what) are in tests/security/permission_matrix.md,
section "Form logic", checked by test_form_logic_matrix below.
"""

from case_forms import grant_redaktion_roles
from case_forms import submit
from lxml import html
from permission_matrix_reader import section_text
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from urllib.parse import urlsplit
from weissenfels.portal.cases import abuse
from weissenfels.portal.easyform import logic
from weissenfels.portal.testing import DEMO_PASSWORD

import pytest
import requests
import transaction


EDITOR = "redakteurin"
SITE_ADMIN = "logik-site-admin"
FORM_ID = "logik-probe"
PROOF_ID = "skript-beweis"
JSON = {"Accept": "application/json"}

FIELDS_MODEL = """<model xmlns="http://namespaces.plone.org/supermodel/schema"
       xmlns:easyform="http://namespaces.plone.org/supermodel/easyform">
  <schema>
    <field name="name" type="zope.schema.TextLine"{extra}>
      <title>Name</title>
      <required>False</required>
    </field>
  </schema>
</model>"""
TALES_FIELD = ' easyform:TDefault="python: 1" easyform:TValidator="python: False"'

ACTIONS_MODEL = """<model xmlns="http://namespaces.plone.org/supermodel/schema">
  <schema>{actions}</schema>
</model>"""
SCRIPT = f"""
    <field name="skript" type="collective.easyform.actions.CustomScript">
      <title>Skript</title>
      <ProxyRole>{{role}}</ProxyRole>
      <ScriptBody>easyform.aq_parent.invokeFactory("Document", "{PROOF_ID}", title="Skript lief")</ScriptBody>
    </field>"""
MAILER = """
    <field name="mailer" type="collective.easyform.actions.Mailer">
      <title>Mailer</title>
      <recipient_email>redakteurin@weissenfels.example</recipient_email>
    </field>"""


def actions_model(*actions):
    return ACTIONS_MODEL.format(actions="".join(actions))


def script(role="Manager"):
    return SCRIPT.format(role=role)


@pytest.fixture
def site(demo_functional_portal):
    portal = demo_functional_portal
    grant_redaktion_roles(portal)
    api.user.create(email=f"{SITE_ADMIN}@weissenfels.example", username=SITE_ADMIN, password=DEMO_PASSWORD)
    api.user.grant_roles(username=SITE_ADMIN, roles=["Site Administrator"])
    with api.env.adopt_user(username=SITE_OWNER_NAME):  # admin owns the form, as in the finding
        form = api.content.create(
            container=portal["de"],
            type="EasyForm",
            id=FORM_ID,
            title="Logikprobe",
            fields_model=FIELDS_MODEL.format(extra=""),
            actions_model=actions_model(),
        )
        api.content.transition(obj=form, to_state="published")
        api.content.create(container=portal["de"], type="Folder", id="ablage", title="Ablage")
    from weissenfels.portal.cases.settings import ICaseSettings

    api.portal.set_registry_record("min_fill_seconds", 0, interface=ICaseSettings)
    transaction.commit()
    abuse.reset_rate_limit()
    yield portal
    abuse.reset_rate_limit()


def session_for(portal, user):
    session = requests.Session()
    password = SITE_OWNER_PASSWORD if user == SITE_OWNER_NAME else DEMO_PASSWORD
    session.auth = (user, password)
    url = urlsplit(portal.absolute_url())
    session.headers["Origin"] = f"{url.scheme}://{url.netloc}"  # as the site's own pages send it
    return session


def stored(portal, path=f"de/{FORM_ID}"):
    transaction.begin()  # see what the server's threads committed
    return portal.unrestrictedTraverse(path, None)


def form_url(portal):
    return f"{portal.absolute_url()}/de/{FORM_ID}"


def form_data(session, url, marker):
    """The z3c/easyform page's form containing `marker` as (action, values)."""
    response = session.get(url)
    assert response.status_code == 200, (url, response.status_code)
    page = html.fromstring(response.text)
    form = next(f for f in page.forms if f.xpath(f".//*[@name='{marker}']"))
    return form.get("action") or url, dict(form.form_values()), response.text


def save_model(session, portal, which, source):
    url = f"{form_url(portal)}/{which}/@@modeleditor"
    _action, values, _page = form_data(session, url, "source")
    return session.post(
        url, data={"_authenticator": values["_authenticator"], "source": source, "form.button.save": "Speichern"}
    )


# Each path: (who saves, portal) -> response; the check: what the stored form holds after it.
def actions_editor_script(session, portal):
    return save_model(session, portal, "actions", actions_model(script()))


def actions_editor_mailer(session, portal):
    return save_model(session, portal, "actions", actions_model(MAILER))


def fields_editor_tales(session, portal):
    return save_model(session, portal, "fields", FIELDS_MODEL.format(extra=TALES_FIELD))


def rest_patch_actions(session, portal):
    return session.patch(form_url(portal), headers=JSON, json={"actions_model": actions_model(script())})


def rest_patch_fields(session, portal):
    return session.patch(form_url(portal), headers=JSON, json={"fields_model": FIELDS_MODEL.format(extra=TALES_FIELD)})


def rest_patch_override(session, portal):
    return session.patch(
        form_url(portal),
        headers=JSON,
        json={"thanksPageOverride": "string:https://evil.example", "afterValidationOverride": "python: 1"},
    )


def settings_form_override(session, portal):
    url = f"{form_url(portal)}/@@edit"
    action, values, _page = form_data(session, url, "form.buttons.save")
    values.update(
        {
            "form.widgets.thanksPageOverride": "string:https://evil.example",
            "form.widgets.afterValidationOverride": "python: 1",
            "form.buttons.save": "Speichern",
        }
    )
    return session.post(action, data=values)


def add_action_script(session, portal):
    url = f"{form_url(portal)}/actions/@@add-action"
    action, values, _page = form_data(session, url, "form.buttons.add")
    values.update(
        {
            "form.widgets.title": "Skript",
            "form.widgets.__name__": "skript",
            "form.widgets.factory:list": "Custom Script",
            "form.buttons.add": "Hinzufügen",
        }
    )
    return session.post(action, data=values)


def add_action(session, portal, factory, name):
    url = f"{form_url(portal)}/actions/@@add-action"
    action, values, _page = form_data(session, url, "form.buttons.add")
    values.update(
        {
            "form.widgets.title": name,
            "form.widgets.__name__": name,
            "form.widgets.factory:list": factory,
            "form.buttons.add": "Hinzufügen",
        }
    )
    return session.post(action, data=values)


def add_action_mailer(session, portal):
    return add_action(session, portal, "Mailer", "neuer_mailer")


def add_action_saver(session, portal):
    return add_action(session, portal, "Save Data", "neuer_speicher")


def paste_form_with_script(session, portal):
    return session.post(f"{portal.absolute_url()}/de/ablage/@copy", headers=JSON, json={"source": form_url(portal)})


def classic_copy_paste(session, portal):
    """Plone's object_copy and object_paste: the paste view catches every error and says "pasted";
    the doomed transaction stores nothing all the same."""
    _action, values, _page = form_data(session, f"{form_url(portal)}/@@edit", "form.buttons.save")
    token = {"_authenticator": values["_authenticator"]}
    session.post(f"{form_url(portal)}/object_copy", data=token)
    return session.post(f"{portal.absolute_url()}/de/ablage/object_paste", data=token)


def rest_post_form_with_tales(session, portal):
    return session.post(
        f"{portal.absolute_url()}/de",
        headers=JSON,
        json={
            "@type": "EasyForm",
            "id": "neu-mit-tales",
            "title": "Neu",
            "fields_model": FIELDS_MODEL.format(extra=TALES_FIELD),
        },
    )


def created(form, portal):
    transaction.begin()
    return "neu-mit-tales" in portal["de"].objectIds()


def changed_actions(form, portal):
    return "skript" in form.actions_model


def changed_mailer(form, portal):
    return "redakteurin@" in form.actions_model


def added_mailer(form, portal):
    return "neuer_mailer" in form.actions_model


def added_saver(form, portal):
    return "neuer_speicher" in form.actions_model


def changed_fields(form, portal):
    return "TDefault" in form.fields_model


def changed_override(form, portal):
    return bool(form.thanksPageOverride or form.afterValidationOverride)


def pasted(form, portal):
    transaction.begin()
    return FORM_ID in portal["de"]["ablage"].objectIds()  # not by traversal: it acquires /de's form


def with_approved_script(portal):
    """For the paste: the original holds a script an administrator saved."""
    form = stored(portal)
    form.actions_model = actions_model(script())
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        logic.approve(form, SITE_OWNER_NAME)
    transaction.commit()


PATHS = {
    "actions @@modeleditor: CustomScript (proxy role Manager)": (actions_editor_script, changed_actions, None),
    "actions @@modeleditor: mailer recipient": (actions_editor_mailer, changed_mailer, None),
    "fields @@modeleditor: TDefault, TValidator": (fields_editor_tales, changed_fields, None),
    "REST PATCH actions_model (CustomScript)": (rest_patch_actions, changed_actions, None),
    "REST PATCH fields_model (TALES)": (rest_patch_fields, changed_fields, None),
    "REST PATCH thanksPageOverride, afterValidationOverride": (rest_patch_override, changed_override, None),
    "@@edit (settings form): overrides": (settings_form_override, changed_override, None),
    "actions @@add-action: Custom Script": (add_action_script, changed_actions, None),
    "actions @@add-action: Mailer": (add_action_mailer, added_mailer, None),
    "actions @@add-action: Save Data": (add_action_saver, added_saver, None),
    "REST @copy of a form with a script": (paste_form_with_script, pasted, with_approved_script),
    "REST POST of a new form with TALES": (rest_post_form_with_tales, created, None),
    "Classic object_copy and object_paste of a form with a script": (classic_copy_paste, pasted, with_approved_script),
}
USERS = {"editor": EDITOR, "site-admin": SITE_ADMIN, "manager": SITE_OWNER_NAME}


def expected_cells():
    """{(path, role): yes|no} from the section "Form logic" of permission_matrix.md."""
    text = section_text("## Form logic")
    cells = {}
    for line in text.splitlines():
        columns = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and columns[0] in PATHS:
            assert columns[1] == "save", columns
            cells.update({(columns[0], role): value for role, value in zip(USERS, columns[2:], strict=True)})
    assert {path for path, _role in cells} == set(PATHS), "table rows != PATHS"
    return cells


def is_refusal(response, session, portal, path):
    """A 403 (REST, the catch-all), the model editor's error message, or, for the settings and
    add forms, fields and choices that are not offered to the user at all (z3c.form ignores
    a value sent for them)."""
    if response.status_code in (401, 403) or "Nicht gespeichert" in response.text:
        return True
    if path.startswith("@@edit"):
        return "thanksPageOverride" not in session.get(f"{form_url(portal)}/@@edit").text
    if path.startswith("actions @@add-action"):
        return "Custom Script" not in session.get(f"{form_url(portal)}/actions/@@add-action").text
    return False


@pytest.mark.parametrize("role", list(USERS))
@pytest.mark.parametrize("path", list(PATHS))
def test_form_logic_matrix(site, path, role):
    portal = site
    attempt, has_changed, prepare = PATHS[path]
    if prepare:
        prepare(portal)
    before = (stored(portal).fields_model, stored(portal).actions_model, stored(portal).thanksPageOverride)
    session = session_for(portal, USERS[role])
    response = attempt(session, portal)
    after = stored(portal)
    if expected_cells()[(path, role)] == "yes":
        assert response.status_code in (200, 201, 204), (response.status_code, response.text[:500])
        assert "Nicht gespeichert" not in response.text
        assert has_changed(after, portal)
    else:
        assert not has_changed(after, portal), (response.status_code, response.text[:500])
        assert (after.fields_model, after.actions_model, after.thanksPageOverride) == before
        assert is_refusal(response, session, portal, path), (response.status_code, response.text[:500])


def test_editor_sees_why_the_model_editor_refused(site):
    response = actions_editor_script(session_for(site, EDITOR), site)
    assert response.status_code == 200
    assert "Nicht gespeichert" in response.text and "Add Custom Scripts" in response.text
    assert "skript" not in stored(site).actions_model


def test_model_editor_needs_the_token(site):
    """A forged POST (no plone.protect token) saves nothing, even for the administrator."""
    admin = session_for(site, SITE_OWNER_NAME)
    url = f"{form_url(site)}/actions/@@modeleditor"
    response = admin.post(
        url, data={"source": actions_model(script()), "form.button.save": "Speichern"}, allow_redirects=False
    )
    assert response.status_code in (401, 403) or "require_login" in response.headers.get("Location", "")
    assert "skript" not in stored(site).actions_model
    response = save_model(admin, site, "actions", actions_model(script()))
    assert response.status_code == 200 and "skript" in stored(site).actions_model


def test_rest_refusal_is_a_json_error(site):
    response = rest_patch_actions(session_for(site, EDITOR), site)
    assert response.status_code == 403
    assert "Nicht gespeichert" in response.json()["error"]["message"]


def test_admins_script_runs_on_submission(site):
    response = actions_editor_script(session_for(site, SITE_OWNER_NAME), site)
    assert response.status_code == 200 and "skript" in stored(site).actions_model
    response = submit(form_url(site), {"name": "Anna"})
    assert response.status_code == 200, response.text[:500]
    assert stored(site, f"de/{PROOF_ID}") is not None


def test_planted_script_does_not_run(site):
    form = stored(site)
    form.actions_model = actions_model(script())  # as a save that bypassed every check would
    transaction.commit()
    response = submit(form_url(site), {"name": "Anna"})
    assert response.status_code == 503
    assert "Traceback" not in response.text and "nicht verwendet werden" in response.text
    assert stored(site, f"de/{PROOF_ID}") is None


def test_planted_expression_does_not_run(site):
    form = stored(site)
    form.fields_model = FIELDS_MODEL.format(extra=' easyform:TDefault="python: context.portal_url()"')
    transaction.commit()
    response = requests.get(form_url(site), timeout=60)
    assert response.status_code == 503 and "Traceback" not in response.text


def test_planted_validator_does_not_run(site):
    form = stored(site)
    form.fields_model = FIELDS_MODEL.format(extra=' easyform:TValidator="python: context.portal_url()"')
    transaction.commit()
    response = submit(form_url(site), {"name": "Anna"})
    assert response.status_code == 503 and "Traceback" not in response.text
    assert "nicht verwendet werden" in response.text


def test_form_logic_listing_for_administrators(site):
    test_planted_script_does_not_run(site)
    admin = session_for(site, SITE_OWNER_NAME)
    page = admin.get(f"{site.absolute_url()}/@@formularlogik")
    assert page.status_code == 200
    assert "action skript: script" in page.text and "nicht freigegeben" in page.text
    refused = session_for(site, EDITOR).get(f"{site.absolute_url()}/@@formularlogik", allow_redirects=False)
    assert refused.status_code in (401, 403) or "require_login" in refused.headers.get("Location", "")
