"""Who is in a team or a working group: managed by its leads, with an audit entry per change.

A unit's team lead (CaseTeamLead on /vorgaenge/<key>) manages `team-<key>` on
`@@team-mitglieder`; a working group's tandem lead (WorkspaceLead on its workspace) manages
`ag-<key>` on `@@mitglieder`; administrators manage both and the lead groups too, and see
everything on `@@organisation`. Who sees the cases and workspaces follows from the groups.
"""
