"""The demo profile: demo users (role titles, never real names) and the Weißenfels example
content.

The example content is data: the plone.exportimport tree in
distributions/weissenfels/content (units, pages, forms with their fields and actions
models, translation links, the intranet, workflow states and dates), written by
scripts/export_example_content.py. What it does not carry is code, here: the demo users
(their password is DEMO_PASSWORD from the environment; without it one is generated and
printed once; no password or hash is in the repository) and the forms' owner.
"""

from Acquisition import aq_base
from DateTime import DateTime
from datetime import datetime
from pathlib import Path
from persistent.mapping import PersistentMapping
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from plone.dexterity.schema import SCHEMA_CACHE
from plone.exportimport import logger as exportimport_logger
from plone.exportimport.importers import get_importer
from Products.CMFCore.indexing import processQueue
from weissenfels.portal import logger
from weissenfels.portal.cases.folders import case_folder
from weissenfels.portal.multilingual.freshness import clear_outdated
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import EDITORS_GROUP
from weissenfels.portal.organisation import STEERING_GROUP
from weissenfels.portal.organisation import UNITS
from weissenfels.portal.organisation import WORKING_GROUPS
from weissenfels.portal.register.structure import REGISTER_ID
from weissenfels.portal.setuphandlers import demo_reply_templates
from weissenfels.portal.setuphandlers.units import title_assets_folders
from weissenfels.portal.units import capabilities
from weissenfels.portal.units.registry import active_units
from zope.globalrequest import getRequest
from zope.globalrequest import setRequest

import json
import logging
import os
import pytz
import secrets
import shutil
import tempfile
import transaction


# pytz, as plone.app.event stores it (zoneinfo objects do not pickle into the ZODB).
TZ = pytz.timezone("Europe/Berlin")
EXAMPLE_CONTENT = Path(__file__).resolve().parent.parent / "distributions" / "weissenfels" / "content"
# Who maintains the forms: the owner of every form of the example content (not whoever ran
# the import, e.g. the Zope root's admin), as if the Redaktion had made them.
FORMS_OWNER = "redakteurin"


def demo_users():
    """(user id, full name, groups) of every demo user; user ids never equal a group id."""
    users = [
        ("redakteurin", "Redaktion Öffentlichkeitsarbeit", [EDITORS_GROUP]),
        ("steuerung-landkreis", "Integrationskoordination Landkreis", [STEERING_GROUP]),
        ("steuerung-stadt", "Integrationsbeauftragte Stadt", [STEERING_GROUP]),
    ]
    for unit in UNITS:
        users.append((f"sb-{unit.id}", f"Sachbearbeitung {unit.title}", [unit.team_group]))
    for wg in WORKING_GROUPS:
        users.append((f"mitglied-{wg.id}", f"Mitglied {wg.title}", [wg.members_group]))
        for side, side_title in (("landkreis", "Landkreis"), ("stadt", "Stadt")):
            users.append(
                (
                    f"leitung-{wg.id}-{side}",
                    f"Tandemleitung {side_title}, {wg.title}",
                    [wg.members_group, wg.leads_group],
                )
            )
    for unit in UNITS:
        users.append((f"teamleitung-{unit.id}", f"Teamleitung {unit.title}", [unit.team_group, unit.lead_group]))
    return users


def demo_password():
    password = os.environ.get("DEMO_PASSWORD")
    if password and len(password) < 8:
        raise ValueError("DEMO_PASSWORD must have at least 8 characters (Plone's password policy).")
    if not password:
        password = secrets.token_urlsafe(12)
        # Printed once, on the console of whoever installs the demo profile.
        print(f"\n*** Demo users' password (generated, shown once): {password}\n", flush=True)
    return password


def post_install(context):
    portal = api.portal.get()
    # The users first (the intranet's content names them), then the content, whose unit
    # pages bring the teams' groups the users then join.
    create_demo_users()
    import_example_content(portal)
    create_demo_users()
    give_forms_to(portal, FORMS_OWNER)
    give_team_inboxes()
    # Reply templates live in /textbausteine (not example content of the language roots).
    demo_reply_templates.create_demo_reply_templates()


def import_example_content(portal, only=None):
    """The example content, from data; what exists already is updated, not doubled.
    `only(item)` chooses some of the items (a predicate on their data)."""
    if only is not None:
        with tempfile.TemporaryDirectory() as folder:
            _import(portal, subset_of_example_content(Path(folder), only))
    else:
        _import(portal, EXAMPLE_CONTENT)


def subset_of_example_content(target, only):
    """A copy of the example content's tree with the chosen items only."""
    shutil.copytree(EXAMPLE_CONTENT, target, dirs_exist_ok=True)
    metadata_file = target / "content" / "__metadata__.json"
    metadata = json.loads(metadata_file.read_text())
    metadata["_data_files_"] = [
        name for name in metadata["_data_files_"] if only(json.loads((target / "content" / name).read_text()))
    ]
    metadata_file.write_text(json.dumps(metadata))
    return target


def create_seed_units(portal):
    """The German pages of the example's units: the units themselves, with their groups and
    case folders (units/lifecycle.py), for the test layers without the example content."""
    keys = {unit.id for unit in UNITS}

    def german_unit(item):
        parts = item["@id"].strip("/").split("/")
        return item["@type"] == "Organisationseinheit" and parts[0] == DEFAULT_LANGUAGE and parts[1] in keys

    import_example_content(portal, only=german_unit)


class FirstPassErrors(logging.Filter):
    """plone.exportimport logs a traceback for every item of the first pass with a field that
    names content not imported yet, and lists them again at the end; the second pass applies
    those fields, and logs whatever is really wrong (it imports every item again). Counted
    here, not shown as errors to the one who runs `make start`."""

    def __enter__(self):
        self.count = 0
        exportimport_logger.addFilter(self)
        return self

    def __exit__(self, *exc_info):
        exportimport_logger.removeFilter(self)

    def filter(self, record):
        if record.levelno < logging.ERROR:
            return True
        self.count += "Error deserializing" in record.getMessage()
        return False


def _import(portal, path):
    transaction.savepoint(optimistic=True)
    SCHEMA_CACHE.clear()  # the add-on's behaviors, installed in this transaction
    # The importer works on the global request: the portal's (a script or a test layer may
    # have none set, or another site's).
    previous_request = getRequest()
    setRequest(portal.REQUEST)
    try:
        importer = within_transaction(get_importer(portal))
        with FirstPassErrors() as first_pass:
            importer.import_site(path)
        if importer.incomplete:
            # Fields naming content imported later (a situation's unit, a finding's flat): a
            # second pass updates what the first created; its errors are real ones.
            logger.info(
                "%d items name content imported later: their fields left for the second pass (%d)",
                len(importer.incomplete),
                first_pass.count,
            )
            within_transaction(get_importer(portal)).import_site(path)
        link_translations(portal, path)
    finally:
        setRequest(previous_request)
    give_forms_to(portal, FORMS_OWNER)
    restore_what_the_data_loses(portal)
    restore_register_states(portal, path)
    # Index the translation links now: later steps of the same run query them.
    processQueue()
    # After the queue: a queued entry of the first pass may carry the language it had then.
    portal.portal_catalog.reindexIndex(["Language", "TranslationGroup"], portal.REQUEST)
    # The units' capabilities come with the data (the importer fires no modified event):
    # their teams get what the capabilities grant (the building register's local roles).
    capabilities.resync()
    logger.info("Imported the example content from %s", EXAMPLE_CONTENT)


def link_translations(portal, path):
    """The translation groups of the data, linked once more after the whole tree exists, and
    the Language index rebuilt: the importer links while it creates, and an item created in
    its second pass (a situation naming a unit imported later) stayed outside its group, or
    kept an empty Language index entry under the right metadata, in some runs."""
    groups_file = path / "translations.json"
    if not groups_file.exists():
        return
    for group in json.loads(groups_file.read_text()):
        canonical = api.content.get(UID=group["canonical"])
        if canonical is None:
            continue
        manager = ITranslationManager(canonical)
        for language, uid in group["translations"].items():
            translation = api.content.get(UID=uid)
            if (
                translation is not None
                and translation is not canonical
                and manager.get_translation(language) != translation
            ):
                manager.register_translation(language, translation)


def within_transaction(importer):
    """No commits of its own: the import is part of the profile's (or a test's) transaction."""
    for part in importer.importers.values():
        part.intermediate_commits = False
    return importer


def restore_what_the_data_loses(portal):
    """What plone.exportimport does not carry back as it was: the intranet is language
    neutral (the importer makes "no language" the default language), meetings are in the
    portal's time zone (the data has them in UTC), and example content starts with no
    translation marked outdated (saving the German sources marked them)."""
    catalog = portal.portal_catalog
    site_path = "/".join(portal.getPhysicalPath())
    for brain in catalog.unrestrictedSearchResults(path=f"{site_path}/intranet"):
        obj = brain._unrestrictedGetObject()
        if obj.Language():
            obj.setLanguage("")
            obj.reindexObject(idxs=["Language"])
        if obj.portal_type == "Event":
            obj.start = TZ.normalize(obj.start.astimezone(TZ))
            obj.end = TZ.normalize(obj.end.astimezone(TZ))
            obj.reindexObject(idxs=["start", "end"])
    for brain in catalog.unrestrictedSearchResults(path=site_path):
        clear_outdated(brain._unrestrictedGetObject())
    drop_groups_of_the_import(portal)
    title_assets_folders(portal)  # the data has them as exported: "Assets"


def restore_register_states(portal, path):
    """The building register's example buildings (/gebaeuderegister) as the data has them:
    language neutral like the register, and each item's workflow history (its state with
    author and time) from the data. The importer sets a state by transitions, and an
    inspection it adds moves its building on (register/subscribers.py, as a handler's would):
    the data's history is what happened, so it is put back as it was."""
    register = portal.get(REGISTER_ID)
    if register is None:
        return
    metadata = json.loads((path / "content" / "__metadata__.json").read_text())
    workflow = portal.portal_workflow
    for name in metadata["_data_files_"]:
        item = json.loads((path / "content" / name).read_text())
        if not item["@id"].startswith(f"/{REGISTER_ID}/"):
            continue
        obj = api.content.get(UID=item["UID"])
        if obj is None:
            continue
        obj.setLanguage("")
        # Wall times as the add forms store them (the importer makes them UTC).
        for name in ("start", "flagged_since"):
            value = getattr(aq_base(obj), name, None)
            if isinstance(value, datetime) and value.tzinfo is not None:
                setattr(obj, name, value.replace(tzinfo=None))
        history = {
            wf_id: tuple({**entry, "time": DateTime(entry["time"])} for entry in entries)
            for wf_id, entries in item.get("workflow_history", {}).items()
        }
        if history:
            obj.workflow_history = PersistentMapping(history)
            for wf in workflow.getWorkflowsFor(obj):
                wf.updateRoleMappingsFor(obj)
        obj.reindexObject()
        obj.reindexObjectSecurity()


def drop_groups_of_the_import(portal):
    """A working group created by the importer gets groups named after its id before its
    own groups are set from the data (the Steuerung's are `steuerung`): empty ones named
    after no working group go again."""
    workspaces = [
        brain._unrestrictedGetObject()
        for brain in portal.portal_catalog.unrestrictedSearchResults(portal_type="Arbeitsgruppe")
    ]
    used = {group for ws in workspaces for group in (ws.members_group, ws.leads_group)}
    for ws in workspaces:
        key = ws.getId().removeprefix("ag-")
        for group_id in (f"ag-{key}", f"ag-{key}-leitung"):
            group = api.group.get(groupname=group_id)
            if group_id not in used and group is not None and not group.getGroupMemberIds():
                api.group.delete(groupname=group_id)


def give_team_inboxes():
    """Each demo team's mailbox for new and forwarded cases (the case folders come with the
    add-on's profile, not with the example content); an address set already stays."""
    for unit in active_units():
        folder = case_folder(unit.key)
        if folder is not None and not folder.inbox_email:
            folder.inbox_email = f"team-{unit.key}@weissenfels.example"


def give_forms_to(portal, user_id):
    user = portal.acl_users.getUserById(user_id)
    if user is None:
        return
    for brain in portal.portal_catalog.unrestrictedSearchResults(portal_type="EasyForm"):
        form = brain._unrestrictedGetObject()
        form.changeOwnership(user)
        form.manage_setLocalRoles(user_id, ["Owner"])
        form.reindexObjectSecurity()


def create_demo_users():
    """The demo users, in those of their groups that exist already; idempotent (a second
    call after the units' import adds them to the teams' groups)."""
    password = None
    for user_id, fullname, groups in demo_users():
        if api.user.get(userid=user_id) is None:
            password = password or demo_password()
            api.user.create(
                email=f"{user_id}@weissenfels.example",
                username=user_id,
                password=password,
                properties={"fullname": fullname},
            )
            logger.info("Created demo user %s", user_id)
        for group in groups:
            if api.group.get(groupname=group) is not None:
                api.group.add_user(groupname=group, username=user_id)
