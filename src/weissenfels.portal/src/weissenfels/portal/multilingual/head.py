"""The page head in every language: title, description and language alternates.

Plone names a page "<title> — <navigation root title>"; with plone.app.multilingual the
navigation root is the language folder, so every page was "… — Deutsch" and the finder on
/ar was titled "العربية". Here the site's title follows the page's, pages that are views of
a language root get their own title and description, and the alternates name German, the
binding version, as x-default for search engines. Plone's own pages (search, login, site
map, contact, "not found") were all titled only with the site's name, so a
screen reader's list of tabs or a browser's history could not tell them apart (WCAG 2.4.2).
"""

from plone import api
from plone.app.layout.viewlets.common import TitleViewlet
from plone.app.layout.viewlets.common import ViewletBase
from plone.app.multilingual.browser.viewlets import AlternateLanguagesViewlet
from plone.app.multilingual.interfaces import ILanguageRootFolder
from plone.base.interfaces import IPloneSiteRoot
from weissenfels.portal import _
from weissenfels.portal.organisation import DEFAULT_LANGUAGE
from zope.i18n import translate

import html


# Views published on a language root, with the title and description of their page (the
# same messages as the page's heading and lead).
VIEW_HEADS = {
    "wer-hilft-mir": (
        _("finder_title", default="Who can help me?"),
        _(
            "finder_description",
            default="Choose what fits your situation. We show you who helps, how to reach them and which form to use.",
        ),
    ),
    "vorgang-status": (
        _("case_status_title", default="Status of your message"),
        _(
            "case_status_intro",
            default="Enter the reference number and the status code you were shown after sending the form.",
        ),
    ),
}
# Plone's own pages: their title; the description stays the site's default.
VIEW_TITLES = {
    "search": _("page_title_search", default="Search"),
    "login": _("page_title_login", default="Log in"),
    "login-help": _("page_title_login_help", default="Help with logging in"),
    "mail_password_form": _("page_title_password_reset", default="Reset your password"),
    "sitemap": _("page_title_sitemap", default="Site map"),
    "contact-info": _("page_title_contact", default="Contact"),
    # The staff's own pages on a root (site or language root): their heading's message.
    "organisation": _("organisation_title", default="Organisation"),
    "anordnungen-abfrage": _("lookup_title", default="Orders in force for an address"),
    "gebaeuderegister-kennzahlen": _("register_figures_title", default="Building register: figures"),
    "formularlogik": _("heading_form_logic", default="Form logic"),
    "vorgaenge-kennzahlen": _("figures_title", default="Case figures"),
    "outdated-translations": _("heading_outdated_translations", default="Outdated translations"),
    "uebersetzungen": _("heading_translations_dashboard", default="Translations"),
    "login-blocks": _("login_blocks_title", default="Login blocks"),
}
NOT_FOUND_TITLE = _("page_title_not_found", default="Page not found")
ERROR_TITLE = _("page_title_error", default="Error")  # any other error page
DEFAULT_DESCRIPTION = _(
    "meta_description_default",
    default="${site}: information, forms and help in your language.",
)


def _site_title():
    return api.portal.get_registry_record("plone.site_title", default="") or api.portal.get().Title()


def _view_name(viewlet):
    return getattr(viewlet.view, "__name__", "") or ""


class PageTitleViewlet(TitleViewlet):
    """ "<page> — <site>" on every page; the site's title alone on a language root's front."""

    def update(self):
        site_title = html.escape(_site_title())
        name = _view_name(self)
        own_title = VIEW_HEADS[name][0] if name in VIEW_HEADS else VIEW_TITLES.get(name)
        status = self.request.response.getStatus()
        if status == 404:
            own_title = NOT_FOUND_TITLE
        elif status >= 400 and own_title is None:  # a page of the portal's keeps its title
            own_title = ERROR_TITLE
        if own_title is not None:
            page_title = html.escape(translate(own_title, context=self.request))
        elif IPloneSiteRoot.providedBy(self.context) or ILanguageRootFolder.providedBy(self.context):
            page_title = site_title
        else:
            page_title = self.page_title
        self.site_title = site_title if page_title == site_title else self.sep.join([page_title, site_title])


class DescriptionViewlet(ViewletBase):
    """A meta description where the page has none of its own (Plone's Dublin Core viewlet
    writes the content's description when it has one)."""

    def update(self):
        super().update()
        head = VIEW_HEADS.get(_view_name(self))
        if head is not None:
            self.description = translate(head[1], context=self.request)
        elif self.context.Description():
            self.description = None
        else:
            self.description = translate(DEFAULT_DESCRIPTION, mapping={"site": _site_title()}, context=self.request)

    def render(self):
        if not self.description:
            return ""
        return f'<meta name="description" content="{html.escape(self.description, quote=True)}" />'


class AlternatesWithDefaultViewlet(AlternateLanguagesViewlet):
    """PAM's alternates plus x-default: the German version, the binding one."""

    def update(self):
        super().update()
        german = [item for item in self.alternates if item["lang"] == DEFAULT_LANGUAGE]
        self.alternates = list(self.alternates)
        if german and len(self.alternates) > 1:
            self.alternates.append({"lang": "x-default", "url": german[0]["url"]})
