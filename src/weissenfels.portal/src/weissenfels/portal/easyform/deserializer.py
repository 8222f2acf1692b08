"""REST PATCH of an EasyForm: a change of its logic without the permission is a 403.

plone.restapi skips fields whose write permission the user lacks without a word (the PATCH
answers 204, nothing changes), and `fields_model` / `actions_model` have no write permission
at all. Before anything is written, this deserializer (easyform's, on the add-on's layer)
compares the form's guarded elements (logic.py) with those the request would leave and
refuses with the translated message. A new form (POST) is checked when it is added
(guard.check_added).
"""

from collective.easyform.interfaces import IEasyForm
from collective.easyform.serializer import DeserializeFromJson as EasyFormDeserializeFromJson
from plone.restapi.deserializer import json_body
from plone.restapi.interfaces import IDeserializeFromJson
from weissenfels.portal.easyform import guard
from weissenfels.portal.easyform import logic
from weissenfels.portal.interfaces import IBrowserLayer
from zope.component import adapter
from zope.interface import implementer


@implementer(IDeserializeFromJson)
@adapter(IEasyForm, IBrowserLayer)
class DeserializeFromJson(EasyFormDeserializeFromJson):
    def __call__(self, validate_all=False, data=None, create=False, **kwargs):
        if data is None:
            data = json_body(self.request)
        if not create and isinstance(data, dict):
            changes = {name: value for name, value in data.items() if name in IEasyForm}
            before = logic.elements_of(self.context)
            refused = guard.refused_changes(self.context, before, logic.elements_of(self.context, **changes))
            if refused:
                guard.refuse(refused, self.request)
        return super().__call__(validate_all, data, create, **kwargs)
