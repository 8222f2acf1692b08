"""Case handling for the teams (issue 5): inbox, case view and handling panel, notes and
replies, assignment, forwarding, same-address grouping, access log, controlling figures,
retention. Kept apart from cases/ (intake) so the two grow without stepping on each other.
"""
