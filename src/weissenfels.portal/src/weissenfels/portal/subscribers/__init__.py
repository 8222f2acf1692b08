"""Event subscribers of the portal."""
