"""2026113001: the registry record of the site's public URL (links in mails, origin checks)."""
