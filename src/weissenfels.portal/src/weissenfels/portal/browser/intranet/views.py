"""Views of the intranet: workspace, open action items, Steuerung overview, iCal export.

Every listing queries the catalog as the current user, so a view never shows what the
user could not open.
"""

from plone import api
from Products.Five.browser import BrowserView
from weissenfels.portal.content.gruppenbericht import STATUSES
from weissenfels.portal.content.protokoll import AUTHORITIES


def fullname(user_id):
    if not user_id:
        return ""
    user = api.user.get(userid=user_id)
    return (user.getProperty("fullname") or user_id) if user is not None else user_id


class WorkspaceView(BrowserView):
    """A workspace's front page: mandate, tandem leads, next meeting and its content."""

    def leads(self):
        return [fullname(self.context.lead_landkreis), fullname(self.context.lead_stadt)]

    def items(self):
        return api.content.find(
            context=self.context, depth=1, sort_on="modified", sort_order="descending"
        )

    def state_title(self, brain):
        return api.portal.get_tool("portal_workflow").getTitleForStateOnType(
            brain.review_state, brain.portal_type
        )
