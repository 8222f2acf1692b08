"""plone.app.testing layers of weissenfels.portal.

FIXTURE          the add-on's default profile on a Plone site (languages, groups, theme) and
                 the German pages of the seed's five units (their groups and case folders)
DEMO_FIXTURE     plus the demo profile (demo users, DEMO_PASSWORD below)
*_INTEGRATION    in-process, transaction rolled back after each test
*_FUNCTIONAL     with a real WSGI server on localhost: tests speak HTTP to it
"""

from plone import api
from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PLONE_FIXTURE
from plone.app.testing import PloneSandboxLayer
from plone.testing import zope as zope_testing
from weissenfels.portal.public_url import RECORD

import os
import secrets
import transaction


# The demo users' password in the test layers: new in every run, none is in the repository.
DEMO_PASSWORD = secrets.token_urlsafe(16)


class PortalLayer(PloneSandboxLayer):
    defaultBases = (PLONE_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        import weissenfels.portal

        self.loadZCML(package=weissenfels.portal)
        # plone.supermodel runs schema directive plugins (PAM's languageindependent) at the
        # end of its own ZCML run; in the instance ours is part of that run, in tests it
        # comes after PLONE_FIXTURE's, so finish our schemas here.
        from plone.supermodel.model import finalizeSchemas

        finalizeSchemas()

    def setUpPloneSite(self, portal):
        from weissenfels.portal.setuphandlers.demo import create_seed_units

        applyProfile(portal, "weissenfels.portal:default")
        # The units are content: the seed's German unit pages bring their groups and case
        # folders (as the demo profile does), so every layer has the five units.
        with api.env.adopt_roles(["Manager"]):
            create_seed_units(portal)


FIXTURE = PortalLayer()


class DemoLayer(PloneSandboxLayer):
    defaultBases = (FIXTURE,)

    def setUpPloneSite(self, portal):
        os.environ["DEMO_PASSWORD"] = DEMO_PASSWORD
        try:
            applyProfile(portal, "weissenfels.portal:demo")
        finally:
            del os.environ["DEMO_PASSWORD"]


DEMO_FIXTURE = DemoLayer()


class InstanceCacheFunctionalTesting(FunctionalTesting):
    """plone.app.testing's functional layer with the ZODB cache of the instance.

    ZODB's default (400 objects per connection) makes a big request (a form submission)
    ghost the site's component registry when it closes its connection; ZPublisher then looks
    up the EndRequestEvent subscribers through that registry and answers 500 although the
    transaction committed (seen at 50 concurrent submissions). Instances have room for far
    more (cache-size in profiles/*/zope.conf.in); so have the tests.
    """

    def testSetUp(self):
        super().testSetUp()
        self["zodbDB"].setCacheSize(150_000)
        # Links in mails and the CSRF origin come from the configured public URL
        # (public_url.py), as on a real site: here, the test server's.
        self["portal"].portal_registry[RECORD] = f"http://{self['host']}:{self['port']}/plone"
        transaction.commit()


INTEGRATION_TESTING = IntegrationTesting(bases=(FIXTURE,), name="WeissenfelsPortal:Integration")
FUNCTIONAL_TESTING = InstanceCacheFunctionalTesting(
    bases=(FIXTURE, zope_testing.WSGI_SERVER_FIXTURE), name="WeissenfelsPortal:Functional"
)
DEMO_INTEGRATION_TESTING = IntegrationTesting(bases=(DEMO_FIXTURE,), name="WeissenfelsPortal:DemoIntegration")
DEMO_FUNCTIONAL_TESTING = InstanceCacheFunctionalTesting(
    bases=(DEMO_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE), name="WeissenfelsPortal:DemoFunctional"
)


# The intranet: demo content plus one Protokoll per workflow state in the Clearingstelle's
# workspace, written by one tandem lead, for the isolation matrix (tests/intranet).
MATRIX_WORKSPACE = "ag-clearingstelle"
MATRIX_AUTHOR = "leitung-clearingstelle-landkreis"
MATRIX_STATES = ("draft", "internal", "submitted", "accepted")


# The transitions from draft to each state of a Protokoll or Gruppenbericht.
TRANSITIONS_TO = {
    "draft": [],
    "internal": ["make_internal"],
    "submitted": ["make_internal", "submit"],
    "accepted": ["make_internal", "submit", "accept"],
}


def transition_as(obj, author, lead, state):
    """Bring a new intranet item to state as its author would, a tandem lead accepting."""
    from plone import api

    for transition in TRANSITIONS_TO[state]:
        with api.env.adopt_user(username=lead if transition == "accept" else author):
            api.content.transition(obj=obj, transition=transition)


class IntranetLayer(PloneSandboxLayer):
    defaultBases = (DEMO_FIXTURE,)

    def setUpPloneSite(self, portal):
        from plone import api

        import datetime

        workspace = portal["intranet"][MATRIX_WORKSPACE]
        for state in MATRIX_STATES:
            with api.env.adopt_user(username=MATRIX_AUTHOR):
                protokoll = api.content.create(
                    container=workspace,
                    type="Protokoll",
                    id=f"matrix-{state}",
                    title=f"Matrixprobe {state}",
                    meeting_start=datetime.datetime(2022, 1, 5, 10, 0),
                )
            transition_as(protokoll, MATRIX_AUTHOR, "leitung-clearingstelle-stadt", state)


INTRANET_FIXTURE = IntranetLayer()
INTRANET_INTEGRATION_TESTING = IntegrationTesting(
    bases=(INTRANET_FIXTURE,), name="WeissenfelsPortal:IntranetIntegration"
)
INTRANET_FUNCTIONAL_TESTING = InstanceCacheFunctionalTesting(
    bases=(INTRANET_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE), name="WeissenfelsPortal:IntranetFunctional"
)


# A second town, created through the distribution (distribution.py) beside the test site:
# three languages, no example content, its own prefix, postcodes and controller.
MUSTERSTADT_ANSWERS = {
    "site_id": "musterstadt",
    "title": "Der Musterstädter Weg",
    "town_name": "Musterstadt",
    "district_name": "Landkreis Musterland",
    "reference_prefix": "MST-",
    "postcodes": ["12345", "12346"],
    "controller": "Stadt Musterstadt, vertreten durch die Bürgermeisterin, Rathausplatz 1, 12345 Musterstadt",
    "data_protection_officer": "Datenschutzbeauftragter der Stadt Musterstadt, Rathausplatz 1, 12345 Musterstadt",
    "languages": ["de", "en", "pl"],
    "setup_content": False,
}


class MusterstadtLayer(PloneSandboxLayer):
    defaultBases = (FIXTURE,)

    def setUpZope(self, app, configurationContext):
        # The instance loads plone.distribution (through plone.classicui); the test fixture
        # of Plone does not: its site-creation screen and @sites come with it.
        import plone.distribution

        self.loadZCML(package=plone.distribution)

    def setUpPloneSite(self, portal):
        from plone.app.testing import login
        from plone.app.testing import logout
        from plone.app.testing import SITE_OWNER_NAME
        from plone.distribution.api import site as site_api
        from zope.component.hooks import getSite
        from zope.component.hooks import setSite
        from zope.globalrequest import getRequest
        from zope.globalrequest import setRequest

        app = portal.aq_parent
        site, request = getSite(), getRequest()
        login(app, SITE_OWNER_NAME)  # as the Zope root's admin on the site-creation screen
        try:
            site_api.create(app, "weissenfels", dict(MUSTERSTADT_ANSWERS))
        finally:
            logout()
            setSite(site)  # the layers after this one work on the test site again
            setRequest(request)


MUSTERSTADT_FIXTURE = MusterstadtLayer()


class MusterstadtFunctionalTesting(InstanceCacheFunctionalTesting):
    def testSetUp(self):
        super().testSetUp()
        registry = self["app"]["musterstadt"].portal_registry
        registry[RECORD] = f"http://{self['host']}:{self['port']}/musterstadt"
        transaction.commit()


MUSTERSTADT_FUNCTIONAL_TESTING = MusterstadtFunctionalTesting(
    bases=(MUSTERSTADT_FIXTURE, zope_testing.WSGI_SERVER_FIXTURE), name="WeissenfelsPortal:MusterstadtFunctional"
)
