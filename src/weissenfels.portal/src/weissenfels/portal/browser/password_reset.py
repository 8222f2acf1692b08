"""Plone's password-reset and welcome mails with links from the site's public URL.

Products.CMFPlone builds the link in both mails (`mail_password_template`, rendered by
portal_registration.mailPassword for the login-help form, `mail_password` and plone.restapi's
`@users/<id>/reset-password`; `registered_notify_template`, rendered by registeredNotify for
a new user) with PasswordResetToolView.construct_url from the navigation root's URL, which the
request's Host header decides: a forged Host sent users a reset token to another host.
Registered on the add-on's layer, these views build it from public_url.py instead.
"""

from plone import api
from Products.CMFPlone.browser.login import password_reset
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from weissenfels.portal.public_url import url_of

import os


PLONE_TEMPLATES = os.path.join(os.path.dirname(password_reset.__file__), "templates")


class PublicURLPasswordResetToolView(password_reset.PasswordResetToolView):
    def construct_url(self, randomstring):
        # Plone's navigation root for portal_registration is the site itself.
        return url_of(api.portal.get(), f"passwordreset/{randomstring}")


class MailPasswordTemplate(PublicURLPasswordResetToolView):
    index = ViewPageTemplateFile("templates/mail_password_template.pt")

    def __call__(self, **options):
        return self.index(**options)


class RegisteredNotifyTemplate(PublicURLPasswordResetToolView):
    index = ViewPageTemplateFile("registered_notify_template.pt", _prefix=PLONE_TEMPLATES)

    def __call__(self, **options):
        return self.index(**options)
