"""Where the site's forms hold logic: `@@formularlogik` for administrators, and the scan of
the upgrade step 2026113002 (the same function).

Every EasyForm with a script, a TALES expression, mail addresses or technical settings is
listed with each element, the permission guarding it and, for code, who approved it. Code
nobody approved does not run (runtime.py) until an administrator saves the form.
"""

from collective.easyform.interfaces import IEasyForm
from plone import api
from Products.Five import BrowserView
from weissenfels.portal import logger
from weissenfels.portal.easyform import logic


def forms_with_logic():
    """[(form, [element], {digest: approval})] of every EasyForm that holds guarded elements."""
    catalog = api.portal.get_tool("portal_catalog")
    found = []
    for brain in catalog.unrestrictedSearchResults(object_provides=IEasyForm.__identifier__, sort_on="path"):
        form = brain._unrestrictedGetObject()
        elements = list(logic.elements_of(form).values())
        if elements:
            found.append((form, elements))
    return found


def report():
    """Logs every form with logic, unapproved code as a warning; returns the lines."""
    lines = []
    for form, elements in forms_with_logic():
        for element in elements:
            state = (
                ""
                if not element.code
                else (
                    " approved"
                    if logic.is_approved(form, element.value)
                    else " NOT APPROVED: does not run until an administrator saves the form"
                )
            )
            lines.append(f"{form.absolute_url()} {element.key} ({logic.permission_title(element.permission)}){state}")
            (logger.warning if "NOT APPROVED" in state else logger.info)("Form logic: %s", lines[-1])
    if not lines:
        logger.info("Form logic: no EasyForm holds scripts, TALES expressions or guarded settings.")
    else:
        logger.warning(
            "Form logic: %d guarded elements in the forms; administrators see them in @@formularlogik "
            "on the site, unapproved code runs only after an administrator saved its form.",
            len(lines),
        )
    return lines


class FormLogicListing(BrowserView):
    """@@formularlogik: the forms with logic, for Manager and Site Administrator."""

    def rows(self):
        rows = []
        for form, elements in forms_with_logic():
            approvals = logic.approvals(form)
            for element in elements:
                approval = approvals.get(logic.digest(form, element.value)) if element.code else None
                rows.append(
                    {
                        "url": form.absolute_url(),
                        "title": form.Title(),
                        "element": element.key,
                        "permission": logic.permission_title(element.permission),
                        "code": element.code,
                        "approved_by": approval and approval["user"],
                        "approved_at": approval and approval["time"],
                    }
                )
        return rows
