"""Plone's own mails with their links from the site's public URL, not from the request.

Products.CMFPlone 6.2 builds the links of the mails it sends from the URL of the request,
which its Host header (or a VirtualHostMonster path) decides: a forged Host sent users a
password-reset token to another host. Registered on the add-on's layer, these views keep
Plone's texts and behaviour and take every link from public_url.py:

- `mail_password_template` and `registered_notify_template`: the password-reset mail
  (portal_registration.mailPassword, used by `mail_password`, `@@login-help` and
  plone.restapi's `@users/<id>/reset-password`) and the welcome mail of a new user
  (registeredNotify, used by `@users` and the user forms); both link to `passwordreset/<key>`
  through construct_url;
- `@@login-help`: the username reminder names the site by its URL;
- `@@contact-info`: the feedback mail to the site's address names the site by its URL;
- `sendto_form`: a page's link sent to someone.
"""

from plone import api
from Products.CMFPlone.browser import contact_info
from Products.CMFPlone.browser import sendto
from Products.CMFPlone.browser.login import login_help
from Products.CMFPlone.browser.login import password_reset
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from weissenfels.portal.public_url import public_url
from weissenfels.portal.public_url import url_of

import os


PLONE_LOGIN_TEMPLATES = os.path.join(os.path.dirname(password_reset.__file__), "templates")


class PublicURLPasswordResetToolView(password_reset.PasswordResetToolView):
    def construct_url(self, randomstring):
        # Plone's navigation root for portal_registration is the site itself.
        return url_of(api.portal.get(), f"passwordreset/{randomstring}")


class MailPasswordTemplate(PublicURLPasswordResetToolView):
    index = ViewPageTemplateFile("templates/mail_password_template.pt")

    def __call__(self, **options):
        return self.index(**options)


class RegisteredNotifyTemplate(PublicURLPasswordResetToolView):
    index = ViewPageTemplateFile("registered_notify_template.pt", _prefix=PLONE_LOGIN_TEMPLATES)

    def __call__(self, **options):
        return self.index(**options)


class AtPublicURL:
    """An object whose absolute_url() is its public URL; everything else is the object's."""

    def __init__(self, obj):
        self._obj = obj

    def __getattr__(self, name):
        return getattr(self._obj, name)

    def absolute_url(self):
        return url_of(self._obj)


class RequestUsername(login_help.RequestUsername):
    def send_username(self, portal, userinfo):
        super().send_username(AtPublicURL(portal), userinfo)


class LoginHelpForm(login_help.LoginHelpForm):
    index = ViewPageTemplateFile("login_help.pt", _prefix=PLONE_LOGIN_TEMPLATES)

    def update(self):
        # Plone's update(), with the username reminder above.
        subforms = []
        if self.can_reset_password():
            subforms.append(login_help.RequestResetPassword(None, self.request))
        if not self.use_email_as_login() and self.can_retrieve_username():
            subforms.append(RequestUsername(None, self.request))
        for subform in subforms:
            subform.update()
        self.subforms = subforms
        super(login_help.LoginHelpForm, self).update()


class ContactForm(contact_info.ContactForm):
    # Plone's template without the site's description: German, on every language's page.
    template = ViewPageTemplateFile("templates/contact_info.pt")

    def generate_mail(self, variables, encoding=None):
        return super().generate_mail(dict(variables, url=public_url()), encoding)


class SendToForm(sendto.SendToForm):
    mail_template = ViewPageTemplateFile("templates/sendto_template.pt")

    def portal_link(self):
        return public_url()

    def page_link(self):
        return url_of(self.context)
