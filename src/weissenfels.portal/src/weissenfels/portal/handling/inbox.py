"""The case inbox (@@vorgaenge-inbox) on /vorgaenge (all units the user works for) and on
each unit's case folder. Catalog only: the listing reads metadata, never an object, and the
catalog query runs as the user, so only cases the user may see appear.
"""

from datetime import datetime
from datetime import timedelta
from functools import cached_property
from plone import api
from plone.batching import Batch
from Products.Five.browser import BrowserView
from urllib.parse import urlencode
from weissenfels.portal import _
from weissenfels.portal.cases.indexers import submission_day
from weissenfels.portal.cases.states import STATE_MESSAGES
from weissenfels.portal.content.case_folder import ICaseFolder
from weissenfels.portal.formatting import format_datetime
from weissenfels.portal.formatting import page_language
from weissenfels.portal.handling import accesslog
from weissenfels.portal.handling import reminders
from weissenfels.portal.handling.address import FREQUENT_REPORTS_DAYS
from weissenfels.portal.handling.address import FREQUENT_REPORTS_SUBMITTERS
from weissenfels.portal.handling.journal import forwarded_away
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.units.registry import all_units
from weissenfels.portal.units.vocabularies import unit_title
from weissenfels.portal.users import fullname
from weissenfels.portal.users import fullname_of


PAGE_SIZE = 30
NO_HANDLER = "-"


def parse_date(text):
    text = (text or "").strip()
    if not text:
        return None
    return datetime.strptime(text, "%Y-%m-%d")


def form_choices(search, uids):
    """{choice id: {"id", "title", "uids"}} of the forms with these UIDs: a form and its
    translations are one choice (PAM's translation group), under the German title. From the
    catalog (`search`: the catalog, or its unrestrictedSearchResults); no object loaded.
    Forms that are gone are left out."""
    choices, groups = {}, set()
    for brain in search(UID=list(uids)) if uids else ():
        choice_id = brain.TranslationGroup or brain.UID
        if brain.TranslationGroup:
            groups.add(choice_id)
        choice = choices.setdefault(choice_id, {"id": choice_id, "title": brain.Title, "uids": []})
        choice["uids"].append(brain.UID)
    for brain in search(TranslationGroup=list(groups), Language=DEFAULT_LANGUAGE) if groups else ():
        choices[brain.TranslationGroup]["title"] = brain.Title
    return choices


def form_titles(choices):
    """{form UID: the title of its choice}."""
    return {uid: choice["title"] for choice in choices.values() for uid in choice["uids"]}


def inspection_flags(catalog, keys, now=None):
    """{address key: True if 3 or more different submitters reported it within 90 days}.

    One catalog query for all the keys of a page. It counts the cases the current user may
    see: the team that inspects (Wohnraumkontrolle) holds the housing grievances. The date
    range in the query keeps older cases' metadata from being read (faster at 30k cases,
    bench/inbox-results.md).
    """
    keys = sorted({k for k in keys if k})
    if not keys:
        return {}
    since = (now or datetime.now()) - timedelta(days=FREQUENT_REPORTS_DAYS)
    submitters = {key: set() for key in keys}
    for brain in catalog(case_address_key=keys, case_submitted_day={"query": submission_day(since), "range": "min"}):
        if brain.case_address_key in submitters and brain.case_submitted and brain.case_submitted >= since:
            submitters[brain.case_address_key].add(brain.case_submitter_key)
    return {key: len(found) >= FREQUENT_REPORTS_SUBMITTERS for key, found in submitters.items()}


def inspection_recommended(catalog, key, now=None):
    return inspection_flags(catalog, [key], now).get(key, False)


class InboxView(BrowserView):
    error = None

    def __call__(self):
        self.catalog = api.portal.get_tool("portal_catalog")
        self.filters = {
            name: self._text(name) for name in ("state", "unit", "form", "handler", "date_from", "date_to", "text")
        }
        self.results = self.search()
        return self.index()

    def _text(self, name):
        """A filter's value: one text (a list, e.g. `text:list=`, is a 400, not a 500)."""
        value = self.request.form.get(name) or ""
        if not isinstance(value, str):
            from weissenfels.portal.security.bad_requests import MESSAGE_SEARCH
            from weissenfels.portal.security.bad_requests import refusal

            raise refusal(MESSAGE_SEARCH, f"{name} is not one text")
        return value.strip()

    @property
    def unit_ids(self):
        if ICaseFolder.providedBy(self.context):
            return [self.context.unit]
        return [u.key for u in all_units()]

    def query(self):
        query = {"portal_type": "Vorgang", "sort_on": "case_submitted", "sort_order": "reverse"}
        if ICaseFolder.providedBy(self.context):
            query["case_unit"] = self.context.unit
        f = self.filters
        if f["unit"] and "case_unit" not in query:
            query["case_unit"] = f["unit"]
        if f["state"] in STATE_MESSAGES:
            query["review_state"] = f["state"]
        if f["form"]:
            choice = self.form_choices.get(f["form"])
            query["case_form"] = choice["uids"] if choice else f["form"]
        if f["handler"]:
            query["case_handler"] = "" if f["handler"] == NO_HANDLER else f["handler"]
        days = self.days_query()
        if days:
            query["case_submitted_day"] = days
        if f["text"]:
            query["SearchableText"] = f["text"]
        return query

    def days_query(self):
        """The catalog query of the date filters, or None (also when a date cannot be read)."""
        try:
            start, end = parse_date(self.filters["date_from"]), parse_date(self.filters["date_to"])
        except ValueError:
            self.error = _("error_inbox_date", default="Please enter dates as YYYY-MM-DD.")
            return None
        if start and end:
            return {"query": (submission_day(start), submission_day(end)), "range": "min:max"}
        if start:
            return {"query": submission_day(start), "range": "min"}
        if end:
            return {"query": submission_day(end), "range": "max"}
        return None

    def search(self):
        b_start = str(self.request.form.get("b_start") or "0")
        b_start = int(b_start) if b_start.isdigit() else 0
        brains = self.catalog(b_start=b_start, b_size=PAGE_SIZE, **self.query())
        return Batch(brains, PAGE_SIZE, b_start)

    def rows(self):
        now = datetime.now()
        brains = list(self.results)
        flags = inspection_flags(self.catalog, [b.case_address_key for b in brains], now)
        names = {u["id"]: u["title"] for u in self.handlers()}
        # The handlers read a form's German title, whichever translation the resident used.
        titles = form_titles(self.form_choices)
        # The excerpts are the residents' words: each case shown with one is in its access log.
        accesslog.record_uids([b.UID for b in brains if b.case_excerpt], self.request, channel=accesslog.INBOX)
        for brain in brains:
            key = brain.case_address_key
            submitted = brain.case_submitted
            yield {
                "url": brain.getURL(),
                "reference": brain.case_reference,
                "form": titles.get(brain.case_form, brain.case_form_title),
                "state": brain.review_state,
                "state_title": STATE_MESSAGES.get(brain.review_state, brain.review_state),
                "unit": brain.case_unit,
                "submitted": format_datetime(submitted, page_language(self.request)),
                "age_days": (now - submitted).days if submitted else None,
                "handler": names.get(brain.case_handler, brain.case_handler or ""),
                "excerpt": brain.case_excerpt or "",
                "begehung": flags.get(key, False),
                # Information the resident added from the status page since the team last acted.
                "resident_update": bool(getattr(brain, "case_resident_update", None)),
            }

    def unit_choices(self):
        """On /vorgaenge: the units whose folder the user may open; a retired one (marked)
        while it has cases. None in a case folder (it is one unit)."""
        if ICaseFolder.providedBy(self.context):
            return None
        return [
            {"id": unit.key, "title": unit_title(unit)}
            for unit in all_units()
            if self._may_see_unit(unit.key)
            and (not unit.retired or len(self.catalog.unrestrictedSearchResults(case_unit=unit.key)))
        ]

    def states(self):
        return [{"id": k, "title": v} for k, v in STATE_MESSAGES.items()]

    def _has_visible_cases(self, form_uid):
        """True if the user may see a case of this form (here): the index answers, no metadata."""
        query = {"portal_type": "Vorgang", "case_form": form_uid}
        if ICaseFolder.providedBy(self.context):
            query["case_unit"] = self.context.unit
        return bool(len(self.catalog(**query)))

    @cached_property
    def form_choices(self):
        """The forms of the cases the user may see: the index holds every unit's forms, and
        the names of other units' forms are not the user's business (issue 13)."""
        uids = [uid for uid in self.catalog.uniqueValuesFor("case_form") if uid and self._has_visible_cases(uid)]
        choices = form_choices(self.catalog, uids)
        for uid in set(uids) - set(form_titles(choices)):
            choices[uid] = {"id": uid, "title": uid, "uids": [uid]}  # the form is gone
        return choices

    def forms(self):
        return sorted(self.form_choices.values(), key=lambda choice: choice["title"])

    def handlers(self):
        """Members of the teams of the units shown (for the filter and the names in the list)."""
        if getattr(self, "_handlers", None) is not None:
            return self._handlers
        users = {}
        for unit_id in self.unit_ids:
            group = f"team-{unit_id}"  # the registry's Unit.team_group of this key
            if not self._may_see_unit(unit_id):
                continue
            for user in api.user.get_users(groupname=group):
                users[user.getId()] = fullname_of(user)
        self._handlers = sorted(({"id": k, "title": v} for k, v in users.items()), key=lambda u: u["title"])
        return self._handlers

    def _may_see_unit(self, unit_id):
        folder = self.context if ICaseFolder.providedBy(self.context) else self.context.get(unit_id)
        return folder is not None and api.user.has_permission("View", obj=folder)

    def batch_url(self, start):
        params = {k: v for k, v in self.filters.items() if v}
        params["b_start"] = start
        return f"{self.context.absolute_url()}/@@vorgaenge-inbox?{urlencode(params)}"

    def waiting(self):
        """Cases of the units shown without any reaction after the unit's working days
        (handling/reminders.py); the catalog runs as the user."""
        rows = []
        for unit_id in self.unit_ids:
            folder = self.context if ICaseFolder.providedBy(self.context) else self.context.get(unit_id)
            if folder is None or not api.user.has_permission("View", obj=folder):
                continue
            days = reminders.working_days(folder)
            for brain in reminders.waiting(self.catalog, unit_id, days):
                rows.append(
                    {
                        "url": brain.getURL(),
                        "reference": brain.case_reference,
                        "submitted": format_datetime(brain.case_submitted, page_language(self.request)),
                        "days": days,
                    }
                )
        return rows

    def forwarded_away(self):
        if not ICaseFolder.providedBy(self.context):
            return []
        titles = {unit.key: unit_title(unit) for unit in all_units()}
        return [
            {
                **item,
                "target_title": titles.get(item["target_unit"], item["target_unit"]),
                "author_name": fullname(item["author"]),
            }
            for item in forwarded_away(self.context, limit=20)
        ]
