"""zconsole script for the operations tests: add, delete or check a File with a blob.

zconsole run zope.conf probe_content.py add|delete|check
"""

from plone import api
from plone.namedfile.file import NamedBlobFile
from zope.component.hooks import setSite

import sys
import transaction


action = sys.argv[-1]
site = app.weissenfels  # noqa: F821
setSite(site)
folder = site.de
with api.env.adopt_user(username="admin"):
    if action == "add":
        api.content.create(
            container=folder,
            type="File",
            id="backup-probe",
            title="Backup probe",
            file=NamedBlobFile(b"probe bytes in a blob", filename="probe.txt", contentType="text/plain"),
        )
        transaction.commit()
    elif action == "delete":
        api.content.delete(obj=folder["backup-probe"])
        transaction.commit()
    elif "backup-probe" in folder.objectIds():
        print("FOUND", folder["backup-probe"].file.data.decode())
    else:
        print("MISSING")
