"""Privacy: data subject requests (GDPR Art. 15 access, Art. 17 erasure) over the cases.

For administrators (Manager, Site Administrator: permission "Plone Site Setup: Users and
Groups"):
- the page <site>/@@datenschutz-auskunft: search by e-mail address or name, export the
  cases found as a JSON download, delete them after a confirm step; the log of every
  export and deletion is shown below;
- the REST service <site>/++api++/@data-subject-request: GET ?query=... (export, logged),
  DELETE with {"query": ..., "references": [...]} (logged).

subject_requests.py finds, serializes and deletes; audit.py keeps the log (annotation on
the site + logger "weissenfels.portal.privacy"). Requests from foreign pages are refused by
security/csrf.py (the GET export too: it is marked ISensitiveRead).
A deleted case stays in older ZODB transactions until the database is packed, and in
backups until they expire: pack after an erasure request (Zope's Control Panel).
"""
