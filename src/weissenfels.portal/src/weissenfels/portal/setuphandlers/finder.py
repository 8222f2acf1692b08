"""The finder's structure and seed: a Wegweiser in every language root (/<lang>/wer-hilft-mir)
and, for the Weißenfels example and sites upgraded from the Python mapping, its situations.

SITUATIONS is only the seed (the finder reads the Lebenslage content, units/finder.py): each
language's texts are the translations of its message ids in the .po catalogues. Form ids are
those the forms part places in the German unit folder: /de/<unit id>/<form id>.
"""

from dataclasses import dataclass
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from plone.base.interfaces import ILanguage
from Products.CMFCore.indexing import processQueue
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import LANGUAGES
from weissenfels.portal.units.finder import FINDER_ID
from zope.i18n import translate


@dataclass(frozen=True)
class Situation:
    id: str
    title: str  # i18n message
    answer: str  # i18n message: why this unit helps
    unit_id: str  # a unit key (units/registry.py)
    form_id: str  # the form to offer; the unit page is offered if it is missing


SITUATIONS = (
    Situation(
        "just-arrived",
        _("finder_just_arrived", default="I have just arrived in Weißenfels"),
        _(
            "finder_just_arrived_answer",
            default=(
                "The Clearing Office is the first point of contact for everyone moving here from the EU. Ask for a "
                "first interview."
            ),
        ),
        "clearingstelle",
        "erstgespraech-anfragen",
    ),
    Situation(
        "housing",
        _("finder_housing", default="I have a problem with my housing"),
        _(
            "finder_housing_answer",
            default=(
                "Housing Inspection deals with overcrowding, mould, missing heating or water and other grievances. "
                "You can report them without giving your name."
            ),
        ),
        "wohnraumkontrolle",
        "wohnraum-missstand-melden",
    ),
    Situation(
        "school",
        _("finder_school", default="My child and school"),
        _(
            "finder_school_answer",
            default=(
                "The School Team helps with school registration, problems at school and the move from nursery to "
                "school."
            ),
        ),
        "schulteam",
        "schulanmeldung-begleitung",
    ),
    Situation(
        "advice",
        _("finder_advice", default="I need advice"),
        _(
            "finder_advice_answer",
            default=(
                "At the Neustadt Office you get advice without an appointment: on everyday life, letters from "
                "public offices, work and housing."
            ),
        ),
        "neustadtbuero",
        "kontakt",
    ),
)


FINDER_TITLE = _("finder_title", default="Who can help me?")
FINDER_DESCRIPTION = _(
    "finder_description",
    default="Choose what fits your situation. We show you who helps, how to reach them and which form to use.",
)


def language_codes(portal):
    """The languages with a root folder, German first (the source of every translation)."""
    return [code for code in (DEFAULT_LANGUAGE, *(c for c in LANGUAGES if c != DEFAULT_LANGUAGE)) if code in portal]


def ensure_wegweisers(portal):
    """A published Wegweiser at /<lang>/wer-hilft-mir in every language root, linked as
    translations of the German one; idempotent. Returns {language: Wegweiser}."""
    folders = {}
    for code in language_codes(portal):
        root = portal[code]
        folder = root.get(FINDER_ID)
        if folder is None:
            with api.env.adopt_roles(["Manager"]):
                folder = api.content.create(
                    container=root,
                    type="Wegweiser",
                    id=FINDER_ID,
                    title=translate(FINDER_TITLE, target_language=code),
                    description=translate(FINDER_DESCRIPTION, target_language=code),
                    exclude_from_nav=True,
                )
            _finish(folder, code)
            logger.info("Created the Wegweiser /%s/%s", code, FINDER_ID)
        if folder.portal_type == "Wegweiser":
            folders[code] = folder
    _link(folders)
    return folders


def seed_situations(portal, situations=SITUATIONS):
    """The seed's situations in every Wegweiser, each language's texts from its .po
    catalogue, linked as translations of the German ones; idempotent (what exists stays)."""
    folders = ensure_wegweisers(portal)
    for situation in situations:
        versions = {}
        for code, folder in folders.items():
            obj = folder.get(situation.id)
            if obj is None:
                with api.env.adopt_roles(["Manager"]):
                    obj = api.content.create(
                        container=folder,
                        type="Lebenslage",
                        id=situation.id,
                        title=translate(situation.title, target_language=code),
                        answer=translate(situation.answer, target_language=code),
                        unit=situation.unit_id,
                        form_id=situation.form_id,
                        exclude_from_nav=True,
                    )
                _finish(obj, code)
            versions[code] = obj
        _link(versions)
    processQueue()
    logger.info("Seeded the finder's situations in %s", ", ".join(folders))


def _finish(obj, code):
    # PAM sets the language of new content from the request; a profile run has none.
    ILanguage(obj).set_language(code)
    obj.reindexObject()
    if api.content.get_state(obj) != "published":
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=obj, transition="publish")


def _link(versions):
    """Register the versions as translations of the German one."""
    german = versions.get(DEFAULT_LANGUAGE)
    if german is None:
        return
    manager = ITranslationManager(german)
    for code, obj in versions.items():
        if code != DEFAULT_LANGUAGE and not manager.has_translation(code):
            manager.register_translation(code, obj)
