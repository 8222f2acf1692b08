"""What a created site consists of, as JSON on stdout: run with
`zconsole run <zope.conf> tests/distribution/site_fingerprint.py [site id]`.

Units, pages and forms per language (with their workflow state), translation groups, the
forms' field and action names, groups, the intranet's and the building register's content and
states, demo users and the demo cases (unit, state, language, journal kinds). Dates and years
are left out, so the fingerprint of a site made today equals the one kept in expected_weissenfels.json.
"""

# `app` is bound by zconsole.
from collective.easyform.api import get_actions
from collective.easyform.api import get_schema
from plone import api
from plone.app.multilingual.interfaces import ITranslationManager
from zope.annotation.interfaces import IAnnotations
from zope.component.hooks import setSite
from zope.schema import getFieldNamesInOrder
from zope.schema import getFieldsInOrder

import json
import re
import sys


LANGUAGES = ("de", "en", "ro", "pl", "bg", "hu", "ar", "uk")


def state(obj):
    return api.content.get_state(obj, default=None)


def below(site, name):
    """Everything catalogued below site[name] (unrestricted: private content and the intranet too)."""
    path = "/".join((*site.getPhysicalPath(), name))
    return site.portal_catalog.unrestrictedSearchResults(path={"query": path, "depth": -1}, sort_on="path")


def fingerprint(site):
    setSite(site)
    result = {"languages": sorted(code for code in LANGUAGES if code in site.objectIds())}
    content = {}
    forms = {}
    translations = set()
    outdated = []
    result["front_pages"] = {
        code: [site[code].getLayout(), site[code].getDefaultPage()] for code in result["languages"]
    }
    for code in result["languages"]:
        for brain in below(site, code):
            obj = brain._unrestrictedGetObject()
            path = "/".join(obj.getPhysicalPath()[len(site.getPhysicalPath()) :])
            content[path] = [obj.portal_type, state(obj)]
            if getattr(obj, "unit", None) and obj.portal_type != "EasyForm":
                content[path].append(obj.unit)  # the unit a finder's situation leads to
            if IAnnotations(obj).get("weissenfels.portal.translation_outdated"):
                outdated.append(path)
            if obj.portal_type == "EasyForm":
                forms[path] = {
                    "owner": (obj.getOwnerTuple() or (None, None))[1],
                    "fields": getFieldNamesInOrder(get_schema(obj)),
                    "actions": {name: type(action).__name__ for name, action in getFieldsInOrder(get_actions(obj))},
                }
            if code == "de" and path != "de":
                linked = ITranslationManager(obj).get_translated_languages()
                translations.add(f"{path}: {','.join(sorted(linked))}")
    result["content"] = content
    result["outdated_translations"] = sorted(outdated)
    result["forms"] = forms
    result["translations"] = sorted(translations)
    result["intranet"] = {
        "/".join(b._unrestrictedGetObject().getPhysicalPath()[len(site.getPhysicalPath()) :]): [
            b.portal_type,
            b.review_state,
        ]
        for b in below(site, "intranet")
    }
    # The building register's example buildings, flats, inspections and orders (issue 20).
    result["register"] = {
        "/".join(b._unrestrictedGetObject().getPhysicalPath()[len(site.getPhysicalPath()) :]): [
            b.portal_type,
            b.review_state,
        ]
        for b in below(site, "gebaeuderegister")
    }
    result["groups"] = sorted(group.getId() for group in api.group.get_groups())
    result["users"] = sorted(
        f"{user.getId()}: {','.join(sorted(g.getId() for g in api.group.get_groups(user=user)))}"
        for user in api.user.get_users()
    )
    cases = []
    for folder in site["vorgaenge"].objectValues():
        for case in folder.objectValues():
            if case.portal_type != "Vorgang":
                continue
            journal = IAnnotations(case).get("weissenfels.portal.handling.journal") or ()
            cases.append(
                {
                    "unit": folder.getId(),
                    "state": state(case),
                    "reference": re.sub(r"-\d{4}-", "-YYYY-", case.reference),
                    "language": case.submission_language,
                    "form": case.form_title,
                    "journal": [entry.get("kind") for entry in journal],
                }
            )
    result["cases"] = sorted(cases, key=lambda case: case["reference"])
    return result


site_id = sys.argv[-1] if len(sys.argv) > 1 and not sys.argv[-1].endswith(".py") else "weissenfels"
print(json.dumps(fingerprint(app[site_id]), indent=1, ensure_ascii=False, sort_keys=True))  # noqa: F821
