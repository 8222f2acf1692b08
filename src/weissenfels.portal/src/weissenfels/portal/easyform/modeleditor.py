"""easyform's XML model editors (`fields/@@modeleditor`, `actions/@@modeleditor`), checked.

easyform protects them with "Modify portal content" only, and they write the whole model:
scripts, TALES, mail addresses. Registered on the add-on's layer in their place, they save a
model only when the user may write every guarded element it changes (logic.py); otherwise the
page answers with a translated error message and the model stays as it was.
"""

from collective.easyform.browser.actions import ModelEditorView as ActionsModelEditorView
from collective.easyform.browser.fields import ModelEditorView as FieldsModelEditorView
from plone.base.utils import safe_text
from Products.statusmessages.interfaces import IStatusMessage
from weissenfels.portal.easyform import guard
from weissenfels.portal.easyform import logic
from weissenfels.portal.multilingual.freshness import flag_translations
from weissenfels.portal.multilingual.review import reset_review


class CheckedSave:
    attribute = None  # the form's attribute the editor writes

    def save(self, source):
        form = self.context.aq_parent
        before = logic.elements_of(form)
        after = logic.elements_of(form, **{self.attribute: safe_text(source)})
        refused = guard.refused_changes(form, before, after)
        if refused:
            IStatusMessage(self.request).addStatusMessage(guard.refusal_message(refused, self.request), "error")
            return
        changed = safe_text(source) != getattr(form, self.attribute, None)
        super().save(source)
        guard.enforce(form, before)
        if changed and self.attribute == "fields_model":
            flag_translations(form)  # the form's fields changed: its translations may be outdated
        if changed:
            reset_review(form)  # a translated form's text changed: its native review is outdated


class RenderTemplate:
    """What ZCML's `template=` gives easyform's registration: the page for its error paths
    (`super().__call__()`), here easyform's own template."""

    def __call__(self):
        return self.template()


class FieldsModelEditor(CheckedSave, FieldsModelEditorView, RenderTemplate):
    attribute = "fields_model"


class ActionsModelEditor(CheckedSave, ActionsModelEditorView, RenderTemplate):
    attribute = "actions_model"
