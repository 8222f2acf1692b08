"""A site made exactly as `make start` makes it (make_instance.py, create_site.py with the demo
content, runwsgi), for the journeys and checks that must hold on the product, not only in the
test layer. `started_site` (tests/conftest.py) builds one per test run, shared by every test
that asks for it; its mails go to a real SMTP sink (aiosmtpd) through the environment
variables `make start` reads (SMTP_HOST, SMTP_PORT, MAIL_FROM).
"""

from dataclasses import dataclass
from dataclasses import field
from processes import BIN
from processes import create_site
from processes import free_port
from processes import render_instance
from processes import REPO
from processes import Server
from processes import zconsole
from site_client import origin_of
from smtp_sink import start_sink

import json
import requests
import secrets


MAIL_FROM = "portal@weissenfels.example"


@dataclass
class StartedSite:
    url: str  # the Plone site, e.g. http://localhost:PORT/weissenfels
    admin_password: str
    demo_password: str
    sink: object  # smtp_sink.Sink: every mail the site sent
    server: Server = field(repr=False, default=None)
    # What the site consisted of right after its creation (tests/distribution/site_fingerprint.py).
    fingerprint: dict = field(repr=False, default=None)
    # What create_site.py printed and logged while it made the site (stdout and stderr).
    creation_log: str = field(repr=False, default="")

    def stop(self):
        self.server.stop()


def start_site(target, sink_port, **env):
    """Render an embedded instance into target, create the demo site, serve it."""
    port = free_port()
    render_instance("embedded", target, port=port)
    admin_password = secrets.token_urlsafe(12)
    demo_password = secrets.token_urlsafe(12)
    created = create_site(
        target,
        ADMIN_PASSWORD=admin_password,
        DEMO_PASSWORD=demo_password,
        PORT=str(port),
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(sink_port),
        MAIL_FROM=MAIL_FROM,
        **env,
    )
    url = f"http://localhost:{port}/weissenfels"
    fingerprint = json.loads(zconsole(target, REPO / "tests" / "distribution" / "site_fingerprint.py").stdout)
    server = Server([str(BIN / "runwsgi"), str(target / "etc" / "zope.ini")], url)
    return url, admin_password, demo_password, server, fingerprint, created.stdout + created.stderr


# The tests that share the site all post from 127.0.0.1: more forms in ten minutes than the
# per-client limit lets one resident send (cases/settings.py). An administrator raises it in
# the registry, as one would for a busy shared address.
SHARED_CLIENT_LIMIT = {"weissenfels.portal.cases.settings.ICaseSettings.rate_limit_count": 500}


def allow_many_submissions(url, admin_password):
    answer = requests.patch(
        url + "/@registry",
        json=SHARED_CLIENT_LIMIT,
        auth=("admin", admin_password),
        headers={"Accept": "application/json", "Origin": origin_of(url)},
        timeout=60,
    )
    assert answer.status_code == 204, answer.text


def started_site_fixture(tmp_path_factory):
    sink, controller = start_sink()
    target = tmp_path_factory.mktemp("started-site")
    url, admin_password, demo_password, server, fingerprint, creation_log = start_site(target, controller.port)
    allow_many_submissions(url, admin_password)
    site = StartedSite(url, admin_password, demo_password, sink, server, fingerprint, creation_log)
    try:
        yield site
    finally:
        site.stop()
        controller.stop()
