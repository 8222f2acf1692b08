"""Render a deployment profile (profiles/<name>/*.in) into a Zope instance folder.

    python scripts/make_instance.py embedded [--target instance] [--port 8080]

Placeholders: ${instance_home}, ${var_dir}, ${http_host}, ${http_port}, ${threads},
${trusted_proxy_lines} (from WSF_TRUSTED_PROXIES, addresses separated by spaces), plus
any other ${name} taken from the environment variable WSF_<NAME> (e.g. WSF_PG_DSN).
"""

from pathlib import Path
from string import Template

import argparse
import os
import sys


REPO = Path(__file__).resolve().parent.parent


def render(profile, target, **overrides):
    source = REPO / "profiles" / profile
    if not source.is_dir():
        sys.exit(f"No deployment profile {profile!r} in {REPO / 'profiles'}")
    target = Path(target).resolve()
    values = {
        "instance_home": str(target),
        "var_dir": str(target / "var"),
        "http_host": "127.0.0.1",
        "http_port": "8080",
        "threads": "4",
    }
    values.update({k[4:].lower(): v for k, v in os.environ.items() if k.startswith("WSF_")})
    values.update({k: str(v) for k, v in overrides.items() if v is not None})
    # Addresses allowed to name the client in X-Forwarded-For (a proxy on this machine).
    # None by default: without a proxy in front, anybody on the machine could name any
    # client and escape the login throttle and the rate limits.
    values["trusted_proxy_lines"] = "\n".join(
        f"trusted-proxy {address}" for address in values.get("trusted_proxies", "").split()
    )
    etc = target / "etc"
    etc.mkdir(parents=True, exist_ok=True)
    for sub in ("filestorage", "blobstorage", "log", "cache"):
        (Path(values["var_dir"]) / sub).mkdir(parents=True, exist_ok=True)
    for template in sorted(source.glob("*.in")):
        text = Template(template.read_text(encoding="utf-8")).substitute(values)
        (etc / template.name[:-3]).write_text(text, encoding="utf-8")
    return etc


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profile")
    parser.add_argument("--target", default=str(REPO / "instance"))
    parser.add_argument("--port")
    parser.add_argument("--host")
    parser.add_argument("--var-dir")
    args = parser.parse_args()
    etc = render(args.profile, args.target, http_port=args.port, http_host=args.host, var_dir=args.var_dir)
    print(f"Instance configuration written to {etc}")


if __name__ == "__main__":
    main()
