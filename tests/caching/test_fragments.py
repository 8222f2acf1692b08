"""The RAM cache of what every anonymous visitor gets alike (caching/fragments.py): an editor's
change is on the next anonymous page at once, nothing of a logged-in visitor or of one request
reaches another visitor, and the cache is really in use (else these tests would prove nothing).

Edits are committed by the test, as a save in the browser commits them; the test server's
thread reads them on its next request. The same with two processes: tests/operations/
test_fragments_processes.py (slow).
"""

from bs4 import BeautifulSoup
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.portlets.interfaces import IPortletAssignmentMapping
from plone.portlets.interfaces import IPortletManager
from site_client import from_site
from weissenfels.portal.caching import fragments
from zope.component import getMultiAdapter
from zope.component import getUtility
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent

import pytest
import re
import requests
import transaction


OWNER = (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)


def page(url, **kwargs):
    response = requests.get(url, timeout=30, **kwargs)
    assert response.status_code == 200
    return BeautifulSoup(response.text, "html.parser")


def main_navigation(soup):
    return soup.select_one("#portal-globalnav").get_text(" ", strip=True)


def cached(name):
    return [key for key in fragments._entries if key[0] == name]


CACHING = "plone.caching.interfaces.ICacheSettings.enabled"


@pytest.fixture
def section(functional_portal):
    """A published folder in the German root; plone.app.caching off: the uncached path."""
    fragments.clear()
    api.portal.set_registry_record(CACHING, False)
    with api.env.adopt_roles(["Manager"]):
        folder = api.content.create(
            container=functional_portal.de, type="Folder", id="abschnitt", title="Abschnitt Eins"
        )
        api.content.transition(obj=folder, transition="publish")
    transaction.commit()
    return folder


def test_anonymous_pages_use_the_cache(section):
    url = section.absolute_url()
    # (a first request may write, e.g. Plone upgrading a portlet assignment on use: nothing
    # built in a transaction that changed objects is kept, so the second one fills the cache)
    first = page(url)
    second = page(url)
    assert cached("global-sections") and cached("resources") and cached("language-links")
    assert str(page(url)) == str(second) == str(first)


def test_an_editors_new_title_is_on_the_next_anonymous_page(section):
    url = section.aq_parent.absolute_url()
    assert "Abschnitt Eins" in main_navigation(page(url))
    answer = requests.patch(
        section.absolute_url(),
        json={"title": "Abschnitt Zwei"},
        auth=OWNER,
        headers=from_site({"Accept": "application/json"}),
        timeout=30,
    )
    assert answer.status_code == 204
    navigation = main_navigation(page(url))
    assert "Abschnitt Zwei" in navigation and "Abschnitt Eins" not in navigation


def test_a_new_page_and_a_retracted_one_at_once(section, functional_portal):
    url = functional_portal.de.absolute_url()
    page(url)
    with api.env.adopt_roles(["Manager"]):
        news = api.content.create(container=functional_portal.de, type="Folder", id="neu", title="Ganz Neu")
        api.content.transition(obj=news, transition="publish")
        api.content.transition(obj=section, transition="retract")
    transaction.commit()
    navigation = main_navigation(page(url))
    assert "Ganz Neu" in navigation and "Abschnitt Eins" not in navigation


def test_what_a_logged_in_editor_sees_never_reaches_anonymous_visitors(section, functional_portal):
    with api.env.adopt_roles(["Manager"]):
        api.content.create(container=functional_portal.de, type="Folder", id="geheim", title="Geheimer Entwurf")
    transaction.commit()
    url = functional_portal.de.absolute_url()
    assert "Geheimer Entwurf" not in main_navigation(page(url))
    assert "Geheimer Entwurf" in main_navigation(page(url, auth=OWNER))
    assert "Geheimer Entwurf" not in main_navigation(page(url))
    # and the editor's page is built for the editor, not taken from the anonymous one
    assert "Geheimer Entwurf" in main_navigation(page(url, auth=OWNER))


def test_a_query_string_is_never_copied_into_another_visitors_links(section):
    url = section.absolute_url()
    with_query = page(url + "?kennung=abc123")
    assert "abc123" in str(with_query.select_one("#portal-languageselector") or with_query)
    assert "abc123" not in str(page(url))


def test_a_settings_change_is_on_the_next_anonymous_page(section, functional_portal):
    url = functional_portal.de.absolute_url()
    assert "Abschnitt Eins" in main_navigation(page(url))
    api.portal.set_registry_record("plone.generate_tabs", False)
    transaction.commit()
    assert "Abschnitt Eins" not in main_navigation(page(url))


def test_a_changed_site_action_is_in_the_next_anonymous_footer(section, functional_portal):
    url = section.absolute_url()
    footer = page(url).select_one("#portal-footer").get_text(" ", strip=True)
    assert "Übersicht" in footer  # "Site Map", translated
    action = functional_portal.portal_actions.site_actions.sitemap
    action.title = "Alle Seiten im Überblick"
    transaction.commit()
    footer = page(url).select_one("#portal-footer").get_text(" ", strip=True)
    assert "Alle Seiten im Überblick" in footer and "Übersicht" not in footer


def test_an_edited_navigation_portlet_is_on_the_next_anonymous_page(section, functional_portal):
    with api.env.adopt_roles(["Manager"]):
        child = api.content.create(container=section, type="Document", id="seite", title="Eine Seite")
        api.content.transition(obj=child, transition="publish")
    transaction.commit()
    url = section.absolute_url()  # a folder with a page in it: the navigation portlet shows
    page(url)
    page(url)
    assert cached("navigation")
    transaction.begin()  # see what the server's requests committed (Plone upgrades the assignment on use)
    manager = getUtility(IPortletManager, name="plone.leftcolumn", context=functional_portal)
    mapping = getMultiAdapter((functional_portal, manager), IPortletAssignmentMapping)
    assignment = mapping["navigation"]
    assignment.name = "Wegweiser durch das Portal"
    notify(ObjectModifiedEvent(assignment))
    transaction.commit()
    column = page(url).select_one("#portal-column-one").get_text(" ", strip=True)
    assert "Wegweiser durch das Portal" in column


def test_with_the_whole_page_ram_cache_an_edit_is_on_the_next_anonymous_page(section, functional_portal):
    """plone.app.caching's RAM cache (on in the default profile) keys pages on the same stamp."""
    api.portal.set_registry_record(CACHING, True)
    transaction.commit()
    url = functional_portal.de.absolute_url()
    assert "Abschnitt Eins" in main_navigation(page(url))
    assert requests.get(url, timeout=30).headers.get("X-RAMCache")  # the page came from its RAM cache
    with api.env.adopt_roles(["Manager"]):
        section.title = "Abschnitt Zwei"
        section.reindexObject()
    transaction.commit()
    navigation = main_navigation(page(url))
    assert "Abschnitt Zwei" in navigation and "Abschnitt Eins" not in navigation


@pytest.fixture
def case_form(functional_portal):
    """A published form (the add-on's form view); plone.app.caching off."""
    fragments.clear()
    api.portal.set_registry_record(CACHING, False)
    with api.env.adopt_roles(["Manager"]):
        form = api.content.create(container=functional_portal.de, type="EasyForm", id="formular", title="Formular")
        api.content.transition(obj=form, transition="publish")
    # easyform's example model fills the address from the member (a TALES default): such a
    # form is built per request; the site's forms have none.
    form.fields_model = re.sub(r'\s+easyform:T\w+="[^"]*"', "", form.fields_model)
    transaction.commit()
    return form


def started_token(html):
    return re.search(r'name="wsf_started" value="([^"]+)"', html).group(1)


def test_every_anonymous_visitor_gets_the_form_with_a_start_token_of_their_own(case_form):
    first = requests.get(case_form.absolute_url(), timeout=30).text
    second = requests.get(case_form.absolute_url(), timeout=30).text
    assert cached("case-form")
    one, two = started_token(first), started_token(second)
    assert one != two
    assert first.replace(one, "") == second.replace(two, "")
    assert "\x00" not in second


def test_an_edited_form_is_on_the_next_anonymous_page(case_form):
    url = case_form.absolute_url()
    requests.get(url, timeout=30)
    requests.get(url, timeout=30)
    assert cached("case-form")
    transaction.begin()
    case_form.fields_model = case_form.fields_model.replace(">Comments<", ">Ihre Beobachtung<")
    transaction.commit()
    assert "Ihre Beobachtung" in requests.get(url, timeout=30).text


def test_a_form_with_tales_fields_is_built_for_each_request(case_form):
    case_form.fields_model = case_form.fields_model.replace(
        "<title", '<title easyform:TDefault="python: 1"', 1
    ).replace("<model ", '<model xmlns:easyform="http://namespaces.plone.org/supermodel/easyform" ', 1)
    transaction.commit()
    requests.get(case_form.absolute_url(), timeout=30)
    assert not cached("case-form")
