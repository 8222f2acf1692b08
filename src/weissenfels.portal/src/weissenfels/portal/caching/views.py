"""Plone's per-request work that is the same for every anonymous visitor, through fragments.py.

- the resource registry's script and style tags: Plone traverses to every bundle file and
  hashes its content on every request, to build URLs that change only with the files;
- the navigation portlet (its tree is a catalog query and two templates) and whether it shows;
- the actions portlet's links (the footer's site actions: every action's expressions evaluated);
- the icon resolver's inline SVG: the file parsed and rewritten per icon and request;
and what an anonymous visitor never sees: the toolbar's content views (edit, contents,
sharing tabs), which Plone computes on every page although the toolbar shows to members only.
"""

from . import fragments
from AccessControl import getSecurityManager
from plone.app.layout.viewlets.common import ContentViewsViewlet
from plone.app.portlets.portlets.actions import Renderer as ActionsRenderer
from plone.app.portlets.portlets.navigation import Renderer as NavigationRenderer
from Products.CMFCore.utils import getToolByName
from Products.CMFPlone.browser.icons import IconsView
from Products.CMFPlone.resources.browser.resource import REQUEST_CACHE_KEY
from Products.CMFPlone.resources.browser.resource import ScriptsView
from Products.CMFPlone.resources.browser.resource import StylesView
from threading import Lock


class CachedResources:
    """Mixin for the two resource viewlets: both read the one `rendered` dict."""

    def update(self):
        if getattr(self.request, REQUEST_CACHE_KEY, None) is None and not self._request_specific():
            rendered = fragments.fragment("resources", self.context, self.request, self._render_all)
            setattr(self.request, REQUEST_CACHE_KEY, dict(rendered))
        super().update()

    def _request_specific(self):
        enabled, disabled = self._request_bundles()
        return bool(enabled or disabled)

    def _render_all(self):
        super().update()
        rendered = dict(self.rendered)
        # Plone keeps it on the request; the cached copy is the one the next viewlet reads.
        delattr(self.request, REQUEST_CACHE_KEY)
        return rendered


class Scripts(CachedResources, ScriptsView):
    pass


class Styles(CachedResources, StylesView):
    pass


class Navigation(NavigationRenderer):
    """The navigation portlet: its markup and its `available` per assignment (the assignment's
    object id and serial: editing it changes both the serial and the stamp)."""

    def _assignment(self):
        data = self.data
        if hasattr(data, "_p_activate"):
            data._p_activate()  # its current serial, not the one it had before an edit
        return (getattr(data, "__name__", ""), getattr(data, "_p_oid", None), getattr(data, "_p_serial", None))

    @property
    def available(self):
        build = lambda: NavigationRenderer.available.fget(self)  # noqa: E731
        return fragments.fragment("navigation-available", self.context, self.request, build, *self._assignment())

    def render(self):
        build = super().render
        return fragments.fragment("navigation", self.context, self.request, build, *self._assignment())


class Actions(ActionsRenderer):
    """The actions portlet's links. Actions live in portal_actions, outside the catalog and the
    registry: the key carries the serial of the category and of each of its actions, which an
    edit of any of them changes."""

    def cachedLinks(self, actions_category, default_icon, show_icons):
        build = lambda: ActionsRenderer.cachedLinks(self, actions_category, default_icon, show_icons)  # noqa: E731
        extra = (actions_category, default_icon, show_icons, *self._serials(actions_category))
        links = fragments.fragment("actions", self.context, self.request, build, *extra)
        return [dict(link) for link in links]

    def _serials(self, category):
        actions = getToolByName(self.context, "portal_actions")
        folder = getattr(actions, category, None)
        objects = [actions] if folder is None else [actions, folder, *folder.objectValues()]
        for obj in objects:
            obj._p_activate()  # a ghost's serial is the one it had before it was invalidated
        return tuple(obj._p_serial for obj in objects)


_icons = {}
_icons_lock = Lock()


class Icons(IconsView):
    """Inline SVG icons: the same markup for everybody, from files on disk (Plone refuses icons
    stored in the database), so one per icon path, class and title for the process's life."""

    def tag(self, name, tag_class="", tag_alt=""):
        icon = self.lookup(name)
        if not icon.endswith(".svg"):
            return super().tag(name, tag_class, tag_alt)
        key = (icon, tag_class, str(tag_alt))
        markup = _icons.get(key)
        if markup is None:
            markup = super().tag(name, tag_class, tag_alt)
            with _icons_lock:
                if len(_icons) > fragments.MAX_ENTRIES:
                    _icons.clear()
                _icons[key] = markup
        return markup


class ContentViews(ContentViewsViewlet):
    """The toolbar's tabs: Plone's toolbar manager updates every viewlet before its template
    finds the toolbar hidden for anonymous visitors, so the tabs' actions were evaluated for
    nothing (8 % of a unit page)."""

    anonymous = False

    def update(self):
        self.anonymous = getSecurityManager().getUser().getUserName() == "Anonymous User"
        if self.anonymous:
            self.tabSet1, self.tabSet2 = [], []
            return
        super().update()

    def render(self):
        return "" if self.anonymous else super().render()
