"""REST service @data-subject-request on the site root (Manager / Site Administrator).

GET    ?query=<e-mail address or name>   the matching cases as JSON (logged as an export)
DELETE ?query=... or JSON body {"query": ..., "references": [...]}   deletes them (logged)
"""

from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from weissenfels.portal import _
from weissenfels.portal.privacy import subject_requests
from weissenfels.portal.privacy.origin import is_foreign_origin
from zope.i18n import translate
from zope.interface import alsoProvides


class _Base(Service):
    def error(self, status, kind, message):
        self.request.response.setStatus(status)
        return {"error": {"type": kind, "message": translate(message, context=self.request)}}

    def check_origin(self):
        """None if the request may go on, else the error answer.

        A browser sends a cross-site DELETE only after a CORS preflight, which this site
        does not grant, and marks every cross-site fetch with Origin; so the log write
        needs no plone.protect token once a foreign Origin is refused (like
        plone.restapi's own services, which switch plone.protect off).
        """
        self.request.response.setHeader("Cache-Control", "no-store, private")
        if is_foreign_origin(self.request):
            return self.error(403, "Forbidden", _("error_dsr_origin", default="Requests from other sites are refused."))
        alsoProvides(self.request, IDisableCSRFProtection)
        return None


class DataSubjectRequestGet(_Base):
    def reply(self):
        refused = self.check_origin()
        if refused is not None:
            return refused
        query = self.request.form.get("query", "")
        try:
            items = subject_requests.export(query, "rest")
        except subject_requests.InvalidQuery as invalid:
            return self.error(400, "BadRequest", invalid.message)
        return {"query": subject_requests.clean_query(query), "items_total": len(items), "items": items}


class DataSubjectRequestDelete(_Base):
    def reply(self):
        refused = self.check_origin()
        if refused is not None:
            return refused
        bad = _(
            "error_dsr_body",
            default='Send {"query": "<e-mail address or name>"} and optionally "references": a list of case references.',
        )
        query = self.request.form.get("query")
        references = None
        if query is None:
            try:
                body = json_body(self.request)
            except Exception:
                return self.error(400, "BadRequest", bad)
            if not isinstance(body, dict):
                return self.error(400, "BadRequest", bad)
            query = body.get("query", "")
            references = body.get("references")
            if references is not None and not (
                isinstance(references, list) and all(isinstance(ref, str) for ref in references)
            ):
                return self.error(400, "BadRequest", bad)
        try:
            deleted = subject_requests.delete(query, "rest", references=references)
        except subject_requests.InvalidQuery as invalid:
            return self.error(400, "BadRequest", invalid.message)
        return {"query": subject_requests.clean_query(query), "deleted": deleted}
