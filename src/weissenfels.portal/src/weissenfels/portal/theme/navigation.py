"""Plone's global navigation without its invalid markup: the submenu opener was
`<label for=… role="button" aria-label=…>` (a label bound to a control may carry neither, Nu
Html Checker; axe aria-allowed-role); here the checkbox itself carries the name and the label
is the plain visual toggle. The list names the landmark (rules.xml copies it to the nav).
Each link's direction follows its text (dir="auto"): German titles in the right-to-left
chrome of a German fallback page for an Arabic visitor keep "Wer hilft mir?" readable.
The markup is the same for every anonymous visitor of a page: kept in RAM (caching/fragments.py)."""

from plone.app.layout.viewlets.common import GlobalSectionsViewlet
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from weissenfels.portal.caching import fragments


class GlobalSections(GlobalSectionsViewlet):
    index = ViewPageTemplateFile("templates/sections.pt")
    _opener_markup_template = (
        '<input id="navitem-{uid}" type="checkbox" class="opener" aria-label="{title}" />'
        '<label for="navitem-{uid}"></label>'
    )
    _item_markup_template = (
        '<li class="{id}{has_sub_class} nav-item">'
        '<a href="{url}" class="state-{review_state} nav-link" dir="auto"{aria_haspopup}>{title}</a>{opener}'
        "{sub}"
        "</li>"
    )

    def render(self):
        return fragments.fragment("global-sections", self.context, self.request, super().render)
