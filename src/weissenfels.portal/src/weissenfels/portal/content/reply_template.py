"""Textbaustein: a reply template of one unit, one text per resident language.

One object holds every language (not one PAM translation per language): the editors see
the German text beside its translations in one form, the handler picks one template, and
the resident reads the text in their language (handling/replies.py). A translation is shown
to residents as soon as it is written; `reviewed` says which ones a person who reads the
language has checked (the case page marks the others). Templates live in
/textbausteine/<unit key> (setuphandlers/reply_templates.py); the folder's local roles
decide which team may use them.
"""

from plone.dexterity.content import Container
from plone.dexterity.content import Item
from plone.supermodel import model
from weissenfels.portal import _
from weissenfels.portal.languages import OWN_NAMES
from weissenfels.portal.organisation import LANGUAGES
from zope import schema
from zope.interface import implementer
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


# Placeholders a template may use; handling/replies.py fills them per case.
PLACEHOLDERS = ("reference", "unit", "phone", "date")
PLACEHOLDER_HELP = "{reference}, {unit}, {phone}, {date}"

TRANSLATED_LANGUAGES = tuple(code for code in LANGUAGES if code != "de")
REVIEW_VOCABULARY = SimpleVocabulary(
    [SimpleTerm(code, code, f"{OWN_NAMES[code]} ({code})") for code in TRANSLATED_LANGUAGES]
)


def text_field(code):
    return f"text_{code}"


class ITextbaustein(model.Schema):
    title = schema.TextLine(
        title=_("label_reply_template_title", default="Name of the template (for the team)"),
        required=True,
    )
    text_de = schema.Text(
        title=_("label_reply_template_text_de", default="Text in German"),
        description=_(
            "help_reply_template_text",
            default="Placeholders filled for each case: {reference}, {unit}, {phone}, {date}.",
        ),
        required=True,
    )
    text_en = schema.Text(title="English (en)", required=False)
    text_ro = schema.Text(title="Română (ro)", required=False)
    text_pl = schema.Text(title="Polski (pl)", required=False)
    text_bg = schema.Text(title="Български (bg)", required=False)
    text_hu = schema.Text(title="Magyar (hu)", required=False)
    text_ar = schema.Text(title="العربية (ar)", required=False)
    text_uk = schema.Text(title="Українська (uk)", required=False)
    reviewed = schema.List(
        title=_("label_reply_template_reviewed", default="Translations checked by a speaker"),
        description=_(
            "help_reply_template_reviewed",
            default="Tick a language only when someone who reads it has checked the text.",
        ),
        value_type=schema.Choice(vocabulary=REVIEW_VOCABULARY),
        required=False,
        default=[],
    )


@implementer(ITextbaustein)
class Textbaustein(Item):
    """A reply template; its texts are read by handling/replies.py."""

    def text(self, language):
        return (getattr(self, text_field(language), None) or "").strip()


class IReplyTemplateFolder(model.Schema):
    """/textbausteine and one folder per unit in it (the folder's id is the unit key)."""


@implementer(IReplyTemplateFolder)
class ReplyTemplateFolder(Container):
    """Holds the Textbausteine of one unit; structure made by setuphandlers/reply_templates.py."""
