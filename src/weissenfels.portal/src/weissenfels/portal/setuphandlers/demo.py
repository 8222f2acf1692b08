"""The demo profile: demo users (role titles, never real names) and, later, demo content.

The demo users' password is DEMO_PASSWORD from the environment; without it one is
generated and printed once. No password is ever written to the repository.
"""

from plone import api
from weissenfels.portal import logger
from weissenfels.portal.organisation import EDITORS_GROUP
from weissenfels.portal.organisation import STEERING_GROUP
from weissenfels.portal.organisation import UNITS
from weissenfels.portal.organisation import WORKING_GROUPS
from weissenfels.portal.setuphandlers import demo_forms
from weissenfels.portal.setuphandlers import demo_intranet
from weissenfels.portal.setuphandlers import demo_reply_templates
from weissenfels.portal.setuphandlers import demo_units
from weissenfels.portal.setuphandlers.finder import seed_situations

import os
import secrets


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
    demo_units.post_install(context)
    create_demo_users()
    demo_intranet.create_demo_intranet()
    # After the units' content (their folders hold the forms):
    demo_forms.create_demo_forms()
    # The finder's situations in every language, their texts from the .po catalogues.
    seed_situations(api.portal.get())
    demo_reply_templates.create_demo_reply_templates()


def create_demo_users():
    password = None
    for user_id, fullname, groups in demo_users():
        if api.user.get(userid=user_id) is not None:
            continue
        password = password or demo_password()
        api.user.create(
            email=f"{user_id}@weissenfels.example",
            username=user_id,
            password=password,
            properties={"fullname": fullname},
        )
        for group in groups:
            api.group.add_user(groupname=group, username=user_id)
        logger.info("Created demo user %s", user_id)
