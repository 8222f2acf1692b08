"""One sliding-window counter for every rate limit of the portal.

The login throttle (failed logins per client, per client and account, per account), the
status page (failed code checks per client) and the password reset (requests per client and
per account) all ask the same question: how often did this key happen in the last N
seconds? A SlidingWindow keeps the times of each key's hits in this Zope process, in
memory: a restart forgets them, and with several processes behind a load balancer each
counts on its own (SECURITY.md, known limits).
"""

from collections import deque
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from weissenfels.portal.caching import no_store
from weissenfels.portal.security.headers import STATIC_HEADERS
from zExceptions import HTTPTooManyRequests
from zope.interface import alsoProvides
from zope.interface import Interface

import json
import math
import threading
import time
import weakref


# A key's hits beyond this many are not kept: no limit here is anywhere near it, and a
# flood from one client must not grow the memory without bound.
MAX_HITS_PER_KEY = 1000
# Every this many hits, keys whose newest hit is older than the longest window are dropped.
SWEEP_EVERY = 1000
_ALL = weakref.WeakSet()  # every counter and block list, for reset_all()


def reset_all():
    """Forget every count and block of this process (tests share one client address)."""
    for limiter in list(_ALL):
        limiter.clear()


class SlidingWindow:
    """Hit times per key; count(key, window) is the number of hits in the last window seconds."""

    def __init__(self):
        self._lock = threading.Lock()
        self._hits = {}
        _ALL.add(self)
        self._longest_window = 0
        self._since_sweep = 0

    def _recent(self, key, window, now):
        hits = self._hits.get(key)
        if hits is None:
            return ()
        while hits and hits[0] <= now - window:
            hits.popleft()
        if not hits:
            del self._hits[key]
        return hits

    def count(self, key, window, now=None):
        with self._lock:
            return len(self._recent(key, window, now or time.time()))

    def hit(self, key, window, now=None):
        """Record one hit of key; returns the count in the window, this hit included."""
        now = now or time.time()
        with self._lock:
            self._longest_window = max(self._longest_window, window)
            self._sweep(now)
            self._recent(key, window, now)
            hits = self._hits.setdefault(key, deque(maxlen=MAX_HITS_PER_KEY))
            hits.append(now)
            return len(hits)

    def _sweep(self, now):
        self._since_sweep += 1
        if self._since_sweep < SWEEP_EVERY:
            return
        self._since_sweep = 0
        for key in [key for key, hits in self._hits.items() if not hits or hits[-1] <= now - self._longest_window]:
            del self._hits[key]

    def newest(self, key):
        """Time of key's newest hit, or None."""
        with self._lock:
            hits = self._hits.get(key)
            return hits[-1] if hits else None

    def keys(self):
        with self._lock:
            return list(self._hits)

    def reset(self, key=None):
        """Forget key's hits, or every key's."""
        with self._lock:
            if key is None:
                self._hits.clear()
            else:
                self._hits.pop(key, None)

    def clear(self):
        self.reset()

    def reset_matching(self, predicate):
        with self._lock:
            for key in [key for key in self._hits if predicate(key)]:
                del self._hits[key]


class Blocks:
    """Keys held back until a time, each with some info: {key: (until, info)}."""

    def __init__(self):
        self._lock = threading.Lock()
        self._until = {}
        _ALL.add(self)

    def block(self, key, seconds, info="", now=None):
        now = now or time.time()
        with self._lock:
            if len(self._until) >= MAX_HITS_PER_KEY:  # many keys: drop the ended blocks first
                for ended in [k for k, (until, _i) in self._until.items() if until <= now]:
                    del self._until[ended]
            self._until[key] = (now + seconds, info)

    def remaining(self, key, now=None):
        """Seconds key is still blocked (0 if it is not)."""
        now = now or time.time()
        with self._lock:
            until, _info = self._until.get(key, (0, ""))
            if until <= now:
                self._until.pop(key, None)
                return 0
            return until - now

    def info(self, key, now=None):
        """The info of key's block in force, or None."""
        now = now or time.time()
        with self._lock:
            until, info = self._until.get(key, (0, None))
            return info if until > now else None

    def current(self, now=None):
        """[(key, until, info)] of the blocks in force, soonest end first."""
        now = now or time.time()
        with self._lock:
            for key in [key for key, (until, _r) in self._until.items() if until <= now]:
                del self._until[key]
            return sorted(((key, until, info) for key, (until, info) in self._until.items()), key=lambda b: b[1])

    def clear(self):
        self.lift()

    def lift(self, key=None):
        with self._lock:
            if key is None:
                self._until.clear()
            else:
                self._until.pop(key, None)


# --- The answer when a limit is reached: 429 with a translated message ----------------------


class ITooManyRequests(Interface):
    """Marks a TooManyRequests whose message (already translated) the exception view shows."""


class TooManyRequests(HTTPTooManyRequests):
    """429. Named so: ZPublisher and plone.rest derive the status code from the class name."""


def too_many_requests(message, seconds):
    """The exception to raise: its view answers 429, Retry-After, a page or JSON."""
    refusal = TooManyRequests(message)
    refusal.setHeader("Retry-After", str(max(1, math.ceil(seconds))))
    alsoProvides(refusal, ITooManyRequests)
    return refusal


class TooManyRequestsView(BrowserView):
    """Exception view (index.html) of ITooManyRequests, on the default layer: the login
    throttle refuses before traversal. The same page or JSON for every path and password."""

    index = ViewPageTemplateFile("templates/too_many_requests.pt")

    def message(self):
        return str(self.context)

    def __call__(self):
        response = self.request.response
        response.setStatus(429)
        for name, value in STATIC_HEADERS.items():
            response.setHeader(name, value)
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'")
        no_store(response)
        if "text/html" not in self.request.getHeader("Accept", ""):
            response.setHeader("Content-Type", "application/json; charset=utf-8")
            return json.dumps({"error": {"type": "TooManyRequests", "message": self.message()}}, ensure_ascii=False)
        response.setHeader("Content-Type", "text/html; charset=utf-8")
        return self.index()
