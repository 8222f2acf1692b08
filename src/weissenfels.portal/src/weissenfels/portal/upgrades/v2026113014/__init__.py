"""2026113014: residents and teams hear of each other (issue 17).

- The footer of every page links to the status page of its language (actions.xml).
- Every case form (a form whose actions store cases and name an e-mail field) asks, right
  after that field, "may we contact you by e-mail?" in the form's language; forms that have
  the question already are left alone. Plone's mail settings are not touched: `make start`
  sets them from the environment (scripts/create_site.py).
- The catalog column `case_resident_update` (the inbox marks cases the resident added to).
- The units' reminder setting needs no step: a case folder without it reads the default.
"""

from lxml import etree
from plone import api
from weissenfels.portal import logger


PROFILE = "profile-weissenfels.portal:default"
CASE_ACTION = "weissenfels.portal.easyform.actions.CreateCase"
SUPERMODEL = "http://namespaces.plone.org/supermodel/schema"


def status_page_link(context):
    api.portal.get_tool("portal_setup").runImportStepFromProfile(PROFILE, "actions", run_dependencies=False)


def email_field_of(form):
    """The e-mail field named by the form's case action, or None if the form stores no cases."""
    actions = etree.fromstring((form.actions_model or "").encode("utf-8") or b"<model/>")
    for field in actions.iter(f"{{{SUPERMODEL}}}field"):
        if field.get("type") == CASE_ACTION:
            named = field.find(f"{{{SUPERMODEL}}}email_field")
            return (named.text or "").strip() if named is not None else "email"
    return None


def add_contact_question(form):
    """True if the question was added to the form's fields model."""
    from weissenfels.portal.cases.action import CONTACT_CONSENT_FIELD
    from weissenfels.portal.setuphandlers.demo_forms import CONTACT_BY_EMAIL
    from weissenfels.portal.setuphandlers.demo_forms import field_xml

    email = email_field_of(form)
    if not email:
        return False
    model = etree.fromstring(form.fields_model.encode("utf-8"))
    fields = {field.get("name"): field for field in model.iter(f"{{{SUPERMODEL}}}field")}
    if CONTACT_CONSENT_FIELD in fields or email not in fields:
        return False
    language = form.Language() if form.Language() in CONTACT_BY_EMAIL["title"] else "en"
    wrapper = (
        f'<schema xmlns="{SUPERMODEL}" xmlns:easyform="http://namespaces.plone.org/supermodel/easyform">'
        f"{field_xml(CONTACT_BY_EMAIL, language)}</schema>"
    )
    question = etree.fromstring(wrapper.encode("utf-8"))[0]
    fields[email].addnext(question)
    form.fields_model = etree.tostring(model, encoding="unicode")
    return True


def contact_question_in_case_forms(context):
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(portal_type="EasyForm"):
        form = brain._unrestrictedGetObject()
        if add_contact_question(form):
            logger.info("Case form %s asks for contact by e-mail", "/".join(form.getPhysicalPath()))


def resident_update_column(context):
    catalog = api.portal.get_tool("portal_catalog")
    if "case_resident_update" not in catalog.schema():
        catalog.addColumn("case_resident_update")
        logger.info("Added the catalog column case_resident_update")
