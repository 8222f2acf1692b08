"""plone.restapi services that answered 500 to input they cannot use: 400 instead (issue 13's
class "clear 400s instead of 500s", found by trying the REST surface):

- `@linkintegrity?uids=<unknown>`: plone.restapi 9 reads the path of an object that is not there;
- `@translations` on the site root: plone.app.multilingual cannot adapt the root (only
  content and the language roots have translations).

A schema value a service cannot take (`@contextnavigation?expand.contextnavigation.topLevel=x`)
is answered by the ValidationError exception view in bad_requests.py.
"""

from plone.app.uuid.utils import uuidToObject
from plone.restapi.services import Service
from plone.restapi.services.linkintegrity.get import LinkIntegrityGet
from weissenfels.portal import _
from zExceptions import BadRequest
from zope.i18n import translate


class CheckedLinkIntegrityGet(LinkIntegrityGet):
    def reply(self):
        uids = self.request.form.get("uids", [])
        for uid in uids if isinstance(uids, list) else [uids]:
            if not isinstance(uid, str) or uuidToObject(uid) is None:
                message = _(
                    "error_unknown_uid", default="No content has the UID ${uid}.", mapping={"uid": str(uid)[:40]}
                )
                raise BadRequest(translate(message, context=self.request))
        return super().reply()


class SiteRootTranslationsGet(Service):
    def reply(self):
        message = _(
            "error_root_translations", default="The site root has no translations; ask a language root such as /de."
        )
        raise BadRequest(translate(message, context=self.request))
