/* The public pages' script for visitors who are not logged in (issue 19).
 *
 * Plone's `plone` bundle (Bootstrap, jQuery, Patternslib and mockup, about 270 KB compressed in
 * a dozen files) costs a cheap phone over a second of main-thread work on every page, while a
 * public page uses only a handful of its functions. This file gives those functions with the
 * same markup and classes, and loads the whole bundle where a page needs more:
 *
 * - the mobile navigation (Bootstrap's offcanvas: `data-bs-toggle="offcanvas"`, close button,
 *   Escape, backdrop, focus kept inside while open, returned to the toggler);
 * - pat-navigationmarker: `inPath` / `current` on the navigation items of the page's path, the
 *   path's submenu opened;
 * - the forms' pat-formautofocus (first field with an error, else the first field) and
 *   pat-formunloadalert (the browser asks before leaving a changed form, not after sending);
 * - pat-validation: the browser's own checks of `required` fields, in the visitor's language
 *   (the server checks everything again, as before);
 * - pat-livesearch: the whole bundle is loaded when the visitor first goes to the search box,
 *   and Plone's live search then works as on every Plone page;
 * - the login link opens the login page (as it does without JavaScript).
 *
 * Any other pattern (`pat-*` class) or Bootstrap component on the page: the whole bundle is
 * loaded at once and nothing here runs, so no page loses a function. Loaded deferred for
 * anonymous visitors only (bundle weissenfels-public); logged-in users get Plone's bundle.
 * No inline script, no dependency (CSP script-src 'self').
 */
(function () {
  "use strict";

  var HANDLED = ["navigationmarker", "livesearch", "formautofocus", "formunloadalert", "validation", "plone-modal"];
  var FULL_BUNDLE = "/++plone++static/bundle-plone/bundle.min.js";
  var fullLoaded = false;

  function portalUrl() {
    return (document.body.getAttribute("data-portal-url") || location.origin).replace(/\/$/, "");
  }

  function loadFull() {
    if (fullLoaded) {
      return;
    }
    fullLoaded = true;
    var script = document.createElement("script");
    script.src = portalUrl() + FULL_BUNDLE;
    script.setAttribute("data-bundle", "plone");
    document.head.appendChild(script);
  }

  function patternsOnPage() {
    var names = [];
    var elements = document.querySelectorAll("[class*='pat-']");
    for (var i = 0; i < elements.length; i++) {
      var classes = elements[i].classList;
      for (var j = 0; j < classes.length; j++) {
        if (classes[j].indexOf("pat-") === 0) {
          names.push({ name: classes[j].slice(4), element: elements[i] });
        }
      }
    }
    return names;
  }

  function needsFullBundle() {
    var patterns = patternsOnPage();
    for (var i = 0; i < patterns.length; i++) {
      var pattern = patterns[i];
      if (HANDLED.indexOf(pattern.name) === -1) {
        return true;
      }
      if (pattern.name === "plone-modal" && pattern.element.id !== "personaltools-login") {
        return true;
      }
    }
    var toggles = document.querySelectorAll("[data-bs-toggle]");
    for (var k = 0; k < toggles.length; k++) {
      if (toggles[k].getAttribute("data-bs-toggle") !== "offcanvas") {
        return true;
      }
    }
    return false;
  }

  /* The handled patterns' classes go, so that Plone's bundle, if loaded for the live search,
   * does not run them a second time (autofocus would take the focus from the search box). */
  function takeOver(name) {
    var elements = document.querySelectorAll(".pat-" + name);
    for (var i = 0; i < elements.length; i++) {
      elements[i].classList.remove("pat-" + name);
    }
    return elements;
  }

  // --- the mobile navigation (Bootstrap 5's offcanvas, same classes) ---
  var FOCUSABLE = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])";

  function offcanvas(toggler) {
    var panel = document.querySelector(toggler.getAttribute("data-bs-target"));
    if (!panel) {
      return;
    }
    var backdrop = null;
    toggler.removeAttribute("data-bs-toggle"); // Bootstrap, if loaded later, leaves it to us
    toggler.setAttribute("aria-expanded", "false");

    function isOpen() {
      return panel.classList.contains("show");
    }

    function keepFocus(event) {
      if (isOpen() && !panel.contains(event.target)) {
        panel.focus();
      }
    }

    function onKey(event) {
      if (event.key === "Escape" && isOpen()) {
        close();
      }
    }

    function open() {
      panel.classList.add("show");
      panel.setAttribute("aria-modal", "true");
      panel.setAttribute("role", "dialog");
      panel.style.visibility = "visible";
      toggler.setAttribute("aria-expanded", "true");
      backdrop = document.createElement("div");
      backdrop.className = "offcanvas-backdrop fade show";
      backdrop.addEventListener("click", close);
      document.body.appendChild(backdrop);
      document.body.style.overflow = "hidden";
      document.addEventListener("focusin", keepFocus);
      document.addEventListener("keydown", onKey);
      var first = panel.querySelector(FOCUSABLE);
      (first || panel).focus();
    }

    function close() {
      panel.classList.remove("show");
      panel.removeAttribute("aria-modal");
      panel.removeAttribute("role");
      panel.style.visibility = "";
      toggler.setAttribute("aria-expanded", "false");
      if (backdrop) {
        backdrop.remove();
        backdrop = null;
      }
      document.body.style.overflow = "";
      document.removeEventListener("focusin", keepFocus);
      document.removeEventListener("keydown", onKey);
      toggler.focus();
    }

    toggler.addEventListener("click", function (event) {
      event.preventDefault();
      if (isOpen()) {
        close();
      } else {
        open();
      }
    });
    var closers = panel.querySelectorAll("[data-bs-dismiss='offcanvas']");
    for (var i = 0; i < closers.length; i++) {
      closers[i].removeAttribute("data-bs-dismiss");
      closers[i].addEventListener("click", close);
    }
    // Wider than a phone the navigation is a bar (navbar-expand-lg): a panel left open closes.
    window.addEventListener("resize", function () {
      if (isOpen() && getComputedStyle(panel).position === "static") {
        close();
      }
    });
  }

  // --- pat-navigationmarker ---
  function cleanUrl(url) {
    return (url || "").split("/view")[0].split("@@")[0].split("++")[0].replace(/\/$/, "");
  }

  function markNavigation(nav) {
    var portal = cleanUrl(portalUrl());
    var here = cleanUrl(location.href.split("?")[0].split("#")[0]);
    var links = nav.querySelectorAll("a");
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      var item = link.parentElement;
      var target = cleanUrl(link.href);
      if (here.indexOf(target) !== 0) {
        continue;
      }
      var opener = item.querySelector(":scope > input[type=checkbox]");
      if (opener) {
        opener.checked = true;
      }
      if ((here.indexOf(target + "/") === 0 && target !== portal) || here === target) {
        item.classList.add("inPath");
      }
      if (here === target) {
        item.classList.add("current");
        link.classList.add("current");
      }
    }
  }

  // --- pat-formautofocus ---
  function visible(element) {
    return !!(element.offsetWidth || element.offsetHeight || element.getClientRects().length);
  }

  function fields(container) {
    var found = container.querySelectorAll("input:not([type=hidden]), select, textarea, button");
    var result = [];
    for (var i = 0; i < found.length; i++) {
      if (!found[i].classList.contains("formTabs") && visible(found[i])) {
        result.push(found[i]);
      }
    }
    return result;
  }

  function autofocus(form) {
    var errors = form.querySelectorAll("div.error");
    var candidates = [];
    for (var i = 0; i < errors.length && !candidates.length; i++) {
      candidates = fields(errors[i]);
    }
    if (!errors.length) {
      candidates = fields(form);
    }
    if (candidates.length) {
      candidates[0].focus();
    }
  }

  // --- pat-formunloadalert ---
  function unloadAlert(form) {
    var changed = false;
    var sending = false;
    function mark(event) {
      if (event.target.matches("input, select, textarea")) {
        changed = true;
      }
    }
    form.addEventListener("input", mark);
    form.addEventListener("change", mark);
    form.addEventListener("keyup", mark);
    form.addEventListener("paste", mark);
    form.addEventListener("submit", function () {
      sending = true;
    });
    window.addEventListener("beforeunload", function (event) {
      if (changed && !sending) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  }

  function start() {
    if (needsFullBundle()) {
      loadFull();
      return;
    }
    var togglers = document.querySelectorAll("[data-bs-toggle='offcanvas']");
    for (var i = 0; i < togglers.length; i++) {
      offcanvas(togglers[i]);
    }
    var navs = takeOver("navigationmarker");
    for (var j = 0; j < navs.length; j++) {
      markNavigation(navs[j]);
    }
    takeOver("validation"); // the browser checks required fields (no novalidate)
    takeOver("plone-modal"); // the login link: the login page
    var unload = takeOver("formunloadalert");
    for (var k = 0; k < unload.length; k++) {
      unloadAlert(unload[k]);
    }
    var focus = takeOver("formautofocus");
    if (focus.length) {
      autofocus(focus[0]);
    }
    var searches = document.querySelectorAll(".pat-livesearch");
    for (var m = 0; m < searches.length; m++) {
      searches[m].addEventListener("focusin", loadFull);
      searches[m].addEventListener("pointerdown", loadFull);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
