"""Write the Weißenfels example content as plone.exportimport data into the distribution
(src/weissenfels.portal/src/weissenfels/portal/distributions/weissenfels/content/).

Run it on a site made with the example content, e.g. by `make start`, after changing that
content there (stop Zope first):

    .venv/bin/zconsole run instance/etc/zope.conf scripts/export_example_content.py [site id]

Exported: the content of the language roots (units, pages, forms with their fields and
actions models, translation links, workflow states, dates), of /intranet (working
groups' minutes, reports, events, files) and the buildings of /gebaeuderegister (flats,
inspections, orders; the register itself comes with the add-on's profile). Not exported,
because it is code:
/vorgaenge (the case folders come with the add-on's profile, the demo cases with
profiles/demo_cases), the site root's own data (every town names its site in the form),
users and groups (plone.exportimport would write password hashes: the demo users are
made by profiles/demo with DEMO_PASSWORD).
"""

# `app` is bound by zconsole.
from argparse import Namespace
from pathlib import Path
from plone import api
from plone.exportimport.interfaces import INamedExporter
from weissenfels.portal.register.structure import REGISTER_ID
from zope.component import getAdapter
from zope.component.hooks import setSite

import json
import shutil
import sys
import weissenfels.portal


SITE_ID = sys.argv[-1] if len(sys.argv) > 1 and not sys.argv[-1].endswith(".py") else "weissenfels"
# The distribution's folder, found through the installed package (zconsole gives no __file__).
TARGET = Path(weissenfels.portal.__file__).parent / "distributions" / "weissenfels" / "content"
EXPORTERS = ("plone.exporter.content", "plone.exporter.translations", "plone.exporter.relations")
LANGUAGES = ("de", "en", "ro", "pl", "bg", "hu", "ar", "uk")


def export(site):
    setSite(site)
    root = "/".join(site.getPhysicalPath())
    paths = [f"{root}/{name}" for name in (*LANGUAGES, "intranet", REGISTER_ID) if name in site.objectIds()]
    options = Namespace(query={"path": {"query": paths}}, include_revisions=False)
    if TARGET.exists():
        shutil.rmtree(TARGET)
    TARGET.mkdir(parents=True)
    # As a Manager: the register and the intranet are not for anonymous eyes.
    with api.env.adopt_roles(["Manager"]):
        for name in EXPORTERS:
            exporter = getAdapter(site, INamedExporter, name=name)
            exporter.export_data(TARGET, options=options)
    drop_site_root()


def drop_site_root():
    """The site root's data is the town's (title, description): not example content; nor is
    the register folder (made by the add-on's profile, its teams' roles from the units)."""
    metadata_file = TARGET / "content" / "__metadata__.json"
    metadata = json.loads(metadata_file.read_text())
    register = [
        path
        for path in metadata["_data_files_"]
        if json.loads((TARGET / "content" / path).read_text()).get("@id") == f"/{REGISTER_ID}"
    ]
    for path in register:
        uid = path.split("/")[0]
        shutil.rmtree(TARGET / "content" / uid, ignore_errors=True)
        for key in ("default_page", "local_permissions", "local_roles", "ordering"):
            metadata.get(key, {}).pop(uid, None)
    metadata["_data_files_"] = [
        path for path in metadata["_data_files_"] if not path.startswith("plone_site_root/") and path not in register
    ]
    metadata_file.write_text(json.dumps(metadata, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    shutil.rmtree(TARGET / "content" / "plone_site_root", ignore_errors=True)


export(app[SITE_ID])  # noqa: F821
print(f"Exported the example content of '{SITE_ID}' to {TARGET}", flush=True)
