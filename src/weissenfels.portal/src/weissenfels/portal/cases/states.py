"""The states of a case (weissenfels_case_workflow) as residents and teams read them.

One place for the labels: the status page, the case view, the inbox and the figures show
the same words.
"""

from weissenfels.portal import _


STATE_MESSAGES = {
    "eingegangen": _("case_state_eingegangen", default="Received"),
    "in_bearbeitung": _("case_state_in_bearbeitung", default="In progress"),
    "erledigt": _("case_state_erledigt", default="Completed"),
    "abgelehnt": _("case_state_abgelehnt", default="Rejected"),
}
