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


@pytest.mark.parametrize("lang", ["de", "uk"])
def test_footer_contact_link_opens_the_form_as_a_page(demo_functional_portal, lang):
    """Not Plone's modal: the public pages' CSP (script-src 'self') leaves it dead, a click did
    nothing. A plain link works with and without JavaScript."""
    from lxml import html
    from plone import api

    import transaction

    api.portal.set_registry_record("plone.email_from_address", "portal@weissenfels.example")  # as `make start`
    transaction.commit()
    base = demo_functional_portal.absolute_url()
    page = html.fromstring(requests.get(f"{base}/{lang}", timeout=60).text)
    (link,) = page.xpath("//*[@id='portal-footer-wrapper']//a[contains(@href, 'contact-info')]")
    assert "pat-plone-modal" not in (link.get("class") or "") and link.get("data-pat-plone-modal") is None
    form = requests.get(link.get("href"), timeout=60)
    assert form.status_code == 200 and 'id="form-widgets-sender_from_address"' in form.text
