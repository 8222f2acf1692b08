"""Cases (Vorgänge), the resident's side: the public form view and its action, spam
defences, uploads, status codes and the status page, mail, the case folders' locator,
the case states, indexers.

The types live in content/; what the teams do with a case lives in handling/.
"""
