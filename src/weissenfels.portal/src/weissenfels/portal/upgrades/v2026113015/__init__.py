"""2026113015: reply templates (Textbausteine) per unit, issue 17.

The types Textbaustein and ReplyTemplateFolder, their workflow and add permissions, the
Redaktion's link in the personal menu, then
/textbausteine with one folder per unit (structure only: editors write the templates; the
demo profile adds demo ones on demo sites).
"""

from plone import api
from weissenfels.portal.setuphandlers.reply_templates import ensure_reply_template_folders


PROFILE = "profile-weissenfels.portal:default"


def add_reply_templates(context):
    setup = api.portal.get_tool("portal_setup")
    for step in ("typeinfo", "workflow", "rolemap", "actions"):
        setup.runImportStepFromProfile(PROFILE, step, run_dependencies=False)
    ensure_reply_template_folders()
