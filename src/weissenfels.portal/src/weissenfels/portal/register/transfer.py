"""@@gebaeude-import (administrators: dry run, then apply) and @@gebaeude-export.csv /
@@gebaeude-export.xlsx (who may use the register) on /gebaeuderegister; the rules are in
register/importexport.py."""

from plone import api
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from weissenfels.portal import _
from weissenfels.portal.register import importexport
from zExceptions import BadRequest

import logging


logger = logging.getLogger("weissenfels.portal.register")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MAX_BYTES = 5 * 1024 * 1024


class ImportView(BrowserView):
    """GET: the upload form. POST dry_run: the plan, nothing stored, the text kept in the page
    for "apply". POST apply: validated again and applied, all or nothing."""

    entries = None
    error = None
    counts = None
    text = ""
    applied = False

    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            form = self.request.form
            try:
                self.text = self._text(form)
                self.entries = importexport.plan(self.text)
            except importexport.ImportRefused as refused:
                self.error = refused.message
                return self.index()
            if form.get("apply"):
                self.counts = importexport.apply(self.entries)
                self.applied = True
                logger.info(
                    "Register import by %s: %s",
                    api.user.get_current().getId(),
                    ", ".join(f"{k} {v}" for k, v in self.counts.items()),
                )
            else:
                self.counts = {outcome: 0 for outcome in importexport.OUTCOMES}
                for entry in self.entries:
                    self.counts[entry["outcome"]] += 1
        return self.index()

    def _text(self, form):
        upload = form.get("file")
        if hasattr(upload, "read"):
            data = upload.read(MAX_BYTES + 1)
            if data:
                if len(data) > MAX_BYTES:
                    raise importexport.ImportRefused(_("import_error_size", default="The file is larger than 5 MB."))
                return importexport.decode(data)
        text = form.get("csv_text")
        if isinstance(text, str) and text.strip():
            return text
        raise importexport.ImportRefused(_("import_error_no_file", default="Please choose a CSV file."))

    def outcome_title(self, outcome):
        return importexport.OUTCOMES[outcome]

    def field_titles(self, fields):
        return ", ".join(importexport.HEADERS[f][0] for f in fields)

    def address(self, values):
        line = f"{values.get('street', '')} {values.get('house_number', '')}".strip()
        return ", ".join(part for part in (line, values.get("postcode", "")) if part)


class ExportCSV(BrowserView):
    def __call__(self):
        if self.request.method not in ("GET", "HEAD"):
            raise BadRequest("GET only")
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader("Content-Disposition", 'attachment; filename="gebaeuderegister.csv"')
        return importexport.export_csv()


class ExportXLSX(BrowserView):
    def __call__(self):
        if self.request.method not in ("GET", "HEAD"):
            raise BadRequest("GET only")
        response = self.request.response
        response.setHeader("Content-Type", XLSX_TYPE)
        response.setHeader("Content-Disposition", 'attachment; filename="gebaeuderegister.xlsx"')
        return importexport.export_xlsx()
