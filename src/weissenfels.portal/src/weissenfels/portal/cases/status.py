"""Status codes: shown once to the submitter, stored only as a hash."""

import hashlib
import hmac
import secrets


def new_status_code():
    return secrets.token_urlsafe(9)  # 72 random bits, 12 characters


def hash_status_code(code):
    # The code is random and long, so a plain SHA-256 is enough: there is no dictionary
    # of likely codes to try, and the reference number is needed as well.
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()


def status_code_matches(code, stored_hash):
    return bool(stored_hash) and hmac.compare_digest(hash_status_code(code or ""), stored_hash)
