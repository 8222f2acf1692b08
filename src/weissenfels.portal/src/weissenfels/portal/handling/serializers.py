"""A case's JSON from the REST API counts as a view of the case: it goes to the access log.

plone.restapi's content serializer, registered for Vorgang on the add-on layer, recording
the access (channel REST) after serializing. It runs only for a user who may view the case
(a refused GET never gets here) and wherever plone.restapi hands out a case's full data:
GET of the case, @search with fullobjects, a PATCH answered with the representation.
"""

from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeToJson
from weissenfels.portal.content.vorgang import IVorgang
from weissenfels.portal.handling import accesslog
from weissenfels.portal.interfaces import IBrowserLayer
from zope.component import adapter
from zope.interface import implementer


@implementer(ISerializeToJson)
@adapter(IVorgang, IBrowserLayer)
class CaseToJson(SerializeToJson):
    def __call__(self, version=None, include_items=True):
        result = super().__call__(version=version, include_items=include_items)
        accesslog.record(self.context, self.request, channel=accesslog.REST)
        return result
