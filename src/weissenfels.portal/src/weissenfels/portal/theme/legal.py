"""The controller and the data-protection officer on the legal pages, from the town's
settings (records weissenfels.portal.town.controller / .data_protection_officer): a town
changes them in the registry, not in the text of every language's page."""

from plone.app.layout.viewlets.common import ViewletBase
from weissenfels.portal.town import town_setting


# The ids of the legal pages in every language root (the footer's site actions link them).
LEGAL_PAGE_IDS = ("impressum", "datenschutz")


class LegalContactsViewlet(ViewletBase):
    def available(self):
        return self.context.getId() in LEGAL_PAGE_IDS

    def controller(self):
        return town_setting("controller")

    def data_protection_officer(self):
        return town_setting("data_protection_officer")

    def render(self):
        return self.index() if self.available() else ""
