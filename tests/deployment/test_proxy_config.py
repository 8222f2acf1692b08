"""The nginx proxy profile as rendered (scripts/proxy_conf.py) is a configuration nginx accepts
(`nginx -t`, the Debian package), and it compresses only for visitors without credentials.
What the proxy does with real requests: test_proxy.py (slow)."""

from processes import free_port

import proxy_conf
import re
import shutil
import subprocess


NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def render(tmp_path, **options):
    tmp_path.chmod(0o777)  # nginx's workers run as an unprivileged user
    config = proxy_conf.render(
        "https://portal.example",
        f"127.0.0.1:{free_port()}",
        "weissenfels",
        tmp_path,
        listen=f"127.0.0.1:{free_port()}",
        **options,
    )
    (tmp_path / "nginx.conf").write_text(config)
    return config


def test_nginx_accepts_the_rendered_configuration(tmp_path):
    render(tmp_path)
    result = subprocess.run(
        [NGINX, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_compression_is_on_with_vary_for_text_types(tmp_path):
    config = render(tmp_path)
    http = config.split("server {", 1)[0]
    assert re.search(r"^\s*gzip on;", http, re.M)
    assert re.search(r"^\s*gzip_vary on;", http, re.M)
    types = re.search(r"gzip_types([^;]+);", http).group(1).split()
    assert {"text/css", "application/javascript", "application/json", "image/svg+xml"} <= set(types)
    # Zope answers nginx plainly: one variant in the cache, compressed on the way out.
    assert 'proxy_set_header Accept-Encoding "";' in config


def test_every_location_that_reaches_zope_switches_compression_off_for_credentials(tmp_path):
    config = render(tmp_path)
    credentials = re.search(r'map "([^"]+)" \$credentials \{\s*"" 0;\s*default 1;\s*\}', config)
    assert credentials, "no map of credentials"
    for variable in ("$http_authorization", "$cookie___ac", "$cookie_auth_token", "$cookie___ac_session"):
        assert variable in credentials.group(1)
    locations = re.findall(r"location [^{]+\{(.*?)\n        \}", config, re.S)
    proxied = [body for body in locations if "proxy_pass" in body]
    assert len(proxied) == 4
    for body in proxied:
        assert re.search(r"if \(\$credentials\) \{\s*gzip off;", body), body
        assert body.index("gzip off") < body.index("rewrite")  # a rewrite ... break ends the if checks
