"""Anonymous public pages load only what they use; one stylesheet without @import; versioned
resources are kept a year (issue 19). Speed itself is measured in bench/lighthouse.py."""

from case_forms import HOUSING_FORM
from lxml import html
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from processes import BIN
from processes import REPO
from processes import run

import pytest
import requests


EDITING_BUNDLES = ("datagridfield-bundle", "plone-fullscreen", "easyform", "multilingual")
YEAR = "public, max-age=31536000, immutable"


def page(url, **kwargs):
    response = requests.get(url, timeout=60, **kwargs)
    assert response.status_code == 200, (url, response.status_code)
    return response.text


def bundles(text):
    return {element.get("data-bundle") for element in html.fromstring(text).xpath("//*[@data-bundle]")}


def resource_urls(text):
    tree = html.fromstring(text)
    return tree.xpath("//link[@data-bundle]/@href") + tree.xpath("//script[@data-bundle]/@src")


@pytest.mark.parametrize("path", ["de", "ro", "ar", HOUSING_FORM, "de/wer-hilft-mir"])
def test_anonymous_pages_load_no_editing_bundles(demo_functional_portal, path):
    text = page(f"{demo_functional_portal.absolute_url()}/{path}")
    loaded = bundles(text)
    # the public pages' own script (navigation, forms), the theme's stylesheet; not Plone's
    # whole bundle (patterns, Bootstrap, jQuery): public.js loads it where a page needs more
    assert {"weissenfels-public", "diazo"} <= loaded
    assert "plone" not in loaded
    assert not loaded & set(EDITING_BUNDLES), loaded
    assert "datagridfield" not in text
    assert "tinymce" not in text.lower()
    assert "bundle-plone" not in text
    [script] = html.fromstring(text).xpath("//script[@data-bundle='weissenfels-public']")
    assert script.get("defer") is not None  # no script blocks the first paint


def test_public_script_is_served_versioned_for_a_year(demo_functional_portal):
    text = page(f"{demo_functional_portal.absolute_url()}/de")
    [src] = html.fromstring(text).xpath("//script[@data-bundle='weissenfels-public']/@src")
    assert "++webresource++" in src and src.endswith("/++plone++weissenfels.portal.theme/public.js")
    response = requests.get(src, timeout=60)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == YEAR
    assert "offcanvas" in response.text and "/++plone++static/bundle-plone/bundle.min.js" in response.text
    # the whole bundle it falls back to is served to anonymous visitors
    assert (
        requests.get(
            demo_functional_portal.absolute_url() + "/++plone++static/bundle-plone/bundle.min.js", timeout=60
        ).status_code
        == 200
    )


def test_logged_in_pages_load_plones_bundle_not_the_public_script(demo_functional_portal):
    for path in ("de", HOUSING_FORM):
        loaded = bundles(
            page(f"{demo_functional_portal.absolute_url()}/{path}", auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD))
        )
        assert "plone" in loaded
        assert "weissenfels-public" not in loaded


def test_editor_edit_form_loads_the_editing_bundles(demo_functional_portal):
    url = f"{demo_functional_portal.absolute_url()}/{HOUSING_FORM}/@@edit"
    text = page(url, auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD))
    assert {"datagridfield-bundle", "plone-fullscreen", "plone"} <= bundles(text)
    assert "weissenfels-public" not in bundles(text)
    assert "tinymce" in text  # its rich text fields (thank-you text ...) are edited with TinyMCE


def test_served_theme_stylesheet_is_one_file_without_import(demo_functional_portal):
    text = page(f"{demo_functional_portal.absolute_url()}/de")
    [href] = html.fromstring(text).xpath("//link[@data-bundle='diazo']/@href")
    assert "++webresource++" in href and href.endswith("/weissenfels.min.css")
    css = page(href)
    assert "@import" not in css
    assert "@font-face" not in css  # system fonts: no font request before text shows
    assert ".navbar-barceloneta" in css  # Barceloneta's rules ...
    assert "--wsf-blue" in css  # ... and the portal's, in one file
    assert css.index(".navbar-barceloneta") < css.index("--wsf-blue:")  # the portal's win


def test_versioned_resources_are_cached_a_year(demo_functional_portal):
    urls = resource_urls(page(f"{demo_functional_portal.absolute_url()}/de"))
    assert urls
    for url in urls:
        assert "++webresource++" in url  # versioned: the URL changes with the content
        response = requests.get(url, timeout=60)
        assert response.status_code == 200
        assert response.headers["Cache-Control"] == YEAR, (url, response.headers["Cache-Control"])


def test_pages_and_unversioned_resources_are_not_kept_a_year(demo_functional_portal):
    portal_url = demo_functional_portal.absolute_url()
    for url in (f"{portal_url}/de", f"{portal_url}/++theme++weissenfels/css/weissenfels.min.css"):
        response = requests.get(url, timeout=60)
        assert response.status_code == 200
        assert "immutable" not in response.headers.get("Cache-Control", ""), url


def test_committed_stylesheet_is_built_from_its_sources():
    run([str(BIN / "python"), str(REPO / "scripts" / "build_theme_css.py"), "--check"])


@pytest.mark.slow
def test_started_site_serves_light_public_pages(started_site):
    """As `make start` serves them: no editing bundles, one stylesheet, kept a year, compressed."""
    for path in ("de", HOUSING_FORM):
        text = page(f"{started_site.url}/{path}")
        assert not bundles(text) & (set(EDITING_BUNDLES) | {"plone"})
        assert "weissenfels-public" in bundles(text)
    [href] = html.fromstring(text).xpath("//link[@data-bundle='diazo']/@href")
    response = requests.get(href, headers={"Accept-Encoding": "gzip"}, timeout=60)
    assert response.status_code == 200
    assert "@import" not in response.text
    assert response.headers["Cache-Control"] == YEAR
    assert response.headers["Content-Encoding"] == "gzip"
