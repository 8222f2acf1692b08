"""Privacy: data subject requests (GDPR Art. 15/17) over the cases, with an audit log."""
