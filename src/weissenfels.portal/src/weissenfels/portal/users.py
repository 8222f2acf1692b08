"""How a user is named on the portal's pages: the full name, else the user id."""

from plone import api


def fullname(user_id):
    if not user_id:
        return ""
    user = api.user.get(userid=user_id)
    return (user.getProperty("fullname") or user_id) if user is not None else user_id
