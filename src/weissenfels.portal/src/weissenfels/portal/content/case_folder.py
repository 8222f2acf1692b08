"""CaseFolder: the cases (Vorgänge) of one unit, below /vorgaenge (setuphandlers/cases.py)."""

from plone.dexterity.content import Container
from plone.schema import Email
from plone.supermodel import model
from weissenfels.portal import _
from zope import schema
from zope.interface import implementer


# The units of the registry (units/vocabularies.py), by their fixed key.
UNIT_VOCABULARY = "weissenfels.portal.vocabularies.units"


class ICaseFolder(model.Schema):
    unit = schema.Choice(
        title=_("label_case_folder_unit", default="Unit"),
        description=_("help_case_folder_unit", default="The unit whose team handles the cases in this folder."),
        vocabulary=UNIT_VOCABULARY,
        required=True,
    )
    inbox_email = Email(
        title=_("label_case_folder_inbox", default="Team inbox"),
        description=_(
            "help_case_folder_inbox",
            default="New cases are announced to this address (reference and link only, no personal data).",
        ),
        required=False,
    )
    reminder_working_days = schema.Int(
        title=_("label_case_folder_reminder_days", default="Remind after (working days)"),
        description=_(
            "help_case_folder_reminder_days",
            default="Cases without a reply or change of state after this many working days are listed "
            "in the inbox and reported once to the team lead.",
        ),
        default=5,
        min=1,
        required=False,
    )


@implementer(ICaseFolder)
class CaseFolder(Container):
    """Folder of one unit's cases; local roles give that unit's team the CaseHandler role."""

    # No manual order: the default ordering keeps one list of all ids, and every new case
    # would write it, so parallel submissions conflicted on it. Listings sort by date.
    _ordering = "unordered"

    def __before_publishing_traverse__(self, arg1, arg2=None):
        """Who may not view this folder learns nothing of what is in it, not even whether a
        case exists (security/case_existence.py)."""
        from weissenfels.portal.security.case_existence import require_view_below

        require_view_below(self, arg2 or arg1)
        super().__before_publishing_traverse__(arg1, arg2)

    def notifyModified(self):
        """Adding a case would set the folder's modification date (ContainerModifiedEvent
        -> reindexObject -> notifyModified): one object written by every submission, so
        parallel submissions conflicted. The folder's own date says nothing anyway."""
