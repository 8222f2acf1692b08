"""Dexterity content types of the portal: one module per type (schema and class)."""
