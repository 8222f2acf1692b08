"""Views of the building register: the register's list, a building's page, an inspection's,
an order's and a flat's page, the photos of an inspection, what a housing case shows of its
building, the POST actions (CSRF token checked) and the Clearingstelle's lookup.

Listings read catalog metadata: a building page lists its linked cases from the catalog
(as the viewer: only cases they may see), batched, never waking a case.
"""

from AccessControl import Unauthorized
from datetime import datetime
from datetime import timedelta
from plone import api
from plone.batching import Batch
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.cases.downloads import send_inline_image
from weissenfels.portal.cases.indexers import submission_day
from weissenfels.portal.cases.states import STATE_MESSAGES
from weissenfels.portal.cases.uploads import clean_upload
from weissenfels.portal.cases.uploads import UploadRejected
from weissenfels.portal.content.anordnung import IAnordnung
from weissenfels.portal.content.begehung import IBegehung
from weissenfels.portal.content.wohnung import IWohnung
from weissenfels.portal.formatting import format_date
from weissenfels.portal.formatting import format_datetime
from weissenfels.portal.formatting import format_number
from weissenfels.portal.formatting import page_language
from weissenfels.portal.handling.address import FREQUENT_REPORTS_DAYS
from weissenfels.portal.handling.address import normalise_street
from weissenfels.portal.handling.address import split_free_address
from weissenfels.portal.handling.address import values_by_id
from weissenfels.portal.handling.inbox import inspection_recommended
from weissenfels.portal.register import linking
from weissenfels.portal.register import lookup
from weissenfels.portal.register.address import case_keys
from weissenfels.portal.register.address import case_postcode
from weissenfels.portal.register.buildings import create_building
from weissenfels.portal.register.followups import overdue
from weissenfels.portal.register.occupancy import occupancy
from weissenfels.portal.register.occupancy import thresholds
from weissenfels.portal.register.structure import register_folder
from weissenfels.portal.register.structure import register_of
from weissenfels.portal.register.vocabularies import FINDING_CATEGORIES
from weissenfels.portal.town import area_postcodes
from weissenfels.portal.users import fullname
from zExceptions import BadRequest
from zExceptions import NotFound
from ZTUtils.Lazy import LazyMap


USE_REGISTER = "weissenfels.portal: Use building register"
LOOK_UP = "weissenfels.portal: Look up building orders"
PAGE_SIZE = 30

BUILDING_STATES = {
    "unauffaellig": _("building_state_unauffaellig", default="unremarkable"),
    "unter_beobachtung": _("building_state_unter_beobachtung", default="under observation"),
    "begehung_geplant": _("building_state_begehung_geplant", default="inspection planned"),
    "maengel_festgestellt": _("building_state_maengel_festgestellt", default="defects found"),
    "maengel_behoben": _("building_state_maengel_behoben", default="defects remedied"),
}
INSPECTION_STATES = {
    "geplant": _("inspection_state_geplant", default="planned"),
    "durchgefuehrt": _("inspection_state_durchgefuehrt", default="held"),
    "abgesagt": _("inspection_state_abgesagt", default="cancelled"),
}
ORDER_STATES = {
    "entwurf": _("order_state_entwurf", default="draft"),
    "in_kraft": _("order_state_in_kraft", default="in force"),
    "aufgehoben": _("order_state_aufgehoben", default="revoked"),
    "erledigt": _("order_state_erledigt", default="complied with"),
}
STATES = {**BUILDING_STATES, **INSPECTION_STATES, **ORDER_STATES}
TRANSITIONS = {
    "beobachten": _("building_transition_beobachten", default="Put under observation"),
    "begehung_planen": _("building_transition_begehung_planen", default="Plan an inspection"),
    "maengel_feststellen": _("building_transition_maengel_feststellen", default="Record defects"),
    "maengel_beheben": _("building_transition_maengel_beheben", default="Record defects as remedied"),
    "unauffaellig_einstufen": _("building_transition_unauffaellig_einstufen", default="Classify as unremarkable"),
    "durchfuehren": _("inspection_transition_durchfuehren", default="Record as held"),
    "absagen": _("inspection_transition_absagen", default="Cancel"),
    "neu_planen": _("inspection_transition_neu_planen", default="Plan again"),
    "in_kraft_setzen": _("order_transition_in_kraft_setzen", default="Put in force"),
    "aufheben": _("order_transition_aufheben", default="Revoke"),
    "erledigen": _("order_transition_erledigen", default="Record as complied with"),
}
CATEGORY_TITLES = dict(FINDING_CATEGORIES)


def metadata(catalog, results, *columns):
    """(column values) of each result from the catalog's metadata records, without making a
    brain per result (five times faster: a busy building has thousands of linked cases in 90
    days, bench/results/register.md). `results` come from a search as the viewer: only what
    they may see. Other result kinds than the catalog's LazyMap of record ids fall back to
    brains."""
    if isinstance(results, LazyMap):
        records, schema = catalog._catalog.data, catalog._catalog.schema
        positions = [schema[column] for column in columns]
        for rid in results._seq:
            record = records[rid]
            yield tuple(record[position] for position in positions)
    else:
        for brain in results:
            yield tuple(getattr(brain, column) for column in columns)


def may_use_register(obj=None):
    target = obj if obj is not None else register_folder()
    return target is not None and api.user.has_permission(USE_REGISTER, obj=target)


class RegisterBase(BrowserView):
    def fmt_date(self, value):
        return format_date(value, page_language(self.request)) if value else ""

    def fmt_datetime(self, value):
        return format_datetime(value, page_language(self.request)) if value else ""

    def fmt_number(self, value):
        """Living space and m² per person as the page's language writes them (German: 6,8)."""
        return format_number(value, page_language(self.request))

    def state_title(self, state):
        return STATES.get(state, state)

    def transitions(self, obj=None):
        obj = obj if obj is not None else self.context
        workflow = api.portal.get_tool("portal_workflow")
        return [{"id": t["id"], "title": TRANSITIONS.get(t["id"], t["title"])} for t in workflow.getTransitionsFor(obj)]

    def history(self, obj=None):
        """The workflow history: who changed the state when (newest first)."""
        obj = obj if obj is not None else self.context
        workflow = api.portal.get_tool("portal_workflow")
        entries = []
        for entry in workflow.getInfoFor(obj, "review_history", []):
            moment = entry.get("time")
            entries.append(
                {
                    "time": self.fmt_datetime(moment.asdatetime().replace(tzinfo=None) if moment else None),
                    "state": self.state_title(entry.get("review_state")),
                    "action": TRANSITIONS.get(entry.get("action"), entry.get("action") or ""),
                    "author": fullname(entry.get("actor")) if entry.get("actor") else "",
                    "comment": entry.get("comments") or "",
                }
            )
        return list(reversed(entries))

    def state(self, obj=None):
        return self.state_title(api.content.get_state(obj if obj is not None else self.context, default=""))


class RegisterView(RegisterBase):
    """/gebaeuderegister: the buildings, filtered by state and street (catalog only)."""

    def __call__(self):
        self.filters = {name: self._text(name) for name in ("state", "street")}
        return self.index()

    def _text(self, name):
        value = self.request.form.get(name) or ""
        return value.strip() if isinstance(value, str) else ""

    def states(self):
        return [{"id": key, "title": title} for key, title in BUILDING_STATES.items()]

    def buildings(self):
        query = {"portal_type": "Objekt", "path": "/".join(self.context.getPhysicalPath()), "sort_on": "sortable_title"}
        if self.filters["state"] in BUILDING_STATES:
            query["review_state"] = self.filters["state"]
        if self.filters["street"]:
            query["building_street"] = normalise_street(self.filters["street"])
        start = self._start()
        # The catalog sorts only up to the batch (b_start/b_size): a page of 30, not all rows.
        brains = api.portal.get_tool("portal_catalog")(b_start=start, b_size=PAGE_SIZE, **query)
        return Batch(brains, PAGE_SIZE, start)

    def _start(self):
        try:
            return max(int(self.request.form.get("b_start", 0)), 0)
        except (TypeError, ValueError):
            return 0


class BuildingView(RegisterBase):
    """A building: address, state and history, flats with occupancy, inspections, orders and
    the linked cases the viewer may see (catalog, batched)."""

    def __call__(self):
        return self.index()

    def register(self):
        return register_of(self.context)

    def children(self, interface):
        return [obj for obj in self.context.objectValues() if interface.providedBy(obj)]

    def flats(self):
        register = self.register()
        return [{"obj": flat, "occupancy": occupancy(flat, register)} for flat in self.children(IWohnung)]

    def thresholds(self):
        return thresholds(self.register())

    def inspections(self):
        items = self.children(IBegehung)
        return sorted(items, key=lambda i: i.start or datetime.min, reverse=True)

    def orders(self):
        items = self.children(IAnordnung)
        return sorted(items, key=lambda o: o.order_date or datetime.min.date(), reverse=True)

    def flat_title(self, uid):
        for flat in self.children(IWohnung):
            if flat.UID() == uid:
                return flat.Title()
        return ""

    # Only cases are indexed under case_building: no portal_type in these queries (intersecting
    # with every case of the site costs more than the rest of the query at 100,000 cases).

    def _case_brains(self, start=0):
        """The batch's cases, newest first: the catalog sorts only up to the batch."""
        return api.portal.get_tool("portal_catalog")(
            case_building=self.context.UID(),
            sort_on="case_submitted",
            sort_order="reverse",
            b_start=start,
            b_size=PAGE_SIZE,
        )

    def cases(self):
        try:
            start = max(int(self.request.form.get("b_start", 0)), 0)
        except (TypeError, ValueError):
            start = 0
        return Batch(self._case_brains(start), PAGE_SIZE, start)

    def case_state(self, brain):
        return STATE_MESSAGES.get(brain.review_state, brain.review_state)

    def reporters(self, now=None):
        """Distinct submitters of the linked cases the viewer may see, last 90 days."""
        since = (now or datetime.now()) - timedelta(days=FREQUENT_REPORTS_DAYS)
        catalog = api.portal.get_tool("portal_catalog")
        results = catalog(
            case_building=self.context.UID(),
            case_submitted_day={"query": submission_day(since), "range": "min"},
        )
        return len(
            {
                key
                for key, submitted in metadata(catalog, results, "case_submitter_key", "case_submitted")
                if submitted and submitted >= since
            }
        )


class InspectionView(RegisterBase):
    def __call__(self):
        return self.index()

    def findings(self):
        flats = {
            flat.UID(): flat.Title() for flat in self.context.__parent__.objectValues() if IWohnung.providedBy(flat)
        }
        return [
            {
                "flat": flats.get(row.get("flat"), ""),
                "category": CATEGORY_TITLES.get(row.get("category"), row.get("category")),
                "description": row.get("description") or "",
            }
            for row in self.context.findings or ()
        ]

    def photos(self):
        base = self.context.absolute_url()
        return [
            {"url": f"{base}/@@begehung-foto-anzeigen?index={i}", "filename": photo.filename}
            for i, photo in enumerate(self.context.photos or ())
        ]

    def may_edit(self):
        return api.user.has_permission("Modify portal content", obj=self.context)


class OrderView(RegisterBase):
    def __call__(self):
        return self.index()

    def flat(self):
        if not self.context.flat:
            return ""
        for obj in self.context.__parent__.objectValues():
            if IWohnung.providedBy(obj) and obj.UID() == self.context.flat:
                return obj.Title()
        return ""


class FlatView(RegisterBase):
    def __call__(self):
        return self.index()

    def occupancy(self):
        return occupancy(self.context, register_of(self.context))


class InspectionPhoto(BrowserView):
    """One photo of an inspection, inline, with the case files' headers."""

    def __call__(self):
        try:
            photo = (self.context.photos or ())[int(self.request.form.get("index", ""))]
        except (ValueError, IndexError, TypeError):
            raise NotFound("No such photo") from None
        return send_inline_image(self.request.response, photo)


class RegisterAction(BrowserView):
    """Base of the POST actions: POST, CSRF token, permission, do(), redirect with a message."""

    def __call__(self):
        if self.request.method != "POST":
            raise BadRequest("POST only")
        CheckAuthenticator(self.request)
        self.check()
        message, kind, url = self.do(self.request.form)
        api.portal.show_message(message, self.request, type=kind)
        self.request.response.redirect(url or self.context.absolute_url())
        return ""

    def check(self):
        if not api.user.has_permission("Modify portal content", obj=self.context):
            raise Unauthorized("Not allowed")


class TransitionAction(RegisterAction):
    """@@register-transition: a transition of a building, inspection or order (guarded by
    "Use building register"; the workflow history keeps who and when)."""

    def check(self):
        """The workflow's guard decides: only offered transitions are done."""

    def do(self, form):
        transition = form.get("workflow_action") or ""
        workflow = api.portal.get_tool("portal_workflow")
        if transition not in [t["id"] for t in workflow.getTransitionsFor(self.context)]:
            raise Unauthorized("Transition not available")
        comment = form.get("comment") if isinstance(form.get("comment"), str) else ""
        workflow.doActionFor(self.context, transition, comment=comment.strip())
        return _("msg_register_state_changed", default="The state has been changed."), "info", None


class AddPhotoAction(RegisterAction):
    """@@begehung-foto: a photo for an inspection, with the public forms' checks."""

    def do(self, form):
        upload = form.get("photo")
        data = upload.read() if hasattr(upload, "read") else b""
        if not data:
            return _("error_inspection_photo_missing", default="Please choose a photo."), "error", None
        try:
            photo = clean_upload(data, getattr(upload, "filename", "") or "foto")
        except UploadRejected as rejected:
            return rejected.message, "error", None
        if not (photo.contentType or "").startswith("image/"):
            return (
                _("error_inspection_photo_type", default="Only photos (JPEG, PNG, WebP) can be added."),
                "error",
                None,
            )
        self.context.photos = (*tuple(self.context.photos or ()), photo)
        return _("msg_inspection_photo_added", default="The photo has been added."), "info", None


# On a housing case.


def _is_housing_case(case):
    return linking.is_housing_case(case) and may_use_register()


class CaseBuildingPanel(RegisterBase):
    """What a housing case shows of the register, inside the case's handling panel: its
    building, link / unlink, and for a flagged address "Gebäude anlegen und Begehung planen"
    or "Begehung planen" in one step. Empty for other cases and for users without the
    register."""

    def __call__(self):
        if not _is_housing_case(self.context):
            return ""
        return self.index()

    def building(self):
        building = linking.linked_building(self.context)
        if building is None or not api.user.has_permission("View", obj=building):
            return None
        return building

    def flagged(self):
        _full, street_key = case_keys(self.context)
        if not street_key:
            return False
        return inspection_recommended(api.portal.get_tool("portal_catalog"), street_key)

    def candidates(self):
        """Buildings of the case's street (the viewer's catalog), to link by hand."""
        values = values_by_id(self.context)
        street = values.get("street") or split_free_address(values.get("address", ""))[0]
        if not normalise_street(street):
            return []
        brains = api.portal.get_tool("portal_catalog")(
            portal_type="Objekt", building_street=normalise_street(street), sort_on="sortable_title"
        )
        return [{"uid": b.UID, "title": b.Title} for b in brains]

    def may_add_building(self):
        register = register_folder()
        return register is not None and api.user.has_permission("weissenfels.portal: Add Objekt", obj=register)


class CaseRegisterAction(RegisterAction):
    def check(self):
        if not _is_housing_case(self.context):
            raise Unauthorized("Not a housing case or no access to the register")


class LinkAction(CaseRegisterAction):
    """@@gebaeude-verknuepfen: link the case to a building the user may see."""

    def do(self, form):
        uid = form.get("building") or ""
        brains = api.portal.get_tool("portal_catalog")(portal_type="Objekt", UID=uid) if isinstance(uid, str) else []
        if not uid or not brains:
            return _("error_building_choose", default="Please choose a building."), "error", None
        linking.link(self.context, brains[0].UID)
        return _("msg_case_linked", default="The case has been linked to the building."), "info", None


class UnlinkAction(CaseRegisterAction):
    """@@gebaeude-loesen: the case no longer belongs to a building."""

    def do(self, form):
        linking.unlink(self.context)
        return _("msg_case_unlinked", default="The case is no longer linked to a building."), "info", None


class CreateBuildingAction(CaseRegisterAction):
    """@@gebaeude-anlegen: in one step, the building of the case's address (unless it exists),
    linked with the address's housing cases, then the form to plan its inspection. Without a
    postcode the building's add form opens, filled with what the case has."""

    def do(self, form):
        if linking.linked_building(self.context) is None:
            brain = linking.building_brain_for_case(self.context, api.portal.get_tool("portal_catalog"))
            if brain is not None:
                linking.link(self.context, brain.UID)
        building = linking.linked_building(self.context)
        if building is None:
            register = register_folder()
            if not api.user.has_permission("weissenfels.portal: Add Objekt", obj=register):
                raise Unauthorized("May not add buildings")
            values = values_by_id(self.context)
            street, number = values.get("street"), values.get("house_number")
            if not street:
                street, number = split_free_address(values.get("address", ""))
            postcode = case_postcode(self.context)
            if not postcode and len(area_postcodes()) == 1:
                postcode = area_postcodes()[0]
            if not (street and number and postcode):
                message = _("msg_building_complete_address", default="Please complete the building's address.")
                return message, "info", f"{register.absolute_url()}/++add++Objekt"
            building = create_building(street, number, postcode, town=values.get("town"))
            linking.link(self.context, building.UID())
        if api.user.has_permission("weissenfels.portal: Add Begehung", obj=building):
            message = _("msg_building_plan_inspection", default="Plan the inspection of ${building}.")
            return (
                _(message, mapping={"building": building.Title()}),
                "info",
                f"{building.absolute_url()}/++add++Begehung",
            )
        return (
            _(
                "msg_building_linked",
                default="The case belongs to ${building}.",
                mapping={"building": building.Title()},
            ),
            "info",
            building.absolute_url(),
        )


# The Clearingstelle.


class OrdersLookup(BrowserView):
    """@@anordnungen-abfrage on the site: whether orders are in force for an address and since
    when. Its own permission, checked on the register (RegisterLookup there); the register's
    content stays closed to the user."""

    result = None

    def __call__(self):
        register = register_folder()
        if register is None or not api.user.has_permission(LOOK_UP, obj=register):
            raise Unauthorized("Not allowed")
        form = self.request.form
        self.values = {
            name: form.get(name) if isinstance(form.get(name), str) else "" for name in ("street", "number", "postcode")
        }
        if self.values["street"] or self.values["number"]:
            self.result = lookup.orders_in_force(self.values["street"], self.values["number"], self.values["postcode"])
        return self.index()

    def since(self):
        since = (self.result or {}).get("since")
        return format_date(since, page_language(self.request)) if since else ""


class FollowUps(BrowserView):
    """The overdue follow-ups (Wiedervorlage) in the inbox of the register's teams."""

    def __call__(self):
        if not may_use_register():
            return ""
        self.items = [
            # Few (overdue ones only): the building's address from the inspection's parent.
            {"url": b.getURL(), "building": b.getObject().__parent__.Title(), "day": b.inspection_follow_up_day}
            for b in overdue(api.portal.get_tool("portal_catalog"))
        ]
        if not self.items:
            return ""
        return self.index()

    def day(self, value):
        return format_date(datetime.strptime(str(value), "%Y%m%d").date(), page_language(self.request))
