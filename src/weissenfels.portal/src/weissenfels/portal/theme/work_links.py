"""The links to their work areas in the personal menu of signed-in users (profiles/default/actions.xml).

Each link is there only for who may open what it leads to: the case inbox for the teams,
the intranet for the working groups and the Steuerung, the figures for the Steuerung, the
reply templates for the Redaktion, the building register for its teams and the orders lookup
for the teams granted it (the Clearingstelle).
"""

from plone import api
from Products.Five.browser import BrowserView
from weissenfels.portal.cases.folders import CASES_ROOT_ID
from weissenfels.portal.handling.template_folders import TEMPLATES_ROOT_ID
from weissenfels.portal.intranet.structure import INTRANET_ID
from weissenfels.portal.register.structure import REGISTER_ID
from zExceptions import NotFound


class WorkLinks(BrowserView):
    def __call__(self):
        raise NotFound("wsf-work-links")  # a helper of the menu, not a page

    def _may_view(self, child_id):
        if api.user.is_anonymous():
            return False
        obj = self.context.get(child_id)
        return obj is not None and api.user.has_permission("View", obj=obj)

    def inbox(self):
        return self._may_view(CASES_ROOT_ID)

    def intranet(self):
        return self._may_view(INTRANET_ID)

    def reply_templates(self):
        """The Redaktion keeps the reply templates of every unit (handling/template_folders.py)."""
        return self._may_view(TEMPLATES_ROOT_ID)

    def figures(self):
        return not api.user.is_anonymous() and api.user.has_permission(
            "weissenfels.portal: View case figures", obj=self.context
        )

    def building_register(self):
        return self._may_view(REGISTER_ID)

    def orders_lookup(self):
        """Only for who may not open the register itself (its teams look there)."""
        register = self.context.get(REGISTER_ID)
        return (
            not api.user.is_anonymous()
            and register is not None
            and not api.user.has_permission("View", obj=register)
            and api.user.has_permission("weissenfels.portal: Look up building orders", obj=register)
        )
