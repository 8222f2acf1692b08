"""2026113002: easyform's script, TALES, Python, technical and mail-address permissions for
Manager and Site Administrator only (rolemap.xml), and a scan of the existing forms.

Forms saved before this step have no approvals: any script or expression the scan finds is
reported (log, and `@@formularlogik` for administrators) and does not run until an
administrator has checked and saved the form. Nobody's earlier save is trusted after the
fact: the editors could write all of it.
"""

from weissenfels.portal.easyform.listing import report


def scan_form_logic(setup_tool):
    """Logs every form holding guarded elements; unapproved code as a warning."""
    report()
