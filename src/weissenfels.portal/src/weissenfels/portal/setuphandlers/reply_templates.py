"""Structure for the reply templates (Textbausteine): /textbausteine and one folder per unit
(handling/template_folders.py). Called from post_install and the upgrade step 2026113015."""

from weissenfels.portal.handling.template_folders import ensure_template_folder
from weissenfels.portal.handling.template_folders import ensure_templates_root
from weissenfels.portal.units.registry import active_units


def ensure_reply_template_folders():
    root = ensure_templates_root()
    for unit in active_units():
        ensure_template_folder(unit)
    return root
