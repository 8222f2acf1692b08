"""The footer is the city's (profiles/default/portlets.xml): its links in the visitor's
language, no Plone copyright or colophon lines, no unfilled placeholders."""

import pytest
import requests


@pytest.mark.parametrize(
    "lang,imprint",
    [("de", "Impressum"), ("bg", None), ("ro", None), ("ar", None), ("uk", None), ("hu", None), ("pl", None)],
)
def test_footer_has_the_city_links_and_no_plone_leftovers(demo_functional_portal, lang, imprint):
    html = requests.get(f"{demo_functional_portal.absolute_url()}/{lang}", timeout=60).text
    footer = html[html.index('id="portal-footer-wrapper"') :]
    for leftover in ("${", "Plone Foundation", "Powered by", "and friends", "und Freunde", "GNU"):
        assert leftover not in footer, (lang, leftover)
    assert "/impressum" in footer and "/datenschutz" in footer and "/barrierefreiheit" in footer
    if imprint:
        assert imprint in footer
