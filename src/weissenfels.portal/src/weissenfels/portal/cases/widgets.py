"""The field wrapper of the public case forms (easyform's and plone.app.z3cform's
`ploneform-render-widget`, overridden on the add-on's layers in cases/configure.zcml): a
checkbox or radio group is a fieldset named by its legend (upstream: a label pointing at a
div), a file field's label names its input, and a field's error and help text are tied to
its inputs (aria-describedby, aria-invalid)."""

from collective.easyform.browser.widgets import RenderWidget
from plone.formwidget.namedfile.interfaces import INamedFileWidget
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from z3c.form.interfaces import ICheckBoxWidget
from z3c.form.interfaces import IRadioWidget
from z3c.form.interfaces import ISingleCheckBoxWidget


class AccessibleWidget(RenderWidget):
    index = ViewPageTemplateFile("templates/widget.pt")

    @property
    def is_group(self):
        widget = self.context
        if widget.mode != "input" or ISingleCheckBoxWidget.providedBy(widget):
            return False  # one box (the consent) is named by its own label
        return ICheckBoxWidget.providedBy(widget) or IRadioWidget.providedBy(widget)

    @property
    def label_for(self):
        """The id of the control the label names: a file widget's id is its wrapper's,
        the input is `<id>-input` (templates/namedfile_input.pt, case_file_input.pt)."""
        widget = self.context
        return f"{widget.id}-input" if INamedFileWidget.providedBy(widget) else widget.id

    def __call__(self, *args, **kw):
        widget = self.context
        if widget.mode == "input" and hasattr(widget, "attributes"):
            described = (
                [f"{widget.id}-help"]
                if getattr(widget, "description", None) or getattr(widget.field, "description", None)
                else []
            )
            extra = {}
            if widget.error:
                described.append(f"{widget.id}-error")
                extra["aria-invalid"] = "true"
            if described:
                extra["aria-describedby"] = " ".join(described)
            # z3c.form keeps the attributes in one dict per widget (plone.app.z3cform's
            # widgets add theirs to it and have no setter): add ours to it too.
            widget.attributes.update(extra)
        return super().__call__(*args, **kw)
