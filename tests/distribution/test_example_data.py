"""The example content is data without secrets: no principals export (it would carry
password hashes), no password or hash anywhere in the tree, no case data."""

from pathlib import Path

import json
import re


CONTENT = (
    Path(__file__).resolve().parents[2]
    / "src/weissenfels.portal/src/weissenfels/portal/distributions/weissenfels/content"
)
HASHES = re.compile(r"\{(SSHA|SHA|BCRYPT|PBKDF2)[^}]*\}|\$2[aby]\$\d\d\$|pbkdf2[_:$]|\bsha256\$", re.IGNORECASE)


def test_no_principals_and_no_cases_in_the_data():
    assert not (CONTENT / "principals.json").exists()
    metadata = json.loads((CONTENT / "content" / "__metadata__.json").read_text())
    assert metadata["_data_files_"]
    for data_file in metadata["_data_files_"]:
        item = json.loads((CONTENT / "content" / data_file).read_text())
        assert not item["@id"].startswith("/vorgaenge"), item["@id"]
        assert item["@type"] != "Vorgang"


def test_no_password_or_hash_in_the_data():
    files = [path for path in CONTENT.rglob("*") if path.is_file()]
    assert files
    for path in files:
        text = path.read_text("utf-8")
        assert not HASHES.search(text), path
        assert '"password"' not in text.lower(), path
        assert "_password" not in text.lower(), path
