"""The data-subject export as one ZIP: what the person gets (GDPR Art. 15).

- `auskunft.json`: every case as subject_requests.case_data() gives it, UTF-8, readable
  (not ASCII-escaped, indented);
- `anhaenge/<reference>/<n>-<file name>`: the attachments as stored (already stripped of
  metadata at submission, cases/uploads.py);
- `zusammenfassung.html`: a short summary a person can read without tools.
"""

from io import BytesIO
from plone import api
from Products.PageTemplates.PageTemplateFile import PageTemplateFile
from weissenfels.portal.privacy import subject_requests

import json
import zipfile


# The journal's kinds (handling/journal.py) as the summary names them.
KIND_TITLES = {
    "note": "Interne Notiz des Teams",
    "reply": "Antwort an Sie",
    "assigned": "Zuweisung an eine Sachbearbeitung",
    "forwarded": "Weiterleitung an eine andere Stelle",
    "erased": "Löschung personenbezogener Daten auf Antrag",
    "anonymised": "Anonymisierung nach Ablauf der Aufbewahrungsfrist",
}
SUMMARY = PageTemplateFile("templates/export_summary.pt", globals())


def export_zip(query, channel, exported):
    """(ZIP bytes, number of cases) for the query; logged as an export like the JSON one."""
    cases = subject_requests.find_cases(query)
    data = subject_requests.export(query, channel, cases=cases)
    body = {
        "query": subject_requests.clean_query(query),
        "exported": exported.isoformat(timespec="seconds"),
        "cases": data,
    }
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("auskunft.json", json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8"))
        archive.writestr(
            "zusammenfassung.html", SUMMARY.__of__(api.portal.get())(body=body, kinds=KIND_TITLES).encode("utf-8")
        )
        for case in cases:
            for index, blob in enumerate(case.attachments or ()):
                with blob.open() as stream:
                    archive.writestr(subject_requests.attachment_path(case, index, blob), stream.read())
    return out.getvalue(), len(data)
