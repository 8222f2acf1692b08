"""The finder page "Wer hilft mir?" of a language root: /<lang>/wer-hilft-mir."""

from plone import api
from plone.app.multilingual.interfaces import ITranslatable
from plone.app.multilingual.interfaces import ITranslationManager
from Products.Five.browser import BrowserView
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.units.finder import situation_by_id
from weissenfels.portal.units.finder import SITUATIONS
from weissenfels.portal.units.registry import unit_of
from weissenfels.portal.units.views import tel_href


class FinderView(BrowserView):
    """Pick a situation, get the right unit with its contact and form."""

    def situations(self):
        return SITUATIONS

    def chosen(self):
        try:
            return situation_by_id(self.request.form.get("situation", ""))
        except KeyError:
            return None

    def unit(self, situation):
        """The situation's unit in this language; the German one where it is not translated."""
        unit = self.context.get(situation.unit_id)
        if unit is None:
            german = api.portal.get().get(DEFAULT_LANGUAGE)
            unit = german.get(situation.unit_id) if german is not None else None
        if unit is None or not api.user.has_permission("View", obj=unit):
            return None
        record = unit_of(unit)
        if record is not None and record.retired:
            return None  # a retired unit takes no one new (units/retire.py)
        return unit

    def form(self, situation, unit):
        """The situation's form in the unit, if it exists and the visitor may see it."""
        form = unit.get(situation.form_id)
        if form is None:
            # The form may have a translated id: follow the German form's translation.
            german_unit = ITranslationManager(unit).get_translation(DEFAULT_LANGUAGE)
            german_form = german_unit.get(situation.form_id) if german_unit is not None else None
            if ITranslatable.providedBy(german_form):
                form = ITranslationManager(german_form).get_translation(unit.Language()) or german_form
        if form is None or not api.user.has_permission("View", obj=form):
            return None
        return form

    def answer(self, situation):
        unit = self.unit(situation)
        if unit is None:
            return None
        form = self.form(situation, unit)
        return {
            "situation": situation,
            "unit": unit,
            "form": form,
            "action_url": form.absolute_url() if form is not None else unit.absolute_url(),
            "action_title": form.Title() if form is not None else unit.Title(),
            "phone_href": tel_href(unit.phone),
        }
