"""Translation review: has a person whose native language it is checked this translation?

Every translation of public content (pages, unit pages, forms, situations, the finder) has the
behavior weissenfels.portal.translation_review: "übersetzt" (translated, not reviewed) until a
native reviewer approves it with @@uebersetzung-pruefen (POST, CSRF token, permission
"weissenfels.portal: Review translations"); the approval stores who and when. An edit of the
translation after that (its edit form, REST, easyform's field or model editor) puts it back to
"übersetzt"; who and when of the last review stay, so editors see that the review is outdated.
German items are the source: they have no review status. Reviewers are the groups
uebersetzungspruefung-<code>, with the role TranslationReviewer on their language's root only.
The state is indexed (translation_review, index and metadata) for the dashboard (dashboard.py).
"""

from Acquisition import aq_parent
from datetime import datetime
from datetime import UTC
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.app.multilingual.interfaces import ILanguageRootFolder
from plone.autoform import directives
from plone.base.interfaces import ILanguage
from plone.indexer import indexer
from plone.protect import CheckAuthenticator
from plone.supermodel import model
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.formatting import format_datetime
from weissenfels.portal.languages import language_name
from weissenfels.portal.multilingual.staff_language import preferred_language
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.users import fullname
from zExceptions import BadRequest
from zope import schema
from zope.component import getMultiAdapter
from zope.container.interfaces import IContainerModifiedEvent
from zope.i18n import translate
from zope.interface import provider
from zope.schema.interfaces import IContextAwareDefaultFactory


TRANSLATED = "translated"
REVIEWED = "reviewed"
INDEX = "translation_review"
PERMISSION = "weissenfels.portal: Review translations"
REVIEWER_ROLE = "TranslationReviewer"
REVIEWERS_GROUP = "uebersetzungspruefung-{code}"


@provider(IContextAwareDefaultFactory)
def _translated(context):
    return TRANSLATED


class ITranslationReview(model.Schema):
    """Stored on the item. No form shows the fields and REST cannot write them (read only):
    only the approval and an edit change them."""

    translation_review_state = schema.Choice(
        title=_("label_translation_review_state", default="Review of the translation"),
        values=(TRANSLATED, REVIEWED),
        defaultFactory=_translated,
        required=False,
        readonly=True,
    )
    translation_reviewer = schema.TextLine(
        title=_("label_translation_reviewer", default="Reviewed by"),
        required=False,
        readonly=True,
    )
    translation_reviewed = schema.Datetime(
        title=_("label_translation_reviewed", default="Reviewed on"),
        required=False,
        readonly=True,
    )
    directives.omitted("translation_review_state", "translation_reviewer", "translation_reviewed")
    directives.read_permission(
        translation_review_state="cmf.ModifyPortalContent",
        translation_reviewer="cmf.ModifyPortalContent",
        translation_reviewed="cmf.ModifyPortalContent",
    )


def is_translation(obj):
    """A language version other than German, of a type with the behavior."""
    if not ITranslationReview.providedBy(obj) or ILanguageRootFolder.providedBy(obj):
        return False
    return ILanguage(obj).get_language() not in (DEFAULT_LANGUAGE, "")


def review_state(obj):
    """ "translated" or "reviewed" for a translation; None for a German source (or anything else)."""
    if not is_translation(obj):
        return None
    return getattr(obj, "translation_review_state", None) or TRANSLATED


def approve(obj, user_id):
    """A native reviewer checked obj: reviewed, by whom, when."""
    obj.translation_review_state = REVIEWED
    obj.translation_reviewer = user_id
    obj.translation_reviewed = datetime.now(UTC)
    obj.reindexObject(idxs=[INDEX])


def reset_review(obj):
    """obj's text changed: a review it had is outdated (who and when of it are kept)."""
    if review_state(obj) == REVIEWED:
        obj.translation_review_state = TRANSLATED
        obj.reindexObject(idxs=[INDEX])


def translation_edited(obj, event):
    """Subscriber (IObjectModifiedEvent): an editor changed a translation."""
    if IContainerModifiedEvent.providedBy(event):
        return  # a child added or removed: not the translation's text
    descriptions = getattr(event, "descriptions", ())
    if len(descriptions) > 1 and isinstance(descriptions[1], str):
        return  # PAM copying the German source's language-independent fields (phone, e-mail)
    reset_review(obj)


def form_fields_edited(fields_context, event):
    """Subscriber (easyform's ISchemaModifiedEvent): a translated form's fields changed."""
    reset_review(aq_parent(fields_context))


@indexer(ITranslationReview)
def translation_review(obj):
    state = review_state(obj)
    if state is None:
        raise AttributeError(INDEX)  # German sources: not in the index
    return state


def may_see_status(obj):
    """Editors and reviewers see the status; visitors never."""
    if api.user.is_anonymous():
        return False
    return api.user.has_permission("Modify portal content", obj=obj) or api.user.has_permission(PERMISSION, obj=obj)


def may_approve(obj):
    return not api.user.is_anonymous() and api.user.has_permission(PERMISSION, obj=obj)


class ApproveView(BrowserView):
    """@@uebersetzung-pruefen: POST only, with the CSRF token; the reviewer approves the
    translation as it is now."""

    def __call__(self):
        if self.request.method != "POST":
            raise BadRequest("POST only")
        CheckAuthenticator(self.request)  # raises Forbidden without a valid token
        if not is_translation(self.context):
            raise BadRequest(
                translate(
                    _("error_review_german_source", default="German pages are the source: there is nothing to review."),
                    context=self.request,
                )
            )
        approve(self.context, api.user.get_current().getId())
        api.portal.show_message(
            _("status_translation_reviewed", default="The translation is marked as reviewed by a native speaker."),
            request=self.request,
        )
        came_from = self.request.form.get("came_from") or ""
        portal_url = api.portal.get().absolute_url()
        target = came_from if came_from.startswith(portal_url + "/") else self.context.absolute_url()
        self.request.response.redirect(target)
        return ""


def reviewer_groups(codes):
    """(group id, German title) of the reviewer groups of these languages."""
    return [
        (
            REVIEWERS_GROUP.format(code=code),
            "Übersetzungsprüfung "
            + translate(language_name(code), target_language=DEFAULT_LANGUAGE, domain="weissenfels.portal"),
        )
        for code in codes
        if code != DEFAULT_LANGUAGE
    ]


def ensure_reviewer_groups(portal, codes):
    """A group of native reviewers per language, with the reviewer role on that language's
    root only; idempotent (install and upgrade)."""
    for group_id, title in reviewer_groups(codes):
        if api.group.get(groupname=group_id) is None:
            api.group.create(
                groupname=group_id,
                title=title,
                description="Muttersprachliche Prüferinnen und Prüfer der Übersetzungen dieser Sprache.",
            )
        root = portal.get(group_id.rsplit("-", 1)[1])
        if root is not None:
            api.group.grant_roles(groupname=group_id, roles=[REVIEWER_ROLE], obj=root)


def status_of(obj):
    """What the editors' notice shows, or None (a German source)."""
    state = review_state(obj)
    if state is None:
        return None
    reviewer = getattr(obj, "translation_reviewer", None)
    return {
        "state": state,
        "reviewer": fullname(reviewer) if reviewer else None,
        "reviewed": getattr(obj, "translation_reviewed", None),
    }


class ReviewStatusViewlet(ViewletBase):
    """Above the title of a translation, for editors and reviewers only: its review status,
    in German (or the language the user chose), whatever language the page is in."""

    def update(self):
        super().update()
        self.status = status_of(self.context) if may_see_status(self.context) else None
        if self.status is None:
            return
        self.language = preferred_language() or DEFAULT_LANGUAGE
        self.can_approve = may_approve(self.context)
        self.heading = self.text(_("heading_translation_review", default="Translation review"))
        self.button = self.text(_("button_approve_translation", default="Confirm: reviewed by a native speaker"))
        if self.can_approve:
            self.authenticator = getMultiAdapter((self.context, self.request), name="authenticator").token()

    def text(self, message):
        return translate(message, target_language=self.language, context=self.request)

    def lines(self):
        status, mapping = self.status, {}
        if status["reviewed"] is not None:
            mapping = {"name": status["reviewer"], "date": format_datetime(status["reviewed"], self.language)}
        if status["state"] == REVIEWED:
            return [
                self.text(
                    _(
                        "review_status_reviewed",
                        default="Reviewed by a native speaker: ${name}, ${date}.",
                        mapping=mapping,
                    )
                )
            ]
        lines = [self.text(_("review_status_translated", default="Translated, not yet reviewed by a native speaker."))]
        if mapping:
            lines.append(
                self.text(
                    _(
                        "review_status_changed_since",
                        default="Changed since the last review by ${name} on ${date}.",
                        mapping=mapping,
                    )
                )
            )
        return lines

    def render(self):
        return self.index() if self.status is not None else ""
