"""A form's logic: the parts of an EasyForm that only trusted users may write.

collective.easyform guards scripts, TALES expressions, mail addresses and technical settings
with its own permissions ("Add Custom Scripts", "Edit Python Fields", "Edit TALES Fields",
"Edit Mail Addresses", "Edit Technical Fields"), but only in its z3c.form screens: the XML
model editors, REST and every other path write `fields_model` / `actions_model` (and with
them every script and expression) with "Modify portal content" alone. An editor saved a
CustomScript with the proxy role Manager and became Manager (issue 13).

This module reads a form, or a state of it, as a set of *elements*: one guarded value each
(a form setting, a field's or an action's attribute, a script), with the permission that
guards it, read from easyform's own schemas (plone.autoform write permissions), so an
attribute easyform guards tomorrow is guarded here too. Values at their default are not
elements (a new form is no logic). `guard.py` compares two such sets when a form is saved;
`runtime.py` refuses to run code nobody with the permission approved (the approvals live
here, in an annotation of the form).
"""

from AccessControl import getSecurityManager
from collective.easyform.config import ACTIONS_DEFAULT
from collective.easyform.config import FIELDS_DEFAULT
from collective.easyform.interfaces import IActionExtender
from collective.easyform.interfaces import IActionFactory
from collective.easyform.interfaces import ICustomScript
from collective.easyform.interfaces import IEasyForm
from collective.easyform.interfaces import IFieldExtender
from collective.easyform.interfaces.validators import isTALES
from datetime import datetime
from persistent.mapping import PersistentMapping
from plone.autoform.interfaces import WRITE_PERMISSIONS_KEY
from plone.supermodel import loadString
from plone.supermodel.utils import mergedTaggedValueDict
from plone.uuid.interfaces import IUUID
from typing import NamedTuple
from zope.annotation.interfaces import IAnnotations
from zope.component import queryUtility
from zope.interface import providedBy
from zope.schema import getFieldsInOrder
from zope.security.interfaces import IPermission

import functools
import hashlib


# The permissions this portal gives to Manager and Site Administrator only (rolemap.xml).
GUARDED_PERMISSIONS = (
    "collective.easyform.AddCustomScripts",
    "collective.easyform.EditPythonFields",
    "collective.easyform.EditTALESFields",
    "collective.easyform.EditTechnicalFields",
    "collective.easyform.EditMailAddresses",
)
PYTHON_PERMISSION = "collective.easyform.EditPythonFields"
# Values easyform evaluates: TALES expressions, the mail body (a page template), scripts.
CODE_ATTRIBUTES = {
    "thanksPageOverride",
    "formActionOverride",
    "onDisplayOverride",
    "afterValidationOverride",
    "headerInjection",
    "submitLabelOverride",
    "TDefault",
    "TEnabled",
    "TValidator",
    "execCondition",
    "subjectOverride",
    "senderOverride",
    "recipientOverride",
    "ccOverride",
    "bccOverride",
    "body_pt",
}
# A script is one element (its proxy role and body), not two attributes.
SCRIPT_ATTRIBUTES = {"ProxyRole", "ScriptBody"}
APPROVALS_KEY = "weissenfels.portal.easyform.approved_logic"


class Element(NamedTuple):
    key: str  # where it is, e.g. "action skript: script", "field street: TDefault"
    permission: str  # permission id guarding it
    value: str  # its definition as text
    code: bool  # evaluated when the form is shown or sent


def permission_title(permission_id):
    permission = queryUtility(IPermission, name=permission_id)
    return permission.title if permission is not None else permission_id


def write_permissions(schema):
    return mergedTaggedValueDict(schema, WRITE_PERMISSIONS_KEY)


def is_set(value, default):
    return value not in (None, "", False, [], (), set(), frozenset()) and value != default


def as_text(value):
    if isinstance(value, (list, tuple, set, frozenset)):
        return "\n".join(sorted(str(item) for item in value))
    return str(value)


def is_code(schema, name):
    return name in CODE_ATTRIBUTES or getattr(schema.get(name), "constraint", None) is isTALES


def parse_model(source):
    """The schema of an XML model; None when it does not parse (easyform then falls back
    to its default model, which holds no logic)."""
    if not source:
        return None
    try:
        return loadString(source).schema
    except Exception:  # any parse error: easyform shows its default model instead
        return None


def form_elements(get):
    elements = []
    for name, permission in write_permissions(IEasyForm).items():
        if permission not in GUARDED_PERMISSIONS:
            continue
        field = IEasyForm[name]
        value = get(name, field.default)
        if is_set(value, field.default):
            elements.append(Element(f"form: {name}", permission, as_text(value), is_code(IEasyForm, name)))
    return elements


def field_elements(schema):
    elements = []
    guarded = {n: p for n, p in write_permissions(IFieldExtender).items() if p in GUARDED_PERMISSIONS}
    for field_name, _field in getFieldsInOrder(schema):
        for name, permission in guarded.items():
            value = schema.queryTaggedValue(name, {}).get(field_name)
            if is_set(value, None):
                code = is_code(IFieldExtender, name)
                elements.append(Element(f"field {field_name}: {name}", permission, as_text(value), code))
    return elements


def script_definition(action):
    """What a CustomScript runs: its proxy role and its body."""
    return f"{action.ProxyRole}\n{action.ScriptBody}"


def action_elements(schema):
    elements = []
    conditions = schema.queryTaggedValue("execCondition", {})
    condition_permission = write_permissions(IActionExtender)["execCondition"]
    for action_name, action in getFieldsInOrder(schema):
        prefix = f"action {action_name}"
        kind = f"{type(action).__module__}.{type(action).__name__}"
        factory = queryUtility(IActionFactory, name=kind)
        if factory is not None and factory.permission in GUARDED_PERMISSIONS:
            elements.append(Element(f"{prefix}: type", factory.permission, kind, False))
        if ICustomScript.providedBy(action):
            elements.append(Element(f"{prefix}: script", PYTHON_PERMISSION, script_definition(action), True))
        for iface in providedBy(action).flattened():
            for name, permission in write_permissions(iface).items():
                if permission not in GUARDED_PERMISSIONS or name in SCRIPT_ATTRIBUTES or name not in iface:
                    continue
                value = getattr(action, name, None)
                if is_set(value, iface[name].default):
                    elements.append(Element(f"{prefix}: {name}", permission, as_text(value), is_code(iface, name)))
        if conditions.get(action_name):
            elements.append(Element(f"{prefix}: execCondition", condition_permission, conditions[action_name], True))
    return elements


def all_elements(get):
    found = form_elements(get)
    fields = parse_model(get("fields_model", None))
    if fields is not None:
        found += field_elements(fields)
    actions = parse_model(get("actions_model", None))
    if actions is not None:
        found += action_elements(actions)
    return found


@functools.cache
def shipped_defaults():
    """The elements of easyform's shipped default models: its default fields hold a TALES
    default (the Reply-To field's `python:member and ...`), which is easyform's, not an
    editor's, so it is neither guarded there nor refused at run time."""
    models = {"fields_model": FIELDS_DEFAULT, "actions_model": ACTIONS_DEFAULT}
    return frozenset(all_elements(lambda name, default: models.get(name, default)))


def elements(get):
    """{key: Element} of a form state; `get(name, default)` reads one of its attributes."""
    return {element.key: element for element in all_elements(get) if element not in shipped_defaults()}


def elements_of(form, **changes):
    """The elements of the form as it is, or as it would be with `changes` saved."""

    def get(name, default):
        if name in changes:
            return changes[name]
        return getattr(form, name, default)

    return elements(get)


def schema_default(form, name, default):
    field = IEasyForm.get(name)
    return field.bind(form).default if field is not None else default


def default_elements(form):
    """The elements of a new form: easyform's default models hold settings of their own
    (the default mailer's Reply-To field), which nobody has to approve."""
    return elements(lambda name, default: schema_default(form, name, default))


def elements_of_state(form, state):
    """The elements of a stored state (a dict of attributes) of the form."""
    return elements(lambda name, default: state[name] if name in state else schema_default(form, name, default))


def changed(before, after):
    """The elements created, changed or removed between two states."""
    return [
        after.get(key) or before[key] for key in sorted(set(before) | set(after)) if before.get(key) != after.get(key)
    ]


def proxy_role(element):
    return element.value.split("\n", 1)[0] if element.key.endswith(": script") else "none"


def refusals(form, before, after):
    """What the current user may not change between `before` and `after`: [(element, reason)]."""
    security = getSecurityManager()
    roles = set(security.getUser().getRolesInContext(form))
    refused = []
    for element in changed(before, after):
        if not security.checkPermission(permission_title(element.permission), form):
            refused.append((element, permission_title(element.permission)))
        elif element.key in after and proxy_role(element) not in ("none", *roles):
            # Zope's own rule for proxy roles, which easyform's CustomScript switches off.
            refused.append((element, f"role {proxy_role(element)}"))
    return refused


# Approvals: which code a user holding the permission saved on this form.


def digest(form, definition):
    """Bound to the form's UID: a copy of the form is not approved by the original."""
    return hashlib.sha256(f"{IUUID(form, '')}\n{definition}".encode()).hexdigest()


def approvals(form):
    return IAnnotations(form).get(APPROVALS_KEY, {})


def is_approved(form, definition):
    shipped = any(element.value == definition for element in shipped_defaults() if element.code)
    return shipped or digest(form, definition) in approvals(form)


def approve(form, user_id):
    """Records the form's code as approved by `user_id`, who may write all of it; approvals
    of code the form no longer holds are dropped."""
    security = getSecurityManager()
    current = {}
    old = approvals(form)
    for element in elements_of(form).values():
        if not element.code:
            continue
        key = digest(form, element.value)
        if key in old:
            current[key] = old[key]
        elif security.checkPermission(permission_title(element.permission), form):
            current[key] = {
                "element": element.key,
                "user": user_id,
                "time": datetime.now().isoformat(timespec="seconds"),
            }
    if dict(old) != current:
        IAnnotations(form)[APPROVALS_KEY] = PersistentMapping(current)


def unapproved(form):
    """The form's code elements nobody with the permission approved."""
    return [e for e in elements_of(form).values() if e.code and not is_approved(form, e.value)]
