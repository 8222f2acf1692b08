"""Create (or update) the Plone site; run with `zconsole run instance/etc/zope.conf scripts/create_site.py`.

First run: admin user, the site `weissenfels` with the add-on's default profile and, unless
WSF_NO_DEMO=1, the demo profiles (users and content, then a few handled demo cases). Later
runs keep the site and its data; they only apply pending upgrade steps and, if
ADMIN_PASSWORD is set, set the admin's password to it.
"""

# `app` is bound by zconsole.
from plone.distribution.api import site as site_api
from urllib.parse import urlparse
from zope.component.hooks import setSite

import os
import secrets
import transaction


SITE_ID = os.environ.get("WSF_SITE_ID", "weissenfels")
ADMIN = "admin"
PROFILE = "weissenfels.portal:default"
DEMO_PROFILE = "weissenfels.portal:demo"
DEMO_CASES_PROFILE = "weissenfels.portal:demo-cases"
PUBLIC_URL_RECORD = "weissenfels.portal.public_url"


def ensure_admin(app):
    users = app.acl_users
    password = os.environ.get("ADMIN_PASSWORD")
    if users.getUserById(ADMIN) is None:
        if not password:
            password = secrets.token_urlsafe(12)
            print(f"\n*** Generated password for '{ADMIN}' (shown once): {password}\n", flush=True)
        users._doAddUser(ADMIN, password, ["Manager"], [])
    elif password:
        # The root user folder is a PluggableAuthService; its ZODB user plugin holds the password.
        users.users.updateUserPassword(ADMIN, password)
    transaction.commit()  # site creation starts a transaction of its own


def create_site(app):
    site = site_api.create(
        app,
        "classic",
        {
            "site_id": SITE_ID,
            "title": "Der Weißenfelser Weg",
            "description": "Portal der Stadt Weißenfels und des Burgenlandkreises",
            "default_language": "de",
            "portal_timezone": "Europe/Berlin",
            "setup_content": False,
        },
    )
    setSite(site)
    setup = site.portal_setup
    setup.runAllImportStepsFromProfile(f"profile-{PROFILE}")
    if os.environ.get("WSF_NO_DEMO") != "1":
        setup.runAllImportStepsFromProfile(f"profile-{DEMO_PROFILE}")
        # Case references are counted on a second connection (content/vorgang.py): the
        # case folders must be in the database before the first case.
        transaction.commit()
        setup.runAllImportStepsFromProfile(f"profile-{DEMO_CASES_PROFILE}")
    transaction.commit()
    print(f"Created Plone site '{SITE_ID}'.", flush=True)


def set_public_url(site):
    """Links in mails are built from this URL, never from a request's Host header.
    PUBLIC_URL sets it; without it a site that has none gets the local URL."""
    registry = site.portal_registry
    wanted = os.environ.get("PUBLIC_URL", "").strip().rstrip("/")
    if wanted or not registry.get(PUBLIC_URL_RECORD):
        registry[PUBLIC_URL_RECORD] = wanted or f"http://localhost:{os.environ.get('PORT', '8080')}/{SITE_ID}"
        transaction.commit()
    print(f"Public URL: {registry[PUBLIC_URL_RECORD]}", flush=True)


MAIL_RECORDS = {
    # environment variable -> Plone's mail control panel record
    "MAIL_FROM": "plone.email_from_address",
    "MAIL_FROM_NAME": "plone.email_from_name",
    "SMTP_HOST": "plone.smtp_host",
    "SMTP_PORT": "plone.smtp_port",
    "SMTP_USER": "plone.smtp_userid",
    "SMTP_PASSWORD": "plone.smtp_pass",
}


def mail_defaults(registry):
    """Local defaults: an SMTP server on localhost:25 and a sender at the public URL's host.
    Without a sender address Plone sends nothing (contact form, intranet notifications)."""
    host = urlparse(registry.get(PUBLIC_URL_RECORD) or "").hostname or "localhost"
    return {
        "MAIL_FROM": f"portal@{host}",
        "MAIL_FROM_NAME": "Der Weißenfelser Weg",
        "SMTP_HOST": "localhost",
        "SMTP_PORT": "25",
    }


def set_mail_settings(site):
    """On every run: each variable that is set wins; a record still empty gets its default,
    so a sender set in the control panel survives a `make start` without MAIL_FROM."""
    registry = site.portal_registry
    defaults = mail_defaults(registry)
    for variable, record in MAIL_RECORDS.items():
        value = os.environ.get(variable, "").strip()
        if not value and registry.get(record):
            continue
        value = value or defaults.get(variable)
        if value is None:
            continue
        registry[record] = int(value) if record == "plone.smtp_port" else value
    transaction.commit()
    print(
        f"Mail: from {registry['plone.email_from_address']} via "
        f"{registry['plone.smtp_host']}:{registry['plone.smtp_port']}",
        flush=True,
    )


def upgrade_site(site):
    setSite(site)
    setup = site.portal_setup
    if setup.listUpgrades(PROFILE):
        setup.upgradeProfile(PROFILE)
        transaction.commit()
        print(f"Upgraded {PROFILE} to {setup.getLastVersionForProfile(PROFILE)}.", flush=True)
    else:
        print(f"Plone site '{SITE_ID}' exists; nothing to upgrade.", flush=True)


ensure_admin(app)  # noqa: F821
if SITE_ID in app.objectIds():  # noqa: F821
    upgrade_site(app[SITE_ID])  # noqa: F821
else:
    create_site(app)  # noqa: F821
set_public_url(app[SITE_ID])  # noqa: F821
set_mail_settings(app[SITE_ID])  # noqa: F821
