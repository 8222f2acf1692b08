"""The finder "Wer hilft mir?": which unit (and which of its forms) helps in which situation.

The one mapping; the finder view (finder_view.py) and its tests read it. Form ids are
those the forms part places in the unit folder: /<lang>/<unit id>/<form id>.
"""

from dataclasses import dataclass
from weissenfels.portal import _


@dataclass(frozen=True)
class Situation:
    id: str
    title: str  # i18n message
    answer: str  # i18n message: why this unit helps
    unit_id: str  # the id of the unit's page in the language roots
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


def situation_by_id(situation_id):
    for situation in SITUATIONS:
        if situation.id == situation_id:
            return situation
    raise KeyError(situation_id)
