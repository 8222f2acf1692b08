"""Requests as an attacker sends them to make a mail point elsewhere, and what such a mail
may contain: every link starts with the site's public URL, the forged host appears nowhere.

The Host header decides the URLs Zope builds for a request (absolute_url()); proxies pass
the client's host in X-Forwarded-Host; the password-reset mail names the requesting address,
which a client claims in X-Forwarded-For. A VirtualHostMonster path sets the URL just as well.
"""

from email.header import decode_header
from email.header import make_header
from urllib.parse import urlsplit

import re


EVIL = "evil.example"
LINK_RE = re.compile(r"https?://[^\s<>\"']+")


def origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def forged(portal_url):
    """Headers of a forged request; Origin is the site's own, so CSRF checks let it pass."""
    return {"Host": EVIL, "X-Forwarded-Host": EVIL, "X-Forwarded-For": EVIL, "Origin": origin(portal_url)}


def vhm_url(portal_url, path=""):
    """The same site through a VirtualHostMonster path that names the attacker's host."""
    parts = urlsplit(portal_url)
    site = parts.path.strip("/")
    return f"{origin(portal_url)}/VirtualHostBase/http/{EVIL}:80/{site}/VirtualHostRoot/{path}"


def mail_text(message):
    """Headers and decoded body of a received mail (email.message.Message)."""
    headers = "\n".join(f"{name}: {make_header(decode_header(value))}" for name, value in message.items())
    parts = [message] if not message.is_multipart() else [p for p in message.walk() if not p.is_multipart()]
    bodies = [p.get_payload(decode=True).decode(p.get_content_charset() or "utf-8") for p in parts]
    return "\n".join([headers, *bodies])


def assert_public_links(message, public_url):
    """The mail has links, each below the public URL, and no trace of the forged host; the
    links in order, each once (a multipart mail names them in its plain and its HTML part)."""
    text = mail_text(message)
    assert EVIL not in text
    links = list(dict.fromkeys(LINK_RE.findall(text)))
    assert links, text
    for link in links:
        assert link == public_url or link.startswith(public_url + "/"), link
    return links
