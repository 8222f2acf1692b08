"""Stock Plone 6.2 Classic beside the portal, for the side-by-side benchmarks
(lighthouse.py, server_time.py); the portal itself is made as `make start` makes it."""

from pathlib import Path

import re
import sys


BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "tests"))

from processes import free_port  # noqa: E402
from processes import render_instance  # noqa: E402
from processes import zconsole  # noqa: E402


def stock_instance(target):
    """Render an embedded instance into target holding plone.distribution's "classic" site
    with its example content (stock_site.py), served without the portal's gzip filter, as
    Plone ships. Returns its port; the site is /Plone."""
    port = free_port()
    render_instance("embedded", target, port=port)
    ini = target / "etc" / "zope.ini"
    ini.write_text(re.sub(r"\n    gzip\n", "\n", ini.read_text()))
    zconsole(target, BENCH / "stock_site.py")
    return port
