"""The logo: the programme's name as text, or the image a site's creator gave (theme/logo.py);
@@site-logo serves that image, and answers 404 where there is none (Plone's view: 500)."""

from io import BytesIO
from lxml import html
from PIL import Image
from plone import api
from plone.formwidget.namedfile.converter import b64encode_file

import requests
import transaction


def png():
    out = BytesIO()
    Image.new("RGB", (200, 60), (0, 70, 140)).save(out, format="PNG")
    return out.getvalue()


def test_no_logo_image_is_a_404_not_a_server_error(demo_functional_portal):
    answer = requests.get(demo_functional_portal.absolute_url() + "/@@site-logo/logo.png", timeout=60)
    assert answer.status_code == 404
    header = html.fromstring(requests.get(demo_functional_portal.absolute_url() + "/de", timeout=60).text)
    assert not header.xpath("//*[@id='portal-logo']//img")  # the name as text


def test_a_logo_image_is_served_and_shown(demo_functional_portal):
    api.portal.set_registry_record("plone.site_logo", b64encode_file("wappen.png", png()))
    transaction.commit()
    try:
        answer = requests.get(demo_functional_portal.absolute_url() + "/@@site-logo/wappen.png", timeout=60)
        assert answer.status_code == 200 and answer.headers["Content-Type"] == "image/png"
        page = html.fromstring(requests.get(demo_functional_portal.absolute_url() + "/de", timeout=60).text)
        (src,) = page.xpath("//*[@id='portal-logo']//img/@src")
        assert "@@site-logo" in src
    finally:
        api.portal.get_tool("portal_registry")["plone.site_logo"] = None
        transaction.commit()
