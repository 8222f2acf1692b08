"""The finder "Wer hilft mir?": the situations (Lebenslage) the Redaktion keeps in the
Wegweiser of each language root (/<lang>/wer-hilft-mir), and the unit page and form each
one leads to.

A language whose Wegweiser has no situation a visitor may see shows the German ones.
A situation names its unit by the unit's fixed key (units/registry.py) and its form by
the form's id in the German unit page; retired units are not offered.
"""

from Acquisition import aq_chain
from plone import api
from plone.app.multilingual.interfaces import ILanguageRootFolder
from plone.app.multilingual.interfaces import ITranslatable
from plone.app.multilingual.interfaces import ITranslationManager
from plone.base.interfaces import ILanguage
from weissenfels.portal.content.lebenslage import ILebenslage
from weissenfels.portal.content.wegweiser import IWegweiser
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.units.registry import active_units
from weissenfels.portal.units.registry import unit_by_key
from weissenfels.portal.units.registry import unit_page as registry_unit_page


FINDER_ID = "wer-hilft-mir"  # the Wegweiser's id in every language root, and the old view's name


def language_root(context):
    for obj in aq_chain(context):
        if ILanguageRootFolder.providedBy(obj):
            return obj
    return None


def wegweiser_of(root):
    """The Wegweiser of a language root, if there is one the visitor may see."""
    if root is None:
        return None
    folder = root.get(FINDER_ID)
    if IWegweiser.providedBy(folder) and api.user.has_permission("View", obj=folder):
        return folder
    brains = api.content.find(context=root, portal_type="Wegweiser", depth=1, sort_on="getObjPosInParent")
    return brains[0].getObject() if brains else None


def situations_in(folder):
    """The situations of a Wegweiser the visitor may see, whose unit still takes cases, in folder order."""
    if folder is None:
        return []
    keys = {unit.key for unit in active_units()}
    # Folder order is the order the Redaktion set; a Wegweiser holds a handful of items.
    return [
        situation
        for situation in folder.contentValues({"portal_type": "Lebenslage"})
        if situation.unit in keys and api.user.has_permission("View", obj=situation)
    ]


def german_wegweiser(folder, root):
    """The German Wegweiser: the translation of folder, or the German root's."""
    if folder is not None and ITranslatable.providedBy(folder):
        german = ITranslationManager(folder).get_translation(DEFAULT_LANGUAGE)
        if german is not None and api.user.has_permission("View", obj=german):
            return german
    return wegweiser_of(api.portal.get().get(DEFAULT_LANGUAGE))


def situations_for(context):
    """(situations, language they are written in) for the finder shown at context."""
    root = language_root(context)
    folder = context if IWegweiser.providedBy(context) else wegweiser_of(root)
    if folder is None and ILebenslage.providedBy(context):
        folder = context.__parent__
    situations = situations_in(folder)
    if situations:
        return situations, ILanguage(folder).get_language()
    return situations_in(german_wegweiser(folder, root)), DEFAULT_LANGUAGE


def unit_page(root, key):
    """The unit's page in this root's language; the German page where it is not translated.
    None if the unit is gone or retired (it takes no one new) or the visitor may not see it."""
    try:
        unit = unit_by_key(key)
    except KeyError:
        return None
    if unit.retired or root is None:
        return None
    page = registry_unit_page(unit, ILanguage(root).get_language())
    if page is None or not api.user.has_permission("View", obj=page):
        return None
    return page


def form_in(unit, form_id, language):
    """The form in the unit in this language, else the German form; None if missing or hidden."""
    if not form_id:
        return None
    form = unit.get(form_id)
    if form is None or ILanguage(form).get_language() != language:
        # The form may have a translated id: follow the German form's translation.
        german_unit = ITranslationManager(unit).get_translation(DEFAULT_LANGUAGE) or unit
        german_form = german_unit.get(form_id)
        if ITranslatable.providedBy(german_form):
            form = ITranslationManager(german_form).get_translation(language) or german_form
    if form is None or not api.user.has_permission("View", obj=form):
        return None
    return form
