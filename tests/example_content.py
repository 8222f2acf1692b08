"""What the tests know about the Weißenfels example content, read from the data itself
(distributions/weissenfels/content, plone.exportimport): the forms with their field ids,
the languages they exist in, the overview page's titles."""

from functools import cache
from lxml import etree
from pathlib import Path

import json


CONTENT = (
    Path(__file__).resolve().parents[1]
    / "src/weissenfels.portal/src/weissenfels/portal/distributions/weissenfels/content/content"
)
OVERVIEW_ID = "der-weissenfelser-weg"
SCHEMA_NS = "{http://namespaces.plone.org/supermodel/schema}"


@cache
def items():
    metadata = json.loads((CONTENT / "__metadata__.json").read_text())
    return [json.loads((CONTENT / name).read_text()) for name in metadata["_data_files_"]]


def _path(item):
    return item["@id"].strip("/").split("/")


@cache
def forms():
    """[{"unit", "id", "fields": [{"id", "type", "options"}]}] of the German forms, in the data's order."""
    found = []
    for item in items():
        path = _path(item)
        if item["@type"] == "EasyForm" and path[0] == "de":
            model = etree.fromstring(item["fields_model"].encode())
            fields = [_field(field) for field in model.iter(f"{SCHEMA_NS}field")]
            found.append({"unit": path[1], "id": path[2], "fields": fields})
    return found


def _field(element):
    """{"id", "type" ("choice", "multi" or the schema type), "options": [(key, None)]}."""
    kind = element.get("type")
    options = [(option.get("key"), None) for option in element.iter(f"{SCHEMA_NS}element")]
    if kind == "zope.schema.Choice":
        kind = "choice"
    elif element.find(f"{SCHEMA_NS}value_type") is not None and options:
        kind = "multi"
    return {"id": element.get("name"), "type": kind, "options": options}


@cache
def form_languages():
    """The languages every form exists in."""
    ids = {form["id"] for form in forms()}
    return tuple(sorted({_path(item)[0] for item in items() if item["@type"] == "EasyForm" and _path(item)[-1] in ids}))


def overview_title(code):
    return next(item["title"] for item in items() if _path(item) == [code, OVERVIEW_ID])


@cache
def form_texts(form_id):
    """One form's texts in every language it exists in, by field id:
    {field id: {"title": {lang: title}, "options": [(token, {lang: option title})]}}."""
    texts = {}
    for item in items():
        path = _path(item)
        if item["@type"] != "EasyForm" or path[-1] != form_id:
            continue
        lang = path[0]
        model = etree.fromstring(item["fields_model"].encode())
        for element in model.iter(f"{SCHEMA_NS}field"):
            field = texts.setdefault(element.get("name"), {"title": {}, "options": []})
            field["title"][lang] = element.findtext(f"{SCHEMA_NS}title")
            for position, option in enumerate(element.iter(f"{SCHEMA_NS}element")):
                if position == len(field["options"]):
                    field["options"].append((option.get("key"), {}))
                field["options"][position][1][lang] = option.text
    return texts


def remove_example_buildings(portal):
    """The building register's example buildings (with their flats, inspections and orders)
    taken out of a test's site, for tests that count what they make themselves; the layer's
    transaction handling puts them back after the test."""
    from plone import api
    from weissenfels.portal.register.structure import REGISTER_ID

    ids = {item["@id"].split("/")[2] for item in items() if item["@id"].startswith(f"/{REGISTER_ID}/")}
    register = portal[REGISTER_ID]
    with api.env.adopt_roles(["Manager"]):
        for building_id in sorted(ids & set(register.objectIds())):
            api.content.delete(obj=register[building_id], check_linkintegrity=False)
