"""Install and uninstall handlers of the default profile."""

from plone import api
from plone.app.multilingual.browser.setup import SetupMultilingualSite
from plone.base.interfaces import INonInstallable
from weissenfels.portal import logger
from weissenfels.portal.organisation import portal_groups
from weissenfels.portal.register.structure import ensure_register
from weissenfels.portal.security.root_users import ensure_root_user_sessions
from weissenfels.portal.security.sessions import ensure_server_side_logout
from weissenfels.portal.setuphandlers.cases import ensure_case_folders
from weissenfels.portal.setuphandlers.finder import ensure_wegweisers
from weissenfels.portal.setuphandlers.handling import ensure_case_handling
from weissenfels.portal.setuphandlers.intranet import ensure_intranet
from weissenfels.portal.setuphandlers.reply_templates import ensure_reply_template_folders
from weissenfels.portal.setuphandlers.units import grant_redaktion_on_language_roots
from weissenfels.portal.setuphandlers.units import title_assets_folders
from weissenfels.portal.town import town_languages
from weissenfels.portal.units.lifecycle import ensure_groups as ensure_unit_groups
from weissenfels.portal.units.registry import all_units
from zope.interface import implementer


SITE_TITLE = "Der Weißenfelser Weg"
SITE_DESCRIPTION = (
    "Gemeinsames Portal der Stadt Weißenfels und des Burgenlandkreises: "
    "Information, Beratung und Hilfe für alle, die in Weißenfels leben oder neu ankommen."
)

# Titles of a site that nobody named yet (Plone's and plone.app.testing's defaults).
UNNAMED_TITLES = ("", "Plone", "Plone site", "Site")


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["weissenfels.portal:uninstall"]

    def getNonInstallableProducts(self):
        return []


def post_install(context):
    """After the default profile: site identity, language root folders, groups."""
    portal = api.portal.get()
    if portal.title in UNNAMED_TITLES:
        # A site made by the distribution has the title its creator typed.
        portal.title = SITE_TITLE
        portal.description = SITE_DESCRIPTION
        api.portal.set_registry_record("plone.site_title", SITE_TITLE)
    # The languages are the town's (record weissenfels.portal.town.languages, set by the
    # distribution's form; all eight by default); PAM creates a root folder for each one
    # that does not exist yet.
    api.portal.set_registry_record("plone.available_languages", list(town_languages()))
    SetupMultilingualSite().setupSite(portal)
    ensure_groups()
    grant_redaktion_on_language_roots(portal)
    title_assets_folders(portal)
    ensure_wegweisers(portal)
    ensure_intranet()
    ensure_case_folders()
    ensure_case_handling()
    ensure_reply_template_folders()
    ensure_register()
    ensure_server_side_logout(portal)
    ensure_root_user_sessions(portal)


def ensure_groups():
    """Create the groups of organisation.portal_groups() and of the registry's units that
    are missing; idempotent."""
    for group_id, title, description in portal_groups():
        if api.group.get(groupname=group_id) is None:
            api.group.create(groupname=group_id, title=title, description=description)
            logger.info("Created group %s", group_id)
    for unit in all_units():
        ensure_unit_groups(unit)


def uninstall(context):
    """Groups and content stay: they are the site's data, not the add-on's configuration."""
    logger.info("weissenfels.portal uninstalled; groups and content are kept.")
