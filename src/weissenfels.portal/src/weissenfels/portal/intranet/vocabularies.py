"""Users vocabulary for the intranet: tandem leads, participants, who does an action item."""

from plone import api
from weissenfels.portal.users import fullname_of
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


@provider(IVocabularyFactory)
def intranet_users(context):
    """All portal users, by full name; a small list in this portal, so a plain select works
    (also inside a data grid row, where a search widget would not)."""
    terms = []
    for user in api.user.get_users():
        user_id = user.getId()
        terms.append(SimpleTerm(user_id, token=user_id, title=fullname_of(user)))
    terms.sort(key=lambda term: term.title.lower())
    return SimpleVocabulary(terms)
