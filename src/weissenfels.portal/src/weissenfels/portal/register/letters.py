"""Paper for people without an account: the printable inspection report for partner agencies
(`@@begehungsbericht` on an inspection) and the letters to the owner (Anhörung, Anordnung).

The report names no person: address, date, agencies, the roles present, findings per flat and
category, measures with their follow-up dates. Nothing from the linked cases.

Letters are made from templates the team edits (`@@brief-vorlagen` on /gebaeuderegister, kept
in the register's annotation, defaults below): plain text with placeholders ${adresse},
${eigentuemer}, ${datum}, ${frist}, ${aktenzeichen}, ${rechtsgrundlage}, ${massnahme},
${befunde} (string.Template: only these names, nothing evaluated). A letter made on a building
(`@@brief-erstellen`, POST) is stored as a record in the building's annotation: kind, date,
deadline, text, the order it belongs to; the building page lists them with their deadlines
(`@@briefe-abschnitt`), overdue ones marked, and each prints on `@@brief?id=<n>`.
Retention (register/retention.py) removes the records with the inspections.
"""

from datetime import date
from datetime import datetime
from persistent.list import PersistentList
from persistent.mapping import PersistentMapping
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from string import Template
from weissenfels.portal import _
from weissenfels.portal.content.anordnung import IAnordnung
from weissenfels.portal.content.begehung import IBegehung
from weissenfels.portal.formatting import format_date
from weissenfels.portal.formatting import format_datetime
from weissenfels.portal.formatting import page_language
from weissenfels.portal.register.structure import register_of
from weissenfels.portal.register.vocabularies import FINDING_CATEGORIES
from zExceptions import BadRequest
from zExceptions import NotFound
from zope.annotation.interfaces import IAnnotations
from zope.i18n import translate
from zope.i18nmessageid import Message


TEMPLATES_KEY = "weissenfels.portal.register.letter_templates"
LETTERS_KEY = "weissenfels.portal.register.letters"
CATEGORY_TITLES = dict(FINDING_CATEGORIES)
# the building workflow's states (msgids building_state_<id>, defined with the register's views)
BUILDING_STATE_IDS = (
    "unauffaellig",
    "unter_beobachtung",
    "begehung_geplant",
    "maengel_festgestellt",
    "maengel_behoben",
)


def building_state_title(state):
    return Message(f"building_state_{state}", domain="weissenfels.portal") if state in BUILDING_STATE_IDS else state


class PaperBase(BrowserView):
    def fmt_date(self, value):
        return format_date(value, page_language(self.request)) if value else ""

    def fmt_datetime(self, value):
        return format_datetime(value, page_language(self.request)) if value else ""


PLACEHOLDERS = ("adresse", "eigentuemer", "datum", "frist", "aktenzeichen", "rechtsgrundlage", "massnahme", "befunde")
KINDS = {
    "anhoerung": _("letter_kind_anhoerung", default="Hearing (Anhörung)"),
    "anordnung": _("letter_kind_anordnung", default="Order (Anordnung)"),
}
DEFAULT_TEMPLATES = {
    "anhoerung": (
        "Anhörung nach § 28 VwVfG\n\n"
        "Objekt: ${adresse}\n"
        "An: ${eigentuemer}\n"
        "Datum: ${datum}\n\n"
        "Sehr geehrte Damen und Herren,\n\n"
        "bei der Begehung des oben genannten Objekts wurden folgende Mängel festgestellt:\n"
        "${befunde}\n\n"
        "Wir beabsichtigen, folgende Maßnahme anzuordnen: ${massnahme} (${rechtsgrundlage}).\n"
        "Sie erhalten Gelegenheit, sich bis zum ${frist} zu äußern.\n\n"
        "Mit freundlichen Grüßen\n"
        "Wohnraumkontrolle"
    ),
    "anordnung": (
        "Anordnung\n\n"
        "Objekt: ${adresse}\n"
        "An: ${eigentuemer}\n"
        "Aktenzeichen: ${aktenzeichen}\n"
        "Datum: ${datum}\n\n"
        "Sehr geehrte Damen und Herren,\n\n"
        "gestützt auf ${rechtsgrundlage} wird angeordnet: ${massnahme}.\n"
        "Die Anordnung ist bis zum ${frist} zu erfüllen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Wohnraumkontrolle"
    ),
}


def letter_templates(register):
    stored = IAnnotations(register).get(TEMPLATES_KEY) or {}
    return {kind: stored.get(kind) or DEFAULT_TEMPLATES[kind] for kind in KINDS}


def set_letter_templates(register, templates):
    annotations = IAnnotations(register)
    stored = annotations.get(TEMPLATES_KEY)
    if stored is None:
        stored = annotations[TEMPLATES_KEY] = PersistentMapping()
    for kind in KINDS:
        text = (templates.get(kind) or "").strip()
        if text:
            stored[kind] = text


def letters(building):
    return list(IAnnotations(building).get(LETTERS_KEY) or ())


def _findings_text(building):
    inspections = [o for o in building.objectValues() if IBegehung.providedBy(o) and o.start]
    if not inspections:
        return "-"
    latest = max(inspections, key=lambda i: i.start)
    flats = {o.UID(): o.Title() for o in building.objectValues() if o.portal_type == "Wohnung"}
    lines = []
    for row in latest.findings or ():
        category = translate(CATEGORY_TITLES.get(row.get("category"), row.get("category") or ""), target_language="de")
        flat = flats.get(row.get("flat"), "")
        text = row.get("description") or ""
        lines.append("- " + " – ".join(part for part in (flat, category, text) if part))
    return "\n".join(lines) or "-"


def make_letter(building, kind, deadline, order=None, today=None):
    """Fill the team's template and store the letter record; returns the record."""
    if kind not in KINDS:
        raise ValueError(kind)
    today = today or date.today()
    values = {
        "adresse": building.Title(),
        "eigentuemer": building.owner or "Eigentümer/Verwaltung",
        "datum": format_date(today),
        "frist": format_date(deadline) if deadline else "",
        "aktenzeichen": (order.file_number if order is not None else "") or "",
        "rechtsgrundlage": (order.legal_basis if order is not None else "") or "",
        "massnahme": (order.Title() if order is not None else "") or "",
        "befunde": _findings_text(building),
    }
    text = Template(letter_templates(register_of(building))[kind]).safe_substitute(values)
    annotations = IAnnotations(building)
    records = annotations.get(LETTERS_KEY)
    if records is None:
        records = annotations[LETTERS_KEY] = PersistentList()
    record = PersistentMapping(
        id=(max((r["id"] for r in records), default=0) + 1),
        kind=kind,
        created=datetime.now(),
        deadline=deadline,
        text=text,
        order=order.UID() if order is not None else None,
    )
    records.append(record)
    return record


def drop_letters(building, before):
    """Remove letter records made before `before` (retention); returns how many."""
    records = IAnnotations(building).get(LETTERS_KEY)
    if not records:
        return 0
    keep = [r for r in records if r["created"] >= before]
    dropped = len(records) - len(keep)
    if dropped:
        records[:] = keep
    return dropped


class InspectionReport(PaperBase):
    """@@begehungsbericht: printable, no names."""

    def state(self):
        state = api.content.get_state(self.context, default="")
        return (
            Message(f"inspection_state_{state}", domain="weissenfels.portal")
            if state in ("geplant", "durchgefuehrt", "abgesagt")
            else state
        )

    def findings(self):
        flats = {o.UID(): o.Title() for o in self.context.__parent__.objectValues() if o.portal_type == "Wohnung"}
        return [
            {
                "flat": flats.get(row.get("flat"), ""),
                "category": CATEGORY_TITLES.get(row.get("category"), row.get("category")),
                "description": row.get("description") or "",
            }
            for row in self.context.findings or ()
        ]

    def measures(self):
        return [
            {"what": m.get("what") or "", "follow_up": self.fmt_date(m.get("follow_up")), "done": bool(m.get("done"))}
            for m in self.context.measures or ()
        ]

    def findings_by_flat(self):
        groups = {}
        for row in self.findings():
            groups.setdefault(row["flat"], []).append(row)
        return [{"flat": flat, "rows": rows} for flat, rows in groups.items()]


class TemplatesView(BrowserView):
    """@@brief-vorlagen: the team edits the letter templates."""

    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            form = self.request.form
            from weissenfels.portal.register.retention import set_retention_years

            try:
                set_retention_years(self.context, form.get("retention_years"))
            except (TypeError, ValueError):
                api.portal.show_message(
                    _("error_retention_years", default="Please enter the retention period as 1 to 30 years."),
                    self.request,
                    type="error",
                )
                return self.index()
            set_letter_templates(self.context, {kind: form.get(f"template_{kind}") for kind in KINDS})
            api.portal.show_message(
                _("msg_letter_templates_saved", default="The settings have been saved."), self.request
            )
        return self.index()

    def retention_years(self):
        from weissenfels.portal.register.retention import retention_years

        return retention_years(self.context)

    def placeholders(self):
        return ", ".join("${" + name + "}" for name in PLACEHOLDERS)

    def templates(self):
        stored = letter_templates(self.context)
        return [{"kind": kind, "title": title, "text": stored[kind]} for kind, title in KINDS.items()]


class LettersSection(PaperBase):
    """@@briefe-abschnitt: the building's letters with deadlines and the form making one."""

    def letters(self):
        today = date.today()
        return [
            {
                "id": r["id"],
                "kind": KINDS.get(r["kind"], r["kind"]),
                "created": self.fmt_date(r["created"]),
                "deadline": self.fmt_date(r["deadline"]),
                "overdue": bool(r["deadline"] and r["deadline"] < today),
                "url": f"{self.context.absolute_url()}/@@brief?id={r['id']}",
            }
            for r in sorted(letters(self.context), key=lambda r: r["created"], reverse=True)
        ]

    def kinds(self):
        return [{"id": k, "title": t} for k, t in KINDS.items()]

    def orders(self):
        return [{"uid": o.UID(), "title": o.Title()} for o in self.context.objectValues() if IAnordnung.providedBy(o)]


class MakeLetter(BrowserView):
    """@@brief-erstellen (POST): a letter from the team's template, with its deadline."""

    def __call__(self):
        if self.request.method != "POST":
            raise BadRequest("POST only")
        CheckAuthenticator(self.request)
        form = self.request.form
        kind = form.get("kind")
        if kind not in KINDS:
            raise BadRequest("kind")
        try:
            deadline = date.fromisoformat(form.get("deadline") or "")
        except (TypeError, ValueError):
            api.portal.show_message(
                _("error_letter_deadline", default="Please enter the deadline as a date."), self.request, type="error"
            )
            self.request.response.redirect(self.context.absolute_url())
            return ""
        order = None
        if form.get("order"):
            order = next(
                (o for o in self.context.objectValues() if IAnordnung.providedBy(o) and o.UID() == form.get("order")),
                None,
            )
        record = make_letter(self.context, kind, deadline, order)
        self.request.response.redirect(f"{self.context.absolute_url()}/@@brief?id={record['id']}")
        return ""


class LetterView(BrowserView):
    """@@brief?id=<n>: one letter, printable."""

    def __call__(self):
        try:
            wanted = int(self.request.form.get("id"))
        except (TypeError, ValueError):
            raise NotFound("letter") from None
        for record in letters(self.context):
            if record["id"] == wanted:
                self.record = record
                return self.index()
        raise NotFound("letter")

    def kind(self):
        return KINDS.get(self.record["kind"], self.record["kind"])

    def deadline(self):
        return format_date(self.record["deadline"])
