"""2026112502: units, forms and cases, the intranet, caching and security settings.

For sites installed at 2026112501 (the foundation): the new dependencies, types,
workflows, roles, indexes and settings, and the structure every site needs.
"""

from plone import api
from plone.base.utils import get_installer
from weissenfels.portal import logger
from weissenfels.portal.setuphandlers import ensure_groups
from weissenfels.portal.setuphandlers.cases import ensure_case_folders
from weissenfels.portal.setuphandlers.handling import ensure_case_handling
from weissenfels.portal.setuphandlers.intranet import ensure_intranet
from weissenfels.portal.setuphandlers.units import grant_redaktion_on_language_roots


DEPENDENCIES = ("plone.app.caching", "collective.z3cform.datagridfield", "Products.CMFPlacefulWorkflow")
NEW_INDEXES = (
    "translation_outdated",
    "case_reference",
    "case_unit",
    "case_form",
    "case_language",
    "case_submitted",
    "case_handler",
    "case_address_key",
    "case_first_response",
    "case_closed",
    "case_anonymised",
)


def install_dependencies(context):
    portal = api.portal.get()
    installer = get_installer(portal, portal.REQUEST)
    for product in DEPENDENCIES:
        if not installer.is_product_installed(product):
            installer.install_product(product)
            logger.info("Installed %s", product)


def create_structure(context):
    portal = api.portal.get()
    ensure_groups()  # the teams' lead groups are new
    grant_redaktion_on_language_roots(portal)
    ensure_intranet()
    ensure_case_folders()
    ensure_case_handling()


def index_new_indexes(context):
    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(ids=[name for name in NEW_INDEXES if name in catalog.indexes()])
