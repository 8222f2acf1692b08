"""The logo: the site's own image where its creator gave one (plone.site_logo, the
distribution's form), else the programme's name as text with the town's claim."""

from plone.app.layout.viewlets.common import LogoViewlet
from plone.registry.interfaces import IRegistry
from Products.CMFPlone.browser.sitelogo import SiteLogo
from weissenfels.portal.town import town_setting
from zExceptions import NotFound
from zope.component import getUtility


# Weißenfels's title is a message id (logo_title): translated on every language's pages.
WEISSENFELS_TITLE = "Der Weißenfelser Weg"


class TownLogoViewlet(LogoViewlet):
    def update(self):
        super().update()
        self.has_image = bool(getUtility(IRegistry).get("plone.site_logo"))
        self.is_weissenfels = self.logo_title == WEISSENFELS_TITLE
        self.town = town_setting("town_name")
        self.district = town_setting("district_name") or ""


class SiteLogoOrNotFound(SiteLogo):
    """@@site-logo: the site's image, and 404 where it has none (Plone's own view fails
    with 500 there, an error in the log for every robot that asks)."""

    def __call__(self):
        if self.data is None:
            raise NotFound(self, "site-logo", self.request)
        return super().__call__()
