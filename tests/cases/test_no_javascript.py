"""The housing form works in a browser without JavaScript: everything it needs is in the HTML.

A no-JS browser reads the form element (action, method, enctype), sends every control it finds
(hidden inputs: CSRF token, signed start time, empty markers) and the button, and follows the
answer; it runs no pattern, no upload downscaling, no XHR. The public pages load no editing
scripts any more (issue 19), so this checks that nothing the form needs went with them.
"""

from case_forms import answers
from case_forms import cases_in
from case_forms import HOUSING_ANSWERS
from case_forms import HOUSING_FORM
from case_forms import open_form
from io import BytesIO
from lxml import html
from PIL import Image
from site_client import origin_of

import re
import requests


def test_housing_form_submits_a_case_without_javascript(case_site):
    url = f"{case_site.absolute_url()}/{HOUSING_FORM}"
    session = requests.Session()
    session.headers["Accept"] = "text/html"  # what a browser asks for; no X-Requested-With
    action, controls, page = open_form(session, url)

    form = next(f for f in html.fromstring(page).forms if f.get("action") == action)
    assert form.get("method", "").lower() == "post"
    assert form.get("enctype") == "multipart/form-data"  # a photo goes without any script
    names = [name for name, *_ in controls]
    assert "form.buttons.submit" in names  # a real submit control, not a scripted one
    assert [kind for name, kind, *_ in controls if name == "form.buttons.submit"] == ["submit"]
    hidden = [name for name, kind, *_ in controls if kind == "hidden"]
    assert hidden, "the form's hidden fields (token, start time) are in the HTML"
    # the page loads no editing script a no-JS browser would miss anyway
    assert "datagridfield" not in page and "tinymce" not in page.lower()

    photo = BytesIO()
    Image.new("RGB", (640, 480), "grey").save(photo, "JPEG")
    body = [(name, (None, value)) for name, value in answers(controls, HOUSING_ANSWERS)]
    body.append(("form.widgets.photo_1", ("wand.jpg", photo.getvalue(), "image/jpeg")))
    response = session.post(action, files=body, headers={"Origin": origin_of(url)})  # as any browser

    assert response.status_code == 200
    reference = re.search(r'id="case-reference">(WSF-\d{4}-\d{6})<', response.text).group(1)
    [case] = cases_in(case_site, "wohnraumkontrolle")
    assert case.reference == reference
    values = {row["id"]: row["value"] for row in case.submitted_values}
    assert values["street"] == HOUSING_ANSWERS["street"]
