"""Helpers of the case tests (tests/cases, tests/easyform): submitting the public easyform
forms over HTTP as a browser does, making cases, reading what the server committed.

The form is fetched first: its hidden inputs (CSRF token, signed start time, empty markers)
go back with the answers, exactly as a browser would send them.
"""

from lxml import html
from plone import api
from site_client import origin_of
from weissenfels.portal.cases.settings import ICaseSettings

import requests
import transaction


# A complete answer to the demo housing-grievance form (field ids as in the example content).
HOUSING_ANSWERS = {
    "street": "Merseburger Straße",
    "house_number": "12",
    "problems": ["mould", "no_heating"],
    "description": "Schimmel im Kinderzimmer, die Heizung fällt seit Wochen aus.",
    "since_when": "Oktober",
    "people_count": "9",
    "children": "yes",
    "privacy_consent": True,
}

# The housing form with its required fields only (other address: no inspection flag).
HOUSING_FORM = "de/wohnraumkontrolle/wohnraum-missstand-melden"
HOUSING_REQUIRED_ANSWERS = {
    "street": "Langendorfer Straße",
    "house_number": "3",
    "problems": ["vermin"],
    "description": "Ratten im Keller",
    "privacy_consent": True,
}


def open_form(session, url):
    """The form's action URL and its controls: [(name, type, value, tag)]."""
    response = session.get(url)
    assert response.status_code == 200, response.status_code
    page = html.fromstring(response.text)
    form = next(f for f in page.forms if f.xpath(".//*[@name='form.buttons.submit']"))
    controls = []
    for element in form.xpath(".//input|.//textarea|.//select|.//button"):
        name = element.get("name")
        if name:
            controls.append(
                (name, (element.get("type") or element.tag).lower(), element.get("value") or "", element.tag)
            )
    return form.get("action"), controls, response.text


def answers(controls, values):
    """Form data for the given answers {field id: text | [tokens] | True}; files go separately."""
    data = []
    for name, kind, default, tag in controls:
        field_id = name[len("form.widgets.") :].split(":")[0] if name.startswith("form.widgets.") else None
        if kind == "hidden" or name.endswith("-empty-marker") or field_id is None:
            data += _unanswered(name, kind, default, tag)
        elif field_id not in values:
            if kind in ("text", "email", "number", "date", "textarea") and default:
                data.append((name, default))  # prefilled defaults stay, as in a browser
        else:
            data += [(name, value) for value in _answer(kind, default, tag, values[field_id])]
    return data


def _unanswered(name, kind, default, tag):
    """What a browser sends for a control that is not a question: hidden inputs, the button."""
    if kind == "hidden" or name.endswith("-empty-marker"):
        return [(name, default)]
    if name == "form.buttons.submit":
        return [(name, default or "submit")]
    if kind == "text" and tag == "input":
        return [(name, default)]  # the honeypot: left empty, as people leave it
    return []


def _answer(kind, default, tag, value):
    """The values a browser sends for one answered control."""
    many = value if isinstance(value, list | tuple) else [value]
    if kind in ("checkbox", "radio"):
        return [default] if value is True or default in many else []
    if kind == "file":
        return []
    if tag == "select":
        return many
    return [str(value)]


def submit(url, values, files=None, session=None, fill_seconds=0, **form_opts):
    """GET the form, answer it, POST it (multipart); returns the response."""
    import time

    session = session or requests.Session()
    action, controls, _page = open_form(session, url)
    if fill_seconds:
        time.sleep(fill_seconds)
    data = answers(controls, values)
    multipart = [(name, (None, value)) for name, value in data]
    for field_id, (filename, content, content_type) in (files or {}).items():
        multipart.append((f"form.widgets.{field_id}", (filename, content, content_type)))
    # A browser sends the page's Origin with the POST (security/csrf.py checks it for logged-in users).
    headers = {"Origin": origin_of(url), **form_opts.pop("headers", {})}
    return session.post(action, files=multipart, headers=headers, **form_opts)


def set_case_settings(**values):
    for name, value in values.items():
        api.portal.set_registry_record(name, value, interface=ICaseSettings)


def cases_in(portal, unit_id):
    transaction.begin()  # see what the server's threads committed
    return [obj for obj in portal["vorgaenge"][unit_id].objectValues() if obj.portal_type == "Vorgang"]


def make_case(
    portal,
    unit_id,
    text="Text",
    *,
    values=None,
    extra=(),
    language="de",
    code="secret-code",
    submitted=None,
    form_uid="form-uid",
    form_title="Testformular",
    attachments=(),
    **attributes,
):
    """A case as the form action stores it, for tests that are not about the form; not committed.

    The values are one "Beschreibung" row with `text`, then `extra` rows (id, value); or,
    with `values` [(label, value)], exactly those rows. Further attributes are set as given.
    """
    from datetime import datetime
    from plone.dexterity.utils import createContentInContainer
    from weissenfels.portal.cases.status import hash_status_code
    from weissenfels.portal.cases.thumbnails import store_thumbnails
    from weissenfels.portal.content.vorgang import next_reference

    if values is None:
        rows = [{"id": "description", "label": "Beschreibung", "value": text}]
        rows += [{"id": key, "label": key, "value": value} for key, value in extra]
    else:
        rows = [{"id": f"field_{index}", "label": label, "value": value} for index, (label, value) in enumerate(values)]
    with api.env.adopt_roles(["Manager"]):
        reference = next_reference(portal["vorgaenge"])
        case = createContentInContainer(
            portal["vorgaenge"][unit_id], "Vorgang", checkConstraints=False, id=reference.lower(), title=reference
        )
        case.reference = reference
        case.form_uid = form_uid
        case.form_title = form_title
        case.submission_language = language
        case.submitted = submitted or datetime.now()
        case.submitted_values = rows
        case.attachments = list(attachments)
        store_thumbnails(case)  # as store_case does
        case.status_code_hash = hash_status_code(code)
        # As in the form action: nobody owns a case, the team's local roles give access.
        for user_id in [u for u, roles in case.get_local_roles() if "Owner" in roles]:
            case.manage_delLocalRoles([user_id])
        for name, value in attributes.items():
            setattr(case, name, value)
        case.reindexObject()
    return case


def grant_redaktion_roles(portal):
    """The editors' roles as the design gives them: Editor, Contributor and Reviewer on
    every language root (and nowhere else)."""
    from weissenfels.portal.organisation import EDITORS_GROUP
    from weissenfels.portal.organisation import LANGUAGES

    for lang in LANGUAGES:
        if lang in portal:
            portal[lang].manage_setLocalRoles(EDITORS_GROUP, ["Editor", "Contributor", "Reviewer"])
            portal[lang].reindexObjectSecurity()


def without_translations(portal, lang):
    """Deletes the demo forms' translations into lang (committed), for tests of a visitor
    whose language has no form yet: the German form with ?untranslated=<lang> and its notice
    (every demo form exists in all eight languages since issue 18)."""
    from example_content import forms

    with api.env.adopt_roles(["Manager"]):
        for spec in forms():
            form = portal[lang][spec["unit"]].get(spec["id"])
            if form is not None:
                api.content.delete(obj=form, check_linkintegrity=False)
    transaction.commit()
