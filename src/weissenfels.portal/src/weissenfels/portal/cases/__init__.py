"""Cases (Vorgänge): indexers, workflow rules, status codes, mail, upload and abuse checks.

The types live in content/, the easyform action in easyform/, the views in browser/.
"""
