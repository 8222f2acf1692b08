"""2026113028: the footer's "Kontakt" is a plain link (Plone's site action opens a modal, which
the public pages' CSP leaves dead: a click did nothing). Only the action's `modal` changes."""

from plone import api


def contact_link_without_modal(context):
    actions = api.portal.get_tool("portal_actions")
    contact = actions.get("site_actions", {}).get("contact") if "site_actions" in actions else None
    if contact is not None and contact.getProperty("modal", None):
        contact.manage_changeProperties(modal="")
