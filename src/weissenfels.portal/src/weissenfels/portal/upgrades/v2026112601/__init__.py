"""2026112601: links to the work areas (case inbox, intranet, figures) in the personal menu."""
