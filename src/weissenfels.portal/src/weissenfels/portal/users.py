"""How a user is named on the portal's pages: the full name, else the user id."""

from plone import api


def fullname(user_id):
    """The name of the user with this id; the id if there is no such user or no name."""
    if not user_id:
        return ""
    user = api.user.get(userid=user_id)
    return fullname_of(user) if user is not None else user_id


def fullname_of(user):
    """The name of a user object at hand (a member from plone.api)."""
    return user.getProperty("fullname") or user.getId()
