"""REST API JSON of an EasyForm: collective.easyform's serializer, corrected and trimmed.

collective.easyform 5.0.2 (serializer.py) asks plone.api for the permission *id*
``collective.easyform.DownloadSavedInput``; plone.api wants the title and raises
InvalidParameterError for everybody who lacks it, so every REST GET of a form answered 500
(except for Managers). This adapter, registered on the add-on's browser layer, asks for the
title. It also keeps the form's server-side settings to those who may edit the form: the
actions model (where submissions go: mail recipients, case folder) and the TALES
expressions of the "overrides" fieldset. Anonymous users get what the form page shows them:
title, texts and the fields model.
"""

from AccessControl import getSecurityManager
from collective.easyform.interfaces import IEasyForm
from collective.easyform.serializer import SerializeToJson as EasyFormSerializeToJson
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.serializer.dxcontent import SerializeToJson as DXContentToJson
from plone.supermodel.interfaces import FIELDSETS_KEY
from weissenfels.portal.interfaces import IBrowserLayer
from zope.component import adapter
from zope.interface import implementer


DOWNLOAD_SAVED_INPUT = "collective.easyform: Download Saved Input"
MODIFY = "Modify portal content"


def editor_only_fields():
    overrides = [fs for fs in IEasyForm.queryTaggedValue(FIELDSETS_KEY, []) if fs.__name__ == "overrides"]
    return {"actions_model", *(name for fs in overrides for name in fs.fields)}


@implementer(ISerializeToJson)
@adapter(IEasyForm, IBrowserLayer)
class SerializeToJson(EasyFormSerializeToJson):
    def __call__(self, version=None, include_items=True):
        result = DXContentToJson.__call__(self, version, include_items)
        security = getSecurityManager()
        if security.checkPermission(DOWNLOAD_SAVED_INPUT, self.context):
            self.serializeSavedData(result)
        if not security.checkPermission(MODIFY, self.context):
            for name in editor_only_fields():
                result.pop(name, None)
        return result
