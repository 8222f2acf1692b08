"""Case handling for the teams (issue 5): inbox, handling panel, notes and replies,
assignment, forwarding log, same-address grouping, access log, controlling figures,
retention. Kept apart from cases/ (intake) so the two grow without stepping on each other.
"""
