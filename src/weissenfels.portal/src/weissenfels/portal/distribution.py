"""The portal as a plone.distribution: "Ein Portal nach dem Weißenfelser Weg".

Offered at the Zope root in Plone's site-creation screen (`@@plone-overview`,
`@@ploneAddSite`) and by the `@sites` service; its form is
`distributions/weissenfels/schema.json`. What differs per town goes into the records
`weissenfels.portal.town.*` (town.py) and `weissenfels.portal.public_url` before the add-on's
profile runs, so the profile sets up that town's languages. With "Beispielinhalte" the
Weißenfels example content follows (profiles.json "content"), then the demo cases.
`scripts/create_site.py` (`make start`) creates Weißenfels through it.
"""

from plone import api
from plone.distribution.handler import post_handler as plone_post_handler
from plone.registry.interfaces import IRegistry
from Products.CMFCore.indexing import processQueue
from weissenfels.portal import logger
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from weissenfels.portal.organisation import LANGUAGES
from weissenfels.portal.public_url import RECORD as PUBLIC_URL_RECORD
from weissenfels.portal.town import ITownSettings
from weissenfels.portal.town import PREFIX
from zope.component import getUtility

import transaction


DISTRIBUTION = "weissenfels"
PROFILE = "weissenfels.portal:default"
DEMO_CASES_PROFILE = "weissenfels.portal:demo-cases"
TIMEZONE = "Europe/Berlin"
# Answers of the form that become records weissenfels.portal.town.<name>.
TOWN_ANSWERS = ("town_name", "district_name", "reference_prefix", "postcodes", "controller", "data_protection_officer")


def with_defaults(answers):
    """The answers, with the form's defaults (Weißenfels) for what a script left out."""
    from plone.distribution.api import distribution as dist_api

    answers = dict(answers)
    for name, field in dist_api.get(DISTRIBUTION)._schema["schema"]["properties"].items():
        if "default" in field:
            answers.setdefault(name, field["default"])
    return answers


def pre_handler(answers):
    """German is the source language and always there; the prefix without its dash."""
    answers = with_defaults(answers)
    answers["default_language"] = DEFAULT_LANGUAGE
    answers.setdefault("portal_timezone", TIMEZONE)
    chosen = set(answers.get("languages") or LANGUAGES) | {DEFAULT_LANGUAGE}
    answers["languages"] = [code for code in LANGUAGES if code in chosen]
    prefix = (answers.get("reference_prefix") or ITownSettings["reference_prefix"].default).strip().upper()
    answers["reference_prefix"] = prefix.rstrip("-")
    answers["postcodes"] = [code.strip() for code in answers.get("postcodes") or () if code.strip()]
    for name in ("title", "town_name", "district_name", "controller", "data_protection_officer", "public_url"):
        if isinstance(answers.get(name), str):
            answers[name] = answers[name].strip()
    return answers


def handler(distribution, site, answers):
    setup = site.portal_setup
    for profile_id in distribution.profiles:
        setup.runAllImportStepsFromProfile(f"profile-{profile_id}")
    apply_town_settings(answers)
    setup.runAllImportStepsFromProfile(f"profile-{PROFILE}")
    # The add-on names an unnamed site; this one has the title its creator typed.
    site.title = answers["title"]
    site.description = answers.get("description") or ""
    api.portal.set_registry_record("plone.site_title", answers["title"])
    if answers.get("setup_content"):
        transaction.savepoint(optimistic=True)
        for profile_id in distribution.contents["profiles"]:
            setup.runAllImportStepsFromProfile(f"profile-{profile_id}")
        # Case references are counted on a second connection (content/vorgang.py): the
        # case folders must be in the database before the first case.
        transaction.commit()
        setup.runAllImportStepsFromProfile(f"profile-{DEMO_CASES_PROFILE}")
    else:
        create_legal_pages(site, answers)
    logger.info("Created the portal %s for %s", site.getId(), answers.get("town_name"))
    return site


def post_handler(distribution, site, answers):
    """Plone's own last step: the logo from the form (record plone.site_logo)."""
    return plone_post_handler(distribution, site, answers)


def apply_town_settings(answers):
    registry = getUtility(IRegistry)
    registry.registerInterface(ITownSettings, prefix=PREFIX)
    for name in TOWN_ANSWERS:
        if answers.get(name) is not None:
            value = answers[name]
            registry[f"{PREFIX}.{name}"] = tuple(value) if isinstance(value, list) else value
    registry[f"{PREFIX}.reference_prefix"] = answers["reference_prefix"]
    registry[f"{PREFIX}.languages"] = tuple(answers["languages"])
    if answers.get("public_url"):
        from weissenfels.portal.public_url import IPublicURL

        registry.registerInterface(IPublicURL, prefix="weissenfels.portal")
        registry[PUBLIC_URL_RECORD] = answers["public_url"].rstrip("/")


# The pages the footer links to, for a portal without the example content. The controller
# and the data-protection officer are added below each by theme/legal.py, from the registry.
LEGAL_PAGES = (
    ("impressum", "Impressum", "Anbieter dieses Portals und verantwortliche Stellen.", "<p>Anbieter: {town}.</p>"),
    (
        "datenschutz",
        "Datenschutz",
        "Welche Daten das Portal speichert, wozu, wie lange und wer sie sieht.",
        "<p>Angaben aus Formularen sehen nur die Mitarbeitenden der zuständigen Einheit; sie sind nie "
        "öffentlich. Abgeschlossene Vorgänge verlieren ihre personenbezogenen Daten nach der "
        "eingestellten Frist.</p>",
    ),
    (
        "barrierefreiheit",
        "Erklärung zur Barrierefreiheit",
        "Wie barrierefrei dieses Portal ist und wie Sie uns Barrieren melden.",
        "<p>{town} will dieses Portal barrierefrei zugänglich machen.</p>",
    ),
)


def create_legal_pages(site, answers):
    from plone.app.textfield.value import RichTextValue
    from plone.base.interfaces import ILanguage

    root = site[DEFAULT_LANGUAGE]
    for page_id, title, description, text in LEGAL_PAGES:
        if page_id in root:
            continue
        page = api.content.create(
            container=root,
            type="Document",
            id=page_id,
            title=title,
            description=description,
            text=RichTextValue(text.format(town=answers["town_name"]), "text/html", "text/x-html-safe"),
            exclude_from_nav=True,
        )
        ILanguage(page).set_language(DEFAULT_LANGUAGE)
        api.content.transition(obj=page, transition="publish")
        page.reindexObject()
    processQueue()
