"""Fixtures for the case tests: limits suited to tests, a fresh rate limit per test."""

from plone import api
from weissenfels.portal.cases import abuse
from weissenfels.portal.cases.settings import ICaseSettings

import pytest
import transaction


def set_case_settings(**values):
    for name, value in values.items():
        api.portal.set_registry_record(name, value, interface=ICaseSettings)


@pytest.fixture
def case_site(demo_functional_portal):
    """The demo site over HTTP, with no minimum fill time (tests that test it set one)."""
    set_case_settings(min_fill_seconds=0)
    transaction.commit()
    abuse.reset_rate_limit()
    yield demo_functional_portal
    abuse.reset_rate_limit()


def cases_in(portal, unit_id):
    transaction.begin()  # see what the server's threads committed
    return [obj for obj in portal["vorgaenge"][unit_id].objectValues() if obj.portal_type == "Vorgang"]


def make_case(portal, unit_id, **values):
    """A case as the form action makes it (for tests that are not about the form)."""
    from datetime import datetime
    from plone.dexterity.utils import createContentInContainer
    from weissenfels.portal.cases.status import hash_status_code
    from weissenfels.portal.content.vorgang import next_reference

    with api.env.adopt_roles(["Manager"]):
        reference = next_reference(portal["vorgaenge"])
        case = createContentInContainer(
            portal["vorgaenge"][unit_id], "Vorgang", checkConstraints=False, id=reference.lower(), title=reference
        )
        case.reference = reference
        case.form_uid = "form-uid"
        case.form_title = "Testformular"
        case.submission_language = values.pop("language", "de")
        case.submitted = datetime.now()
        case.submitted_values = [{"id": "description", "label": "Beschreibung", "value": values.pop("text", "Text")}]
        case.status_code_hash = hash_status_code(values.pop("code", "secret-code"))
        for name, value in values.items():
            setattr(case, name, value)
        case.reindexObject()
    return case
