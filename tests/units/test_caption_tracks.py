"""The sign-language page's videos keep their captions: a page saved with a <video> and its
WebVTT <track> shows both (Plone's HTML filter removed <track> until the add-on allowed it)."""

from plone import api
from plone.app.testing import setRoles
from plone.app.testing import TEST_USER_ID
from plone.app.textfield.value import RichTextValue

import pytest


VIDEO = (
    '<figure><video controls="" width="640" height="360">'
    '<source src="https://portal.example/de/assets/dgs.mp4/@@download/file" type="video/mp4">'
    '<track kind="captions" src="https://portal.example/de/assets/dgs.vtt/@@download/file" '
    'srclang="de" label="Deutsch" default="">'
    "</video><figcaption>Video 1: Der Weißenfelser Weg</figcaption></figure>"
)


@pytest.fixture
def german_root(portal):
    setRoles(portal, TEST_USER_ID, ["Manager"])
    return portal["de"]


def test_a_page_keeps_the_caption_track_of_its_video(german_root):
    page = api.content.create(
        container=german_root,
        type="Document",
        id="dgs-test",
        title="Gebärdensprache",
        text=RichTextValue(VIDEO, "text/html", "text/x-html-safe"),
    )

    shown = page.text.output_relative_to(page)

    assert "<video" in shown
    assert "<track" in shown
    for attribute in ('kind="captions"', 'srclang="de"', 'label="Deutsch"', "default"):
        assert attribute in shown.split("<track", 1)[1].split(">", 1)[0]


def test_script_stays_filtered(german_root):
    page = api.content.create(
        container=german_root,
        type="Document",
        id="dgs-script",
        title="Gebärdensprache",
        text=RichTextValue(VIDEO + "<script>alert(1)</script>", "text/html", "text/x-html-safe"),
    )

    assert "<script" not in page.text.output_relative_to(page)
