"""2026113016: the page head and the footer (issue 18).

- PAM's hreflang viewlet is hidden; the add-on's (multilingual/head.py) adds x-default.
- Plone's copyright and colophon footer portlets go; the footer is the city's links.
"""
