"""CSRF: every state-changing custom view and service refuses a forged request.

Views need Plone's token (plone.protect, per user); the REST service, which has no token,
refuses a foreign Origin. Each attack is followed by the same request done right, so each
test would fail if the endpoint accepted anything.
"""

from case_forms import answers
from case_forms import HOUSING_FORM
from case_forms import HOUSING_REQUIRED_ANSWERS
from case_forms import make_case
from case_forms import open_form
from lxml import etree
from lxml import html
from plone import api
from security_helpers import all_cases
from security_helpers import HANDLER
from security_helpers import session_for
from security_helpers import SITE_ADMIN
from site_client import authenticator
from weissenfels.portal.privacy import audit

import pathlib
import pytest
import transaction
import weissenfels.portal


FOREIGN = "https://evil.example"

# Every view and service the add-on registers, read from its ZCML: (directive, name, for, method).
STATE_CHANGING = {
    ("page", "view", "collective.easyform.interfaces.IEasyForm", None),  # public form -> case
    ("page", "vorgang-weiterleiten", "weissenfels.portal.content.vorgang.IVorgang", None),
    ("page", "datenschutz-auskunft", "plone.base.interfaces.IPloneSiteRoot", None),
    ("service", "@data-subject-request", "plone.base.interfaces.IPloneSiteRoot", "DELETE"),
    ("service", "@data-subject-request", "plone.base.interfaces.IPloneSiteRoot", "GET"),  # writes the log
    # tested in tests/intranet/test_workflow.py (TestSendBackOverHttp) and tests/units/test_freshness.py:
    ("page", "send-back", "weissenfels.portal.content.protokoll.IProtokoll", None),
    ("page", "send-back", "weissenfels.portal.content.gruppenbericht.IGruppenbericht", None),
    ("page", "mark-translation-updated", "plone.app.multilingual.interfaces.ITranslatable", None),
    # tested in tests/units/test_translation_review.py (GET, no token, foreign language's reviewer):
    ("page", "uebersetzung-pruefen", ".review.ITranslationReview", None),
    # tested in tests/handling/test_case_handling_http.py (no token, forged token, foreign Origin):
    ("page", "case-transition", "weissenfels.portal.content.vorgang.IVorgang", None),
    ("page", "case-assign", "weissenfels.portal.content.vorgang.IVorgang", None),
    ("page", "case-note", "weissenfels.portal.content.vorgang.IVorgang", None),
    ("page", "case-erase-personal-data", "weissenfels.portal.content.vorgang.IVorgang", None),
    # tested in tests/handling/test_reply_templates.py (no token, forged token):
    ("page", "case-reply", "weissenfels.portal.content.vorgang.IVorgang", None),
    (
        "page",
        "weissenfels-retention-settings",
        "plone.base.interfaces.siteroot.IPloneSiteRoot",
        None,
    ),  # z3c.form: plone.protect
    ("service", "@case-notes", "weissenfels.portal.content.vorgang.IVorgang", "POST"),
    ("service", "@case-assign", "weissenfels.portal.content.vorgang.IVorgang", "POST"),
    ("service", "@case-forward", "weissenfels.portal.content.vorgang.IVorgang", "POST"),
    # tested in tests/security/test_login_paths.py (no token: 403, nothing lifted):
    ("page", "login-blocks", "plone.base.interfaces.siteroot.IPloneSiteRoot", None),
    # anonymous password-reset requests (a mail, no session): Plone's own, rate-limited and
    # answering alike for every account, tests/security/test_password_reset.py:
    ("page", "mail_password", "*", None),
    ("service", "@users", "Products.CMFCore.interfaces.ISiteRoot", "POST"),
    # easyform's model editors with the logic check; token: tests/easyform/test_form_logic.py
    ("page", "modeleditor", "collective.easyform.browser.actions.EasyFormActionsView", None),
    ("page", "modeleditor", "collective.easyform.browser.fields.EasyFormFieldsView", None),
    ("page", "einheit-aufloesen", "weissenfels.portal.content.organisationseinheit.IOrganisationseinheit", None),
    # membership (issue 15): no token and forged tokens in tests/membership/test_team_members.py
    ("page", "team-mitglieder", "weissenfels.portal.content.case_folder.ICaseFolder", None),
    ("page", "mitglieder", "weissenfels.portal.content.arbeitsgruppe.IArbeitsgruppe", None),
    # the building register (issue 20): no token and forged tokens in tests/register/test_register_journey.py
    ("page", "begehung-foto", "weissenfels.portal.content.begehung.IBegehung", None),
    ("page", "register-transition", "weissenfels.portal.content.objekt.IObjekt", None),
    ("page", "register-transition", "weissenfels.portal.content.begehung.IBegehung", None),
    ("page", "register-transition", "weissenfels.portal.content.anordnung.IAnordnung", None),
    ("page", "gebaeude-verknuepfen", "weissenfels.portal.content.vorgang.IVorgang", None),
    ("page", "gebaeude-loesen", "weissenfels.portal.content.vorgang.IVorgang", None),
    ("page", "gebaeude-anlegen", "weissenfels.portal.content.vorgang.IVorgang", None),
    # register import, letters, templates, calendar token: tests/register/test_register_io_http.py
    ("page", "gebaeude-import", "weissenfels.portal.content.gebaeuderegister.IGebaeuderegister", None),
    ("page", "kalender-token", "weissenfels.portal.content.gebaeuderegister.IGebaeuderegister", None),
    ("page", "brief-vorlagen", "weissenfels.portal.content.gebaeuderegister.IGebaeuderegister", None),
    ("page", "brief-erstellen", "weissenfels.portal.content.objekt.IObjekt", None),
}
READ_ONLY = {
    # Plone's icon resolver, its answers kept per process for anonymous visitors (caching/views.py)
    ("page", "iconresolver", "*", None),
    ("page", "site-logo", "*", None),  # the logo image or 404 (theme/logo.py)
    ("page", "accessibility-info", "plone.base.interfaces.INavigationRoot", None),  # redirects (theme/legal.py)
    ("page", "index.html", "Exception", None),  # exception view: the error page (theme/errors.py)
    ("page", "vorgang-status", "plone.base.interfaces.INavigationRoot", None),  # POST, but only reads
    ("page", "view", "weissenfels.portal.content.vorgang.IVorgang", None),
    ("page", "case-attachment", "weissenfels.portal.content.vorgang.IVorgang", None),
    ("page", "intranet-view", "weissenfels.portal.interfaces.IIntranetRoot", None),
    ("page", "workspace-view", "weissenfels.portal.content.arbeitsgruppe.IArbeitsgruppe", None),
    ("page", "open-action-items", "weissenfels.portal.content.arbeitsgruppe.IArbeitsgruppe", None),
    ("page", "meetings.ics", "weissenfels.portal.content.arbeitsgruppe.IArbeitsgruppe", None),
    ("page", "my-action-items", "weissenfels.portal.interfaces.IIntranetRoot", None),
    ("page", "steuerung-overview", "weissenfels.portal.interfaces.IIntranetRoot", None),
    ("page", "steuerung-overview-print", "weissenfels.portal.interfaces.IIntranetRoot", None),
    ("page", "view", "weissenfels.portal.content.organisationseinheit.IOrganisationseinheit", None),
    ("page", "wer-hilft-mir", "plone.app.multilingual.interfaces.ILanguageRootFolder", None),
    ("page", "view", "weissenfels.portal.content.wegweiser.IWegweiser", None),  # the finder
    ("page", "view", "weissenfels.portal.content.lebenslage.ILebenslage", None),  # the finder, one chosen
    ("page", "outdated-translations", "plone.base.interfaces.INavigationRoot", None),
    ("page", "uebersetzungen", "plone.base.interfaces.INavigationRoot", None),  # the translations dashboard
    # easyform's field and action editors, only titled (easyform/editor_titles.py): traversal
    # contexts; their forms save through upstream's z3c.form views (plone.protect)
    ("page", "fields", "collective.easyform.content.EasyForm", None),
    ("page", "actions", "collective.easyform.content.EasyForm", None),
    ("page", "vorgaenge-inbox", ".interfaces.ICasesRoot", None),
    ("page", "vorgaenge-inbox", "weissenfels.portal.content.case_folder.ICaseFolder", None),
    ("page", "case-handling-panel", "weissenfels.portal.content.vorgang.IVorgang", None),
    ("page", "case-thumbnail", "weissenfels.portal.content.vorgang.IVorgang", None),
    ("page", "case-reply-preview", "weissenfels.portal.content.vorgang.IVorgang", None),  # POST, but only reads
    ("page", "vorgaenge-kennzahlen", "plone.base.interfaces.siteroot.IPloneSiteRoot", None),
    ("page", "vorgaenge-kennzahlen.csv", "plone.base.interfaces.siteroot.IPloneSiteRoot", None),
    ("page", "vorgaenge-kennzahlen.xlsx", "plone.base.interfaces.siteroot.IPloneSiteRoot", None),
    ("service", "@case-notes", "weissenfels.portal.content.vorgang.IVorgang", "GET"),
    ("page", "index.html", ".form_input.IBadFormInput", None),  # exception view: renders a 400 page
    ("page", "index.html", ".bad_requests.IRefusedRequest", None),  # exception views: 400 pages
    ("page", "index.html", "Products.ZCTextIndex.ParseTree.ParseError", None),
    ("page", "index.html", "Products.ZCTextIndex.ParseTree.QueryError", None),
    ("page", "index.html", "zope.schema.interfaces.ValidationError", None),
    ("service", "@translations", "plone.base.interfaces.siteroot.IPloneSiteRoot", "GET"),  # a 400
    ("service", "@linkintegrity", "plone.base.interfaces.siteroot.IPloneSiteRoot", "GET"),  # reads only
    ("page", "index.html", ".ratelimit.ITooManyRequests", None),  # exception view: renders a 429 page
    ("page", "index.html", ".public_uploads.IRequestTooLarge", None),  # exception view: renders a 413 page
    ("page", "index.html", ".csrf.IForgedRequest", None),  # exception view: renders a 403 page
    ("page", "wsf-work-links", "plone.base.interfaces.siteroot.IPloneSiteRoot", None),  # menu helper: 404
    ("page", "wsf-format", "*", None),  # template helper for dates and numbers: 404
    # template helpers of the page chrome and the forms (issue 18): they render, never write
    ("page", "plone_portal_state", "*", None),
    ("page", "ploneform-render-widget", "z3c.form.interfaces.IWidget", None),
    ("page", "ploneform-render-widget", "collective.easyform.interfaces.IEasyFormWidget", None),
    ("page", "ploneform-macros", "plone.dexterity.interfaces.IDexterityContent", None),
    ("page", "formularlogik", "plone.base.interfaces.INavigationRoot", None),  # forms' logic, for admins
    ("page", "index.html", ".guard.IFormLogicRefused", None),  # exception view: 403 page
    ("page", "index.html", ".runtime.IUnapprovedFormLogic", None),  # exception view: 503 page
    ("page", "organisation", "plone.base.interfaces.siteroot.IPloneSiteRoot", None),  # admins' overview
    # the building register (issue 20): pages that read
    ("page", "view", "weissenfels.portal.content.gebaeuderegister.IGebaeuderegister", None),
    ("page", "view", "weissenfels.portal.content.objekt.IObjekt", None),
    ("page", "view", "weissenfels.portal.content.begehung.IBegehung", None),
    ("page", "view", "weissenfels.portal.content.anordnung.IAnordnung", None),
    ("page", "view", "weissenfels.portal.content.wohnung.IWohnung", None),
    ("page", "begehung-foto-anzeigen", "weissenfels.portal.content.begehung.IBegehung", None),
    ("page", "case-building-panel", "weissenfels.portal.content.vorgang.IVorgang", None),
    ("page", "anordnungen-abfrage", "plone.base.interfaces.siteroot.IPloneSiteRoot", None),
    ("page", "register-wiedervorlagen", "weissenfels.portal.handling.interfaces.ICasesRoot", None),
    ("page", "register-wiedervorlagen", "weissenfels.portal.content.case_folder.ICaseFolder", None),
    ("page", "gebaeude-export.csv", "weissenfels.portal.content.gebaeuderegister.IGebaeuderegister", None),
    ("page", "gebaeude-export.xlsx", "weissenfels.portal.content.gebaeuderegister.IGebaeuderegister", None),
    ("page", "begehungen.ics", "plone.base.interfaces.siteroot.IPloneSiteRoot", None),
    ("page", "gebaeuderegister-kennzahlen", "plone.base.interfaces.siteroot.IPloneSiteRoot", None),
    ("page", "gebaeuderegister-kennzahlen.csv", "plone.base.interfaces.siteroot.IPloneSiteRoot", None),
    ("page", "begehungsbericht", "weissenfels.portal.content.begehung.IBegehung", None),
    ("page", "briefe-abschnitt", "weissenfels.portal.content.objekt.IObjekt", None),
    ("page", "brief", "weissenfels.portal.content.objekt.IObjekt", None),
}

# Plone's own views, re-registered on the add-on's layer only to build their mails' links from
# the public URL (security/plone_mails.py, tests/security/test_mail_links.py); their forms and
# protections are Plone's.
PLONE_MAIL_OVERRIDES = {
    ("page", "mail_password_template", "*", None),
    ("page", "registered_notify_template", "*", None),
    ("page", "login-help", "plone.base.interfaces.INavigationRoot", None),
    ("page", "contact-info", "*", None),
    ("page", "sendto_form", "*", None),
}


def registered_views():
    package = pathlib.Path(weissenfels.portal.__file__).parent
    found = set()
    for path in package.rglob("*.zcml"):
        for element in etree.parse(str(path)).getroot().iter():
            if not isinstance(element.tag, str):
                continue
            tag = etree.QName(element).localname
            if tag in ("page", "service") and element.get("name"):
                found.add((tag, element.get("name"), element.get("for"), element.get("method")))
    return found


def test_every_view_and_service_is_classified():
    """A new view must be added to one of the lists above (and, if it changes state, tested)."""
    assert registered_views() == STATE_CHANGING | READ_ONLY | PLONE_MAIL_OVERRIDES


# --- the attacks -------------------------------------------------------------------------

FORM = HOUSING_FORM
GOOD = HOUSING_REQUIRED_ANSWERS


def form_post(site, drop_token):
    session = session_for(None)
    action, controls, _page = open_form(session, f"{site.absolute_url()}/{FORM}")
    data = answers(controls, GOOD)
    assert any(name == "_authenticator" for name, _v in data)  # the form carries the token
    if drop_token:
        data = [(name, value) for name, value in data if name != "_authenticator"]
    return session.post(action, files=[(name, (None, value)) for name, value in data])


def attack_public_form(site):
    response = form_post(site, drop_token=True)
    assert response.status_code == 403
    assert all_cases(site) == {}
    response = form_post(site, drop_token=False)
    assert "WSF-" in response.text
    assert len(all_cases(site)) == 1


def forward_post(site, case_url, token):
    data = {"target_unit": "clearingstelle", "comment": "Zuständig ist die Clearingstelle", "form.submitted": "1"}
    if token:
        data["_authenticator"] = token
    return session_for(HANDLER).post(f"{case_url}/@@vorgang-weiterleiten", data=data, allow_redirects=False)


def attack_forward(site):
    case = make_case(site, "wohnraumkontrolle", values=[("Beschreibung", "Schimmel")])
    transaction.commit()
    url, reference = case.absolute_url(), case.reference
    # Another user's token from their password page (@@personal-information registers its schema
    # adapter at run time in the global registry, which the test layers stack: a 500 here only).
    other_users_token = authenticator(session_for("sb-clearingstelle"), f"{site.absolute_url()}/@@change-password")
    for token in (None, other_users_token, "0" * 40):
        assert forward_post(site, url, token).status_code == 403
        assert all_cases(site) == {reference: "wohnraumkontrolle"}
    own_token = authenticator(session_for(HANDLER), f"{url}/@@vorgang-weiterleiten")
    assert forward_post(site, url, own_token).status_code == 302
    assert all_cases(site) == {reference: "clearingstelle"}


def attack_case_edit(site):
    """Stock Dexterity edit form on a case (plone.protect's automatic protection)."""
    case = make_case(site, "wohnraumkontrolle", values=[("Beschreibung", "Schimmel")])
    transaction.commit()
    session = session_for(HANDLER)
    page = session.get(f"{case.absolute_url()}/@@edit")
    form = next(f for f in html.fromstring(page.text).forms if f.get("id") == "form")
    data = [(k, v) for k, v in form.form_values() if k != "form.widgets.internal_note"]
    data += [("form.widgets.internal_note", "Vermieter angerufen"), ("form.buttons.save", "Speichern")]
    assert "_authenticator" in dict(data)
    forged = [(k, v) for k, v in data if k != "_authenticator"]
    # plone.protect aborts the write; the form's own redirect still goes out (stock Plone)
    response = session.post(form.get("action"), data=forged, allow_redirects=False)
    assert response.status_code in (302, 403)
    transaction.begin()
    assert case.internal_note == ""
    assert session.post(form.get("action"), data=data, allow_redirects=False).status_code == 302
    transaction.begin()
    assert case.internal_note == "Vermieter angerufen"


def attack_case_transition(site):
    """Stock workflow form (content_status_modify) on a case."""
    case = make_case(site, "wohnraumkontrolle", values=[("Beschreibung", "Schimmel")])
    transaction.commit()
    session = session_for(HANDLER)
    url = f"{case.absolute_url()}/content_status_modify"
    response = session.post(url, data={"workflow_action": "bearbeiten"}, allow_redirects=False)
    assert response.status_code == 403
    transaction.begin()
    assert api.content.get_state(case) == "eingegangen"
    token = authenticator(session, f"{case.absolute_url()}/@@edit")
    session.post(url, data={"workflow_action": "bearbeiten", "_authenticator": token}, allow_redirects=False)
    transaction.begin()
    assert api.content.get_state(case) == "in_bearbeitung"


def dsr_case(site):
    case = make_case(site, "sozialarbeit", values=[("E-Mail", "opfer@example.org")])
    transaction.commit()
    return case.reference


def attack_dsr_page(button):
    def attack(site):
        reference = dsr_case(site)
        session = session_for(SITE_ADMIN)
        url = f"{site.absolute_url()}/@@datenschutz-auskunft"
        data = {"query": "opfer@example.org", button: "1", "references": reference}
        assert session.post(url, data=data).status_code == 403
        token = authenticator(session, url)
        assert session.post(url, data=dict(data, _authenticator=token), headers={"Origin": FOREIGN}).status_code == 403
        transaction.begin()
        assert audit.entries() == [] and all_cases(site) == {reference: "sozialarbeit"}
        response = session.post(url, data=dict(data, _authenticator=token))
        assert response.status_code == 200
        transaction.begin()
        assert [e["references"] for e in audit.entries()] == [[reference]]

    return attack


def attack_dsr_rest(method):
    def attack(site):
        reference = dsr_case(site)
        session = session_for(SITE_ADMIN, json=True)
        url = f"{site.absolute_url()}/@data-subject-request"
        for headers in (
            {"Origin": FOREIGN},
            {"Origin": "null"},
            {"Origin": "http://localhost.evil.example"},
            {"Sec-Fetch-Site": "cross-site"},
        ):  # a link on another site (no Origin on GET)
            response = session.request(method, url, params={"query": "opfer@example.org"}, headers=headers)
            assert response.status_code == 403
            assert "opfer" not in response.text
        transaction.begin()
        assert audit.entries() == [] and all_cases(site) == {reference: "sozialarbeit"}
        response = session.request(
            method, url, params={"query": "opfer@example.org"}, headers={"Sec-Fetch-Site": "same-origin"}
        )
        assert response.status_code == 200
        transaction.begin()
        assert [e["references"] for e in audit.entries()] == [[reference]]

    return attack


def attack_retire_unit(site):
    """@@einheit-aufloesen (units/retire.py): only with the administrator's own token."""
    url = f"{site['de']['schulteam'].absolute_url()}/@@einheit-aufloesen"
    session = session_for(SITE_ADMIN)
    data = {"successor": "clearingstelle", "form.submitted": "1"}
    other_users_token = authenticator(session_for(HANDLER), f"{site.absolute_url()}/@@change-password")
    for token in (None, other_users_token, "0" * 40):
        forged = dict(data, _authenticator=token) if token else data
        assert session.post(url, data=forged, allow_redirects=False).status_code == 403
        transaction.begin()
        assert not site["de"]["schulteam"].retired
    own_token = authenticator(session, url)
    assert session.post(url, data=dict(data, _authenticator=own_token), allow_redirects=False).status_code == 302
    transaction.begin()
    assert site["de"]["schulteam"].retired


ATTACKS = {
    "public form (easyform view + CreateCase)": attack_public_form,
    "@@vorgang-weiterleiten": attack_forward,
    "@@datenschutz-auskunft export": attack_dsr_page("form.buttons.export"),
    "@@datenschutz-auskunft delete": attack_dsr_page("form.buttons.delete"),
    "@data-subject-request GET": attack_dsr_rest("GET"),
    "@data-subject-request DELETE": attack_dsr_rest("DELETE"),
    "stock @@edit on a case": attack_case_edit,
    "stock content_status_modify on a case": attack_case_transition,
    "@@einheit-aufloesen": attack_retire_unit,
}


@pytest.mark.parametrize("name", ATTACKS)
def test_forged_request_is_refused(site, name):
    ATTACKS[name](site)
