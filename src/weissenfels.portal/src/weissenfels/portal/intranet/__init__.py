"""The working groups' intranet: roles and workspaces (structure.py), views, subscribers,
vocabularies. Its structure is created by setuphandlers/intranet.py."""
