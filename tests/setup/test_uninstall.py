"""Uninstalling removes the add-on's configuration and leaves a working site."""

from plone import api

import requests
import transaction


PACKAGE = "weissenfels.portal"


class TestUninstall:
    def test_uninstall(self, functional_portal):
        installer = api.content.get_view("installer", functional_portal, functional_portal.REQUEST)
        installer.uninstall_product(PACKAGE)
        transaction.commit()

        from plone.app.theming.utils import getCurrentTheme
        from plone.browserlayer.utils import registered_layers
        from weissenfels.portal.interfaces import IBrowserLayer

        assert not installer.is_product_installed(PACKAGE)
        assert IBrowserLayer not in registered_layers()
        assert getCurrentTheme() == "barceloneta"
        assert "impressum" not in functional_portal.portal_actions.site_actions.objectIds()

        # The site still answers, themed by Barceloneta.
        response = requests.get(functional_portal.absolute_url(), timeout=30)
        assert response.status_code == 200
        assert "++theme++barceloneta" in response.text
        assert "wsf-logo" not in response.text
