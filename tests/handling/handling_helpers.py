"""Helpers of the case handling tests: users per team, transitions at given times.

Cases are made by `case_forms.make_case`."""

from plone import api
from weissenfels.portal.testing import DEMO_PASSWORD


def add_user(user_id, groups):
    api.user.create(
        email=f"{user_id}@weissenfels.example",
        username=user_id,
        password=DEMO_PASSWORD,
        properties={"fullname": user_id},
    )
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
        for item, when in zip(history[-len(at) :], at, strict=True):
            item["time"] = DateTime(when)
        case.workflow_history._p_changed = True
    case.reindexObject()
