"""REST service @data-subject-request on the site root (Manager / Site Administrator).

GET    ?query=<e-mail address or name>   the matching cases as JSON (logged as an export)
DELETE ?query=... or JSON body {"query": ..., "references": [...]}   deletes them (logged)
"""

from weissenfels.portal import _
from weissenfels.portal.privacy import subject_requests
from weissenfels.portal.security.csrf import ISensitiveRead
from weissenfels.portal.security.rest import RestService
from zope.interface import implementer


@implementer(ISensitiveRead)  # the export writes the audit log: no foreign page may start it
class DataSubjectRequestGet(RestService):
    def handle(self):
        query = self.request.form.get("query", "")
        try:
            items = subject_requests.export(query, "rest")
        except subject_requests.InvalidQuery as invalid:
            return self.error(400, invalid.message)
        return {"query": subject_requests.clean_query(query), "items_total": len(items), "items": items}


class DataSubjectRequestDelete(RestService):
    def handle(self):
        bad = _(
            "error_dsr_body",
            default=(
                'Send {"query": "<e-mail address or name>"} and optionally "references": a list of case references.'
            ),
        )
        query = self.request.form.get("query")
        references = None
        if query is None:
            body = self.json_data()
            if body is None:
                return self.error(400, bad)
            query = body.get("query", "")
            references = body.get("references")
            if references is not None and not (
                isinstance(references, list) and all(isinstance(ref, str) for ref in references)
            ):
                return self.error(400, bad)
        try:
            deleted = subject_requests.delete(query, "rest", references=references)
        except subject_requests.InvalidQuery as invalid:
            return self.error(400, invalid.message)
        return {"query": subject_requests.clean_query(query), "deleted": deleted}
