"""A case over the REST API: reading it is logged, writing notes and replies is journaled.

- plone.restapi's content serializer, registered for Vorgang on the add-on layer, records the
  access (channel REST) after serializing. It runs only for a user who may view the case (a
  refused GET never gets here) and wherever plone.restapi hands out a case's full data: GET
  of the case, @search with fullobjects, a PATCH answered with the representation.
- Its summary in listings (@search, @querystring-search, folder items) is logged (channel
  search) when it carries the case's text fields (`case_*` metadata such as the excerpt).
- Its deserializer (PATCH) takes `internal_note` and `public_reply` out of the data and
  writes them as journal entries (handling/journal.py: author and time), as @case-notes does:
  a PATCH used to overwrite them with no trace of who wrote what when (issue 13).
"""

from plone.restapi.deserializer import json_body
from plone.restapi.deserializer.dxcontent import DeserializeFromJson
from plone.restapi.interfaces import IDeserializeFromJson
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.interfaces import ISerializeToJsonSummary
from plone.restapi.serializer.dxcontent import SerializeToJson
from plone.restapi.serializer.summary import DefaultJSONSummarySerializer
from weissenfels.portal.content.vorgang import IVorgang
from weissenfels.portal.handling import accesslog
from weissenfels.portal.handling import journal
from weissenfels.portal.interfaces import IBrowserLayer
from zope.component import adapter
from zope.interface import implementer
from zope.interface import Interface


@implementer(ISerializeToJson)
@adapter(IVorgang, IBrowserLayer)
class CaseToJson(SerializeToJson):
    def __call__(self, version=None, include_items=True):
        result = super().__call__(version=version, include_items=include_items)
        accesslog.record(self.context, self.request, channel=accesslog.REST)
        return result


JOURNALED_FIELDS = ("internal_note", "public_reply")


@implementer(IDeserializeFromJson)
@adapter(IVorgang, IBrowserLayer)
class CaseFromJson(DeserializeFromJson):
    def __call__(self, validate_all=False, data=None, create=False, mask_validation_errors=True):
        if data is None:
            data = json_body(self.request)
        texts = {name: str(data.pop(name) or "").strip() for name in JOURNALED_FIELDS if name in data}
        result = super().__call__(
            validate_all=validate_all, data=data, create=create, mask_validation_errors=mask_validation_errors
        )
        if texts.get("internal_note"):
            journal.add_note(self.context, texts["internal_note"])
            self.context.internal_note = texts["internal_note"]  # the latest note, as before
        if texts.get("public_reply"):
            journal.add_reply(self.context, texts["public_reply"])
        return result


@implementer(ISerializeToJsonSummary)
@adapter(Interface, IBrowserLayer)
class SummaryToJson(DefaultJSONSummarySerializer):
    """plone.restapi's summary (of brains and objects); a case's with text fields is logged."""

    def __call__(self):
        summary = super().__call__()
        if getattr(self.context, "portal_type", None) == "Vorgang" and any(
            value for key, value in summary.items() if key.startswith("case_")
        ):
            uid = self.context.UID
            accesslog.record_uids([uid() if callable(uid) else uid], self.request, channel=accesslog.SEARCH)
        return summary
