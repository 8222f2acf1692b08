"""Submitting the public easyform forms over HTTP, as a browser does (tests/cases, tests/easyform).

The form is fetched first: its hidden inputs (CSRF token, signed start time, empty markers)
go back with the answers, exactly as a browser would send them.
"""

from lxml import html

import requests


def open_form(session, url):
    """The form's action URL and its controls: [(name, type, value, tag)]."""
    response = session.get(url)
    assert response.status_code == 200, response.status_code
    page = html.fromstring(response.text)
    form = [f for f in page.forms if f.xpath(".//*[@name='form.buttons.submit']")][0]
    controls = []
    for element in form.xpath(".//input|.//textarea|.//select|.//button"):
        name = element.get("name")
        if name:
            controls.append((name, (element.get("type") or element.tag).lower(), element.get("value") or "", element.tag))
    return form.get("action"), controls, response.text


def answers(controls, values):
    """Form data for the given answers {field id: text | [tokens] | True}; files go separately."""
    data = []
    chosen = {}
    for name, kind, default, tag in controls:
        if kind in ("hidden",) or name.endswith("-empty-marker"):
            data.append((name, default))
            continue
        if not name.startswith("form.widgets."):
            if name == "form.buttons.submit":
                data.append((name, default or "submit"))
            elif kind == "text" and tag == "input":
                data.append((name, default))  # the honeypot: left empty, as people leave it
            continue
        field_id = name[len("form.widgets.") :].split(":")[0]
        if field_id not in values:
            if kind in ("text", "email", "number", "date", "textarea") and default:
                data.append((name, default))  # prefilled defaults stay, as in a browser
            continue
        value = values[field_id]
        if kind in ("checkbox", "radio"):
            wanted = value if isinstance(value, (list, tuple)) else [value]
            if value is True or default in wanted:
                data.append((name, default))
        elif kind == "file":
            continue
        elif tag == "select":
            for item in value if isinstance(value, (list, tuple)) else [value]:
                data.append((name, item))
        else:
            data.append((name, str(value)))
        chosen[field_id] = True
    return data


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
    return session.post(action, files=multipart, **form_opts)
