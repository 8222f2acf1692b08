"""Render the nginx proxy profile (profiles/proxy/nginx.conf.tmpl) for a public URL.

    .venv/bin/python scripts/proxy_conf.py --public-url https://portal.weissenfels.de \\
        --zope 127.0.0.1:8080 --site weissenfels --prefix /srv/portal/nginx \\
        --tls-cert /etc/ssl/portal.pem --tls-key /etc/ssl/portal.key > nginx.conf
    nginx -p /srv/portal/nginx -c /srv/portal/nginx.conf

Without --tls-cert it listens in plain HTTP on --listen (behind a TLS terminator of your own,
or for tests and the benchmark). With TLS it listens on 443 and redirects port 80 to HTTPS.
The form body limit is the one of cases/public_uploads.py: 5 photos x max_upload_mb + 1 MB.
"""

from pathlib import Path
from string import Template
from urllib.parse import urlsplit

import argparse
import sys


TEMPLATE = Path(__file__).resolve().parents[1] / "profiles" / "proxy" / "nginx.conf.tmpl"
MAX_FILES = 5  # cases/public_uploads.py MAX_FILES
DEFAULT_MAX_UPLOAD_MB = 10  # cases/settings.py ICaseSettings.max_upload_mb


def form_body_mb(max_upload_mb=DEFAULT_MAX_UPLOAD_MB):
    """What a public form can carry, in MB: its photos plus 1 MB of text (body_limit)."""
    return MAX_FILES * max_upload_mb + 1


def render(
    public_url,
    zope_address,
    site_id,
    prefix,
    *,
    listen="127.0.0.1:8080",
    admin_allow=("127.0.0.1",),
    tls_cert=None,
    tls_key=None,
    max_upload_mb=DEFAULT_MAX_UPLOAD_MB,
    editor_body_mb=200,
    cache_seconds=60,
    extra="",
    redirect_http=False,
):
    url = urlsplit(public_url)
    port = url.port or (443 if url.scheme == "https" else 80)
    if tls_cert:
        listen_lines = (
            f"listen {listen or 443} ssl;\n        ssl_certificate {tls_cert};\n"
            f"        ssl_certificate_key {tls_key};\n        ssl_protocols TLSv1.2 TLSv1.3;"
        )
        if redirect_http:
            extra += (
                f"    server {{\n        listen 80;\n        server_name {url.hostname};\n"
                f"        server_tokens off;\n        return 301 https://{url.hostname}$request_uri;\n    }}\n"
            )
    else:
        listen_lines = f"listen {listen};"
    # An empty allow-list: an address no client has, so the ZMI answers nobody through nginx.
    allow = "; allow ".join(admin_allow or ("0.0.0.0/32",))
    return Template(TEMPLATE.read_text()).substitute(
        prefix=prefix,
        public_scheme=url.scheme,
        public_host=url.hostname,
        public_port=port,
        site_id=site_id,
        zope_address=zope_address,
        listen=listen_lines,
        admin_allow=allow,
        form_body_mb=form_body_mb(max_upload_mb),
        editor_body_mb=editor_body_mb,
        cache_seconds=cache_seconds,
        extra=extra,
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--public-url", required=True, help="e.g. https://portal.weissenfels.de (the site is its root)")
    parser.add_argument("--zope", default="127.0.0.1:8080", help="address of Zope (or HAProxy)")
    parser.add_argument("--site", default="weissenfels", help="id of the Plone site in Zope")
    parser.add_argument("--prefix", required=True, help="nginx's working directory (pid, cache, logs)")
    parser.add_argument("--listen", help="listen address (default 127.0.0.1:8080, with TLS 443)")
    parser.add_argument("--admin-allow", action="append", help="address or network that may open the ZMI (repeat)")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--max-upload-mb", type=int, default=DEFAULT_MAX_UPLOAD_MB)
    args = parser.parse_args(argv)
    sys.stdout.write(
        render(
            args.public_url,
            args.zope,
            args.site,
            args.prefix,
            listen=args.listen or ("443" if args.tls_cert else "127.0.0.1:8080"),
            redirect_http=bool(args.tls_cert),
            admin_allow=tuple(args.admin_allow or ("127.0.0.1",)),
            tls_cert=args.tls_cert,
            tls_key=args.tls_key,
            max_upload_mb=args.max_upload_mb,
        )
    )


if __name__ == "__main__":
    main()
