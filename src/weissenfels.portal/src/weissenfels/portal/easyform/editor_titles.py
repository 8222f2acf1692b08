"""easyform's field and action editors with titles in the page's language.

Upstream names the editors' contexts by their ids: the heading said "fields bearbeiten" and
the breadcrumb and window title "fields" (plone.schemaeditor's "Edit ${name}"). Same views,
with a title ("Felder", "Aktionen") and a heading naming the form.
"""

from collective.easyform.browser.actions import EasyFormActionsView
from collective.easyform.browser.fields import EasyFormFieldsView
from weissenfels.portal import _
from zope.i18n import translate


class NamedEditor:
    title_message = None
    label_message = None

    def __init__(self, context, request):
        super().__init__(context, request)
        self.Title = lambda: translate(self.title_message, context=request)
        self.label = _(self.label_message, default=self.label_message.default, mapping={"form": context.Title()})


class FieldsEditor(NamedEditor, EasyFormFieldsView):
    title_message = _("title_form_fields", default="Fields")
    label_message = _("heading_form_fields", default="Edit the fields: ${form}")


class ActionsEditor(NamedEditor, EasyFormActionsView):
    title_message = _("title_form_actions", default="Actions")
    label_message = _("heading_form_actions", default="Edit the actions: ${form}")
