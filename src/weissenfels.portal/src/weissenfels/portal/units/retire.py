"""Retiring a unit (never deleting it): @@einheit-aufloesen on its German page names a
successor; the unit's open cases go there (forwarded, with a history entry), its forms close
and, for visitors, its pages redirect to the successor's page in the same language.
Closed cases stay in the old case folder, readable by the old team until retention.
"""

from Acquisition import aq_chain
from Acquisition import aq_inner
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.protect import CheckAuthenticator
from Products.CMFCore.interfaces import ISiteRoot
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from weissenfels.portal import _
from weissenfels.portal import logger
from weissenfels.portal.cases.folders import case_folder
from weissenfels.portal.content.organisationseinheit import IOrganisationseinheit
from weissenfels.portal.easyform.models import form_actions
from weissenfels.portal.handling.workflow import forward
from weissenfels.portal.interfaces import IBrowserLayer
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.units import capabilities
from weissenfels.portal.units.registry import active_units
from weissenfels.portal.units.registry import page_key
from weissenfels.portal.units.registry import unit_by_key
from weissenfels.portal.units.registry import unit_of
from weissenfels.portal.units.registry import unit_page
from zExceptions import NotFound
from zExceptions import Redirect


OPEN_STATES = ("eingegangen", "in_bearbeitung")


def retire(page, successor_key):
    """Retire the unit of this German page in favour of an active unit; returns the moved cases."""
    unit = unit_of(page)
    successor = unit_by_key(successor_key)
    if unit is None or successor.retired or successor.key == unit.key:
        raise ValueError(successor_key)
    page.retired = True
    page.successor = successor.key
    page.reindexObject()
    comment = api.portal.translate(
        _(
            "comment_unit_retired",
            default="The unit ${unit} was retired; its open cases went to ${successor}.",
            mapping={"unit": unit.title, "successor": successor.title},
        ),
        lang=DEFAULT_LANGUAGE,
    )
    moved = []
    folder = case_folder(unit.key)
    with api.env.adopt_roles(["Manager"]):
        for case in list(folder.objectValues() if folder is not None else ()):
            if api.content.get_state(case, default=None) in OPEN_STATES:
                moved.append(forward(case, successor.key, comment))
    capabilities.resync()
    logger.info("Unit %s retired; %d open cases forwarded to %s", unit.key, len(moved), successor.key)
    return moved


def retired_unit_page(context):
    """The retired unit page that holds context (or is it), or None."""
    for obj in aq_chain(aq_inner(context)):
        if ISiteRoot.providedBy(obj):
            return None
        if IOrganisationseinheit.providedBy(obj):
            try:
                return obj if unit_by_key(page_key(obj)).retired else None
            except KeyError:
                return None
    return None


def closed_unit(form):
    """The retired unit a form belongs to (by its place or its case action), or None."""
    unit = unit_of(form)
    if unit is not None and unit.retired:
        return unit
    for action in form_actions(form).namesAndDescriptions():
        key = getattr(action[1], "unit", None)
        if isinstance(key, str):
            try:
                target = unit_by_key(key)
            except KeyError:
                continue
            if target.retired:
                return target
    return None


def successor_page(unit, language):
    """The successor's page in that language (its German one where it is not translated)."""
    if not unit.successor:
        return None
    try:
        return unit_page(unit_by_key(unit.successor), language or DEFAULT_LANGUAGE)
    except KeyError:
        return None


def redirect_visitors(event):
    """IPubAfterTraversal: a visitor (no Modify permission) of a retired unit's page or of
    anything below it goes to the successor's page in the same language (302)."""
    request = event.request
    if not IBrowserLayer.providedBy(request):
        return
    published = request.get("PUBLISHED")
    context = getattr(published, "context", None) or getattr(published, "__self__", None) or published
    page = retired_unit_page(context) if context is not None and hasattr(context, "aq_chain") else None
    if page is None or api.user.has_permission("Modify portal content", obj=page):
        return
    target = successor_page(unit_of(page), page.Language())
    if target is not None:
        raise Redirect(target.absolute_url())


class RetiredNotice(ViewletBase):
    """For editors on a retired unit's pages: the unit is retired, here is its successor."""

    index = ViewPageTemplateFile("templates/retired_notice.pt")

    def update(self):
        super().update()
        self.page = retired_unit_page(self.context)

    def render(self):
        return self.index() if self.page is not None else ""

    def successor(self):
        return successor_page(unit_of(self.page), self.page.Language())


class RetireUnitView(BrowserView):
    """@@einheit-aufloesen: retire this unit, naming its successor (Manager, Site Administrator)."""

    error = None

    def __call__(self):
        self.unit = unit_of(self.context)
        if self.unit is None or page_key(self.context) != getattr(self.context, "unit_key", None):
            raise NotFound("Not a unit's German page")
        if self.request.method == "POST" and self.request.form.get("form.submitted"):
            CheckAuthenticator(self.request)
            key = self.request.form.get("successor")
            if self.unit.retired:
                self.error = _("error_unit_already_retired", default="This unit has already been retired.")
            elif not isinstance(key, str) or key not in {unit.key for unit in self.successors()}:
                self.error = _("error_unit_successor", default="Please choose the unit that takes over.")
            else:
                moved = retire(self.context, key)
                api.portal.show_message(
                    _(
                        "msg_unit_retired",
                        default="The unit has been retired; ${count} open cases went to its successor.",
                        mapping={"count": len(moved)},
                    ),
                    self.request,
                )
                self.request.response.redirect(self.context.absolute_url())
                return ""
        return self.index()

    def successors(self):
        return [unit for unit in active_units() if unit.key != self.unit.key]
