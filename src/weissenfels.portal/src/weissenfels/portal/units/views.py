"""The public view of an Organisationseinheit."""

from plone import api
from Products.Five.browser import BrowserView
from zope.component import getUtility
from zope.schema.interfaces import IVocabularyFactory


def tel_href(phone):
    """A tel: link for a phone number as people write it ("03443 000-210")."""
    return "tel:" + "".join(c for c in phone or "" if c.isdigit() or c == "+")


def vocabulary_title(name, context, value):
    """The title of a vocabulary term, or the value itself for an unknown one."""
    vocabulary = getUtility(IVocabularyFactory, name)(context)
    try:
        return vocabulary.getTerm(value).title
    except LookupError:
        return value


class UnitView(BrowserView):
    """Goal, tasks, target group, authority, contact and the unit's forms, phone first."""

    def authority(self):
        if not self.context.authority:
            return None
        return vocabulary_title("weissenfels.portal.vocabularies.authorities", self.context, self.context.authority)

    def retire_url(self):
        """For administrators on an active unit's German page: the way to retire it."""
        if not self.context.unit_key or self.context.retired:
            return None
        if not api.user.has_permission("weissenfels.portal: Manage units", obj=self.context):
            return None
        return f"{self.context.absolute_url()}/@@einheit-aufloesen"

    def desk_languages(self):
        return [
            vocabulary_title("weissenfels.portal.vocabularies.desk_languages", self.context, code)
            for code in self.context.desk_languages or ()
        ]

    def address_lines(self):
        return [line for line in (self.context.address or "").splitlines() if line.strip()]

    def opening_hours_lines(self):
        return [line for line in (self.context.opening_hours or "").splitlines() if line.strip()]

    def phone_href(self):
        return tel_href(self.context.phone)

    def forms(self):
        """The unit's forms the visitor may see (anonymous: published ones only)."""
        return api.content.find(
            context=self.context,
            depth=1,
            portal_type="EasyForm",
            sort_on="getObjPositionInParent",
        )

    def pages(self):
        """Further pages and files of the unit the visitor may see."""
        return api.content.find(
            context=self.context,
            depth=1,
            portal_type=["Document", "File"],
            sort_on="getObjPositionInParent",
        )
