"""Helpers of the case handling tests: cases as the form action makes them, users per team."""

from datetime import datetime
from plone import api
from plone.app.testing import login
from plone.dexterity.utils import createContentInContainer
from weissenfels.portal.cases.status import hash_status_code
from weissenfels.portal.content.vorgang import next_reference



def make_case(portal, unit_id, text="Text", submitted=None, form_uid="form-uid", form_title="Testformular",
              extra=(), attachments=()):
    """A case with the given values; extra: further (id, value) rows (street, email, ...)."""
    with api.env.adopt_roles(["Manager"]):
        reference = next_reference(portal["vorgaenge"])
        case = createContentInContainer(
            portal["vorgaenge"][unit_id], "Vorgang", checkConstraints=False, id=reference.lower(), title=reference
        )
        case.reference = reference
        case.form_uid = form_uid
        case.form_title = form_title
        case.submission_language = "de"
        case.submitted = submitted or datetime.now()
        rows = [{"id": "description", "label": "Beschreibung", "value": text}]
        rows += [{"id": k, "label": k, "value": v} for k, v in extra]
        case.submitted_values = rows
        case.attachments = list(attachments)
        case.status_code_hash = hash_status_code("secret-code")
        for user_id in [u for u, roles in case.get_local_roles() if "Owner" in roles]:
            case.manage_delLocalRoles([user_id])
        case.reindexObject()
    return case


def add_user(user_id, groups):
    api.user.create(email=f"{user_id}@weissenfels.example", username=user_id, password="secret-password-1",
                    properties={"fullname": user_id})
    for group in groups:
        api.group.add_user(groupname=group, username=user_id)


def run(case, *transitions, comment="Erledigt", at=None):
    """Run transitions as the team; `at`: the datetimes to record for them (test data)."""
    from DateTime import DateTime

    with api.env.adopt_user(username=f"sb-{case.aq_parent.getId()}"):
        for transition in transitions:
            api.portal.get_tool("portal_workflow").doActionFor(case, transition, comment=comment)
    if at:
        history = case.workflow_history["weissenfels_case_workflow"]
        for item, when in zip(history[-len(at):], at):
            item["time"] = DateTime(when)
        case.workflow_history._p_changed = True
    case.reindexObject()
