"""easyform's field and action models, parsed once per model text and thread.

easyform parses a form's XML models (fields, actions) on every request: on the housing form
about a sixth of the server time (bench/results/server-time-*.md). The parsed schema depends on
the text alone, so a model an editor saves is a new text, parsed anew: nothing stale, on every
process. Per thread, because easyform tags the schema with the form being answered
(CONTEXT_KEY, read by TALES defaults, validators and actions): a thread answers one request at
a time and the tag is set again before each use.
"""

from collective.easyform.api import CONTEXT_KEY
from collective.easyform.api import get_actions
from collective.easyform.api import get_schema

import threading


PARSED_MODELS = 64  # per thread; more distinct models than that: parse afresh

_parsed = threading.local()


def _cached(kind, context, attribute, parse):
    text = getattr(context, attribute, None)
    if not text:
        return parse(context)  # easyform's fallbacks (the navigation root's or built-in model)
    models = getattr(_parsed, "models", None)
    if models is None:
        models = _parsed.models = {}
    schema = models.get((kind, text))
    if schema is None:
        if len(models) >= PARSED_MODELS:
            models.clear()
        schema = models[(kind, text)] = parse(context)
    schema.setTaggedValue(CONTEXT_KEY, context)
    return schema


def form_fields(context):
    """easyform's get_schema(context), parsed once per text."""
    return _cached("fields", context, "fields_model", get_schema)


def form_actions(context):
    """easyform's get_actions(context), parsed once per text."""
    return _cached("actions", context, "actions_model", get_actions)
