"""Vocabularies of the portal."""
