"""What the database stores by dotted name still resolves after the add-on was arranged by
concern (issue 14): the easyform action's type in every actions model, the content
classes and schemas of the FTIs, the marker interfaces on /vorgaenge and /intranet, the
registry records keyed by interface. tests/setup/test_existing_site.py opens a site built
by the code before the move; these check each name on the current code.
"""

from collective.easyform.api import get_actions
from collective.easyform.api import set_actions
from plone import api
from plone.registry.interfaces import IRegistry
from weissenfels.portal.cases.action import CreateCase
from zope.component import getUtility
from zope.dottedname.resolve import resolve

import pytest


FORM = ("de", "wohnraumkontrolle", "wohnraum-missstand-melden")
# The action's type as the first release wrote it into every form's actions model.
STORED_ACTION_TYPE = "weissenfels.portal.easyform.actions.CreateCase"
TYPES = (
    "Organisationseinheit",
    "CaseFolder",
    "Vorgang",
    "Arbeitsgruppe",
    "Protokoll",
    "Gruppenbericht",
    "Wegweiser",
    "Lebenslage",
    "Gebaeuderegister",
    "Objekt",
    "Wohnung",
    "Begehung",
    "Anordnung",
)
SETTINGS = (
    "weissenfels.portal.cases.settings.ICaseSettings",
    "weissenfels.portal.handling.retention.IRetentionSettings",
    "weissenfels.portal.security.settings.ISecuritySettings",
)


def form_of(portal):
    return portal[FORM[0]][FORM[1]][FORM[2]]


def test_stored_actions_model_runs_our_action(demo_portal):
    form = form_of(demo_portal)
    assert f'type="{STORED_ACTION_TYPE}"' in form.actions_model
    assert isinstance(get_actions(form)["create_case"], CreateCase)


def test_saving_the_actions_keeps_the_stored_type(demo_portal):
    """easyform's actions editor saves the model again: the type it writes is the old one,
    not the class's new module, so older code and every other form read it alike."""
    form = form_of(demo_portal)
    set_actions(form, get_actions(form))
    assert f'type="{STORED_ACTION_TYPE}"' in form.actions_model
    assert "weissenfels.portal.cases.action" not in form.actions_model
    assert isinstance(get_actions(form)["create_case"], CreateCase)


@pytest.mark.parametrize("type_id", TYPES)
def test_content_classes_and_schemas_resolve(demo_portal, type_id):
    fti = api.portal.get_tool("portal_types")[type_id]
    assert fti.klass.startswith("weissenfels.portal.content.")
    assert resolve(fti.klass).__name__ == fti.klass.rsplit(".", 1)[1]
    assert resolve(fti.schema).__name__ == fti.schema.rsplit(".", 1)[1]


def test_marker_interfaces_stay_where_they_are_pickled(demo_portal):
    from weissenfels.portal.handling.interfaces import ICasesRoot
    from weissenfels.portal.interfaces import IIntranetRoot

    assert ICasesRoot.__identifier__ == "weissenfels.portal.handling.interfaces.ICasesRoot"
    assert ICasesRoot.providedBy(demo_portal["vorgaenge"])
    assert IIntranetRoot.__identifier__ == "weissenfels.portal.interfaces.IIntranetRoot"
    assert IIntranetRoot.providedBy(demo_portal["intranet"])


@pytest.mark.parametrize("dotted", SETTINGS)
def test_registry_records_keyed_by_their_interface(demo_portal, dotted):
    interface = resolve(dotted)
    assert interface.__identifier__ == dotted
    registry = getUtility(IRegistry)
    for name in interface.names():
        assert f"{dotted}.{name}" in registry.records
    assert registry.forInterface(interface) is not None
