"""Whether a case exists is the team's business: below a case folder, who may not view the
folder gets one answer for every path, existing or not (issue 13: anonymous visitors told
`…/wsf-2026-000001/getId` (200) from a missing case (404)).

Before ZPublisher traverses any name below a case folder (the folder's
`__before_publishing_traverse__`, content/case_folder.py: for pages, REST and every namespace
alike), it asks who is asking: it authenticates the request as ZPublisher would later (the
user folders from the site's up to the Zope root's) and, unless that user has View on the
case folder, refuses with Unauthorized before the name is even looked up. Anonymous visitors get the login form,
staff of other units "insufficient privileges", for an existing case, a missing one and
whatever view or attribute is appended. The team, with View, traverses as before (a missing
case is a 404 for it).
"""

from AccessControl import Unauthorized
from Acquisition import aq_base
from Acquisition import aq_chain
from Acquisition import aq_inner


_UNKNOWN = object()
USER_KEY = "_weissenfels_case_traversal_user"


def _user_folders(context):
    for obj in aq_chain(aq_inner(context)):
        if getattr(aq_base(obj), "__allow_groups__", None) is not None:
            yield obj.__allow_groups__


def requesting_user(request, context):
    """The user the request authenticates as (None: anonymous), asked once per request."""
    user = request.other.get(USER_KEY, _UNKNOWN)
    if user is not _UNKNOWN:
        return user
    user = None
    before = request.other.get("PUBLISHED", _UNKNOWN)
    request.other["PUBLISHED"] = context  # the user folders look at it, as ZPublisher sets it
    try:
        for user_folder in _user_folders(context):
            user = user_folder.validate(request, request._auth)
            if user is not None:
                break
    finally:
        if before is _UNKNOWN:
            del request.other["PUBLISHED"]
        else:
            request.other["PUBLISHED"] = before
    request.other[USER_KEY] = user
    return user


def require_view_below(folder, request):
    """Before a name below the case folder is traversed: View on the folder, or Unauthorized."""
    if not request.get("TraversalRequestNameStack"):
        return  # the folder itself is published: its own permission decides
    user = requesting_user(request, folder)
    if user is None or not user.has_permission("View", folder):
        raise Unauthorized("View")
