"""2026113009: working groups become content administrators add, retire and staff (issue 15).

- rolemap: "Add Arbeitsgruppe" is nobody's at the root (only /intranet grants it), the new
  permission "Manage team members" for leads and administrators.
- typeinfo: a Folder allows Arbeitsgruppe by name (/intranet constrains to it).
- workflow: the workspace workflow's state "retired" and the add permissions it manages;
  the workspaces' role mappings are recomputed (still "workspace": nothing changes for them).
- /intranet: administrators may add Arbeitsgruppen there; every workspace's groups, local roles
  and entry to /intranet are made sure of. Nothing is taken away: no member, group or local role.
"""

from plone import api
from weissenfels.portal import logger
from weissenfels.portal.intranet import lifecycle
from weissenfels.portal.intranet.structure import get_intranet
from weissenfels.portal.setuphandlers.intranet import allow_adding_workspaces


def working_groups_as_content(context):
    intranet = get_intranet()
    if intranet is None:
        return
    allow_adding_workspaces(intranet)
    workflow = api.portal.get_tool("portal_workflow")["weissenfels_workspace_workflow"]
    for workspace in intranet.objectValues():
        if getattr(workspace, "portal_type", None) != "Arbeitsgruppe":
            continue
        workflow.updateRoleMappingsFor(workspace)
        lifecycle.set_up_workspace(workspace)
        logger.info("Workspace %s: groups and roles made sure of", workspace.getId())
