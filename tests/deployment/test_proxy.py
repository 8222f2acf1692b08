"""The nginx proxy profile (profiles/proxy, rendered by scripts/proxy_conf.py) in front of the
functional test server: a fixed public host whatever Host a client forges, the ZMI and the Zope
root only for allowed addresses, the body limit of the public forms, HSTS over HTTPS, no
version banners, compression for anonymous visitors only (BREACH). A real nginx (Debian package,
scripts/system_deps.sh)."""

from pathlib import Path
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from processes import free_port
from Products.SiteAccess.VirtualHostMonster import manage_addVirtualHostMonster

import http.client
import proxy_conf
import pytest
import re
import requests
import shutil
import subprocess
import tempfile
import time
import transaction


pytestmark = pytest.mark.slow

PUBLIC = "https://portal.example"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
MB = 1024 * 1024


class Nginx:
    def __init__(self, prefix, zope, **options):
        self.port, self.prefix = free_port(), prefix
        prefix.mkdir(parents=True, exist_ok=True)
        config = prefix / "nginx.conf"
        config.write_text(proxy_conf.render(PUBLIC, zope, "plone", prefix, listen=f"127.0.0.1:{self.port}", **options))
        self.process = subprocess.Popen([NGINX, "-p", str(prefix), "-c", str(config)], stderr=subprocess.PIPE)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.process.stderr.read().decode()
            try:
                http.client.HTTPConnection("127.0.0.1", self.port, timeout=2).connect()
                return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("nginx did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def zope(functional_app, functional_portal):
    """host:port of the test server, with a VirtualHostMonster as every instance has."""
    if "virtual_hosting" not in functional_app.objectIds():
        manage_addVirtualHostMonster(functional_app, "virtual_hosting")
        transaction.commit()
    return functional_app.absolute_url().split("//")[1]


@pytest.fixture
def start(zope):
    """Starts nginx; its workers run as an unprivileged user: the prefix is theirs to write."""
    started, root = [], Path(tempfile.mkdtemp(prefix="wsf-proxy-"))
    root.chmod(0o777)

    def start(name="nginx", **options):
        (root / name).mkdir(mode=0o777)
        (root / name).chmod(0o777)
        server = Nginx(root / name, zope, **options)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
    shutil.rmtree(root, ignore_errors=True)


def get(server, path, scheme="http", **kwargs):
    # verify=False: the TLS proxy serves the test's own self-signed certificate for another name.
    return requests.get(
        f"{scheme}://127.0.0.1:{server.port}{path}",
        allow_redirects=False,
        timeout=30,
        verify=False,  # noqa: S501
        **kwargs,
    )


def test_a_forged_host_reaches_zope_as_the_public_host(start):
    proxy = start()
    response = get(proxy, "/de", headers={"Host": "evil.example", "X-Forwarded-Host": "evil.example"})
    assert response.status_code == 200, (proxy.prefix / "error.log").read_text()
    assert f'<link rel="canonical" href="{PUBLIC}/de"' in response.text or f'href="{PUBLIC}/de"' in response.text
    assert "evil.example" not in response.text
    assert f"{PUBLIC}/de" in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/manage_main",
        "/manage",
        "/de/manage_main",
        "/vorgaenge/manage_workspace",
        "/Control_Panel",
        "/_zope/manage_main",
        "/_zope/",
    ],
)
def test_the_zmi_and_the_zope_root_are_refused_to_other_addresses(start, path):
    proxy = start(admin_allow=("192.0.2.1",))
    response = get(proxy, path)
    assert response.status_code == 403
    assert "nginx/" not in response.text


@pytest.mark.parametrize(
    "path",
    [
        "/VirtualHostBase/http/evil.example:80/VirtualHostRoot/de",
        "/de/VirtualHostBase/http/evil.example:80/plone/VirtualHostRoot/",
        "/_vh_x/de",
        "/aq_parent",
        "/de/aq_parent/aq_parent/manage_main",
    ],
)
def test_zope_traversal_names_are_refused(start, path):
    proxy = start()
    assert get(proxy, path).status_code == 404


def test_allowed_addresses_reach_the_zope_root(start):
    proxy = start(admin_allow=("127.0.0.1",))
    response = get(proxy, "/_zope/manage_main")
    assert response.status_code == 401  # Zope's root asks for its administrator
    response = get(proxy, "/manage_main")
    assert response.status_code in (401, 302)


def post_announcing(proxy, path, length):
    """A POST announcing `length` bytes: nginx answers from the headers alone."""
    connection = http.client.HTTPConnection("127.0.0.1", proxy.port, timeout=30)
    connection.putrequest("POST", path)
    connection.putheader("Content-Type", "multipart/form-data; boundary=x")
    connection.putheader("Content-Length", str(length))
    connection.endheaders()
    return connection.getresponse()


def test_form_urls_refuse_bodies_larger_than_a_form_carries(start):
    proxy = start()
    limit = proxy_conf.form_body_mb() * MB
    assert proxy_conf.form_body_mb() == 51  # 5 photos x 10 MB + 1 MB (cases/public_uploads.py)
    refused = post_announcing(proxy, "/de/wohnraumkontrolle/formular", limit + 1)
    assert refused.status == 413 and "Content-Security-Policy" not in dict(refused.getheaders())  # nginx's
    assert post_announcing(proxy, "/ro/formular", limit + MB).status == 413


def test_editors_keep_a_larger_limit_elsewhere(start):
    proxy = start()
    body = b"x" * (proxy_conf.form_body_mb() * MB + MB)
    response = requests.post(
        f"http://127.0.0.1:{proxy.port}/intranet/@@nothing-here",
        data=body,
        headers={"Content-Type": "application/octet-stream"},
        timeout=120,
    )
    # nginx let the body through: Zope answered (with its own headers; for an anonymous body
    # that large Zope itself may say 413, cases/public_uploads.py), not nginx's error page.
    assert "Content-Security-Policy" in response.headers
    assert "<center>nginx</center>" not in response.text


def test_no_version_banners(start):
    proxy = start()
    for response in (get(proxy, "/de"), get(proxy, "/de/does-not-exist"), get(proxy, "/aq_parent")):
        assert response.headers.get("Server", "") in ("", "nginx")
        assert "X-Powered-By" not in response.headers
        assert "waitress" not in response.headers.get("Via", "")
        assert "nginx/" not in response.text


def test_hsts_over_https_only(start, tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            shutil.which("openssl") or "/usr/bin/openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=portal.example",
            "-days",
            "1",
        ],
        check=True,
        capture_output=True,
    )
    plain = start("plain")
    tls = start("tls", tls_cert=cert, tls_key=key)
    assert "Strict-Transport-Security" not in get(plain, "/de").headers
    for path in ("/de", "/de/does-not-exist", "/manage_main"):
        response = get(tls, path, scheme="https")
        assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000"), path


def encoding(response):
    return response.headers.get("Content-Encoding", "")


def test_anonymous_answers_are_compressed_with_vary(start):
    proxy = start()
    response = get(proxy, "/de", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert encoding(response) == "gzip"
    assert "Accept-Encoding" in response.headers.get("Vary", "")
    assert "</html>" in response.text  # requests inflated it: a whole page
    assert encoding(get(proxy, "/de", headers={"Accept-Encoding": "identity"})) == ""


def test_stylesheets_are_compressed_for_anonymous_visitors(start):
    proxy = start()
    page = get(proxy, "/de", headers={"Accept-Encoding": "gzip"}).text
    stylesheet = re.search(r'<link[^>]+href="https://portal\.example([^"]+\.css)"', page)
    assert stylesheet, "no stylesheet link"
    response = get(proxy, stylesheet.group(1), headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200 and encoding(response) == "gzip"


@pytest.mark.parametrize(
    "credentials",
    [
        {"auth": (SITE_OWNER_NAME, SITE_OWNER_PASSWORD)},
        {"cookies": {"__ac": "anything"}},
        {"cookies": {"auth_token": "anything"}},
        {"cookies": {"__ac_session": "anything"}},
    ],
    ids=["basic auth", "login cookie", "token cookie", "session cookie"],
)
def test_answers_to_requests_with_credentials_are_never_compressed(start, credentials):
    """BREACH: a logged-in page carries CSRF tokens next to reflected input."""
    proxy = start()
    response = get(proxy, "/de", headers={"Accept-Encoding": "gzip"}, **credentials)
    assert response.status_code == 200
    assert encoding(response) == ""
