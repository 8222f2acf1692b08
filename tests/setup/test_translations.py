"""The translation catalogues stay whole: the .pot is generated (make i18n), and git merges
two branches' hand-added entries without a conflict, duplicates included, after which
i18ndude sync would keep only the last (often untranslated) copy of a msgid."""

from pathlib import Path

import re
import subprocess
import sys


PACKAGE = Path(__file__).resolve().parents[2] / "src/weissenfels.portal/src/weissenfels/portal"
LOCALES = PACKAGE / "locales"
DOMAIN = "weissenfels.portal"
CATALOGUES = sorted(LOCALES.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
MSGID = re.compile(r'^msgid ((?:".*"\n)+)', re.MULTILINE)


def msgids(path):
    """Every msgid of a .po/.pot, in order, the header's empty one left out."""
    found = ("".join(re.findall(r'"(.*)"', m.group(1))) for m in MSGID.finditer(path.read_text("utf-8")))
    return [msgid for msgid in found if msgid]


def test_one_entry_per_msgid():
    for path in [LOCALES / f"{DOMAIN}.pot", *CATALOGUES]:
        ids = msgids(path)
        duplicates = sorted({msgid for msgid in ids if ids.count(msgid) > 1})
        assert not duplicates, f"{path.relative_to(PACKAGE)}: {duplicates} (keep the translated entry)"


def test_every_language_has_the_msgids_of_the_pot():
    pot = set(msgids(LOCALES / f"{DOMAIN}.pot"))
    for path in CATALOGUES:
        assert set(msgids(path)) == pot, f"{path.relative_to(PACKAGE)} differs from the .pot: run make i18n"


def test_pot_has_every_msgid_of_the_sources(tmp_path):
    rebuilt = tmp_path / f"{DOMAIN}.pot"
    i18ndude = Path(sys.executable).parent / "i18ndude"
    subprocess.run(
        [
            i18ndude,
            "rebuild-pot",
            "--pot",
            rebuilt,
            "--merge",
            LOCALES / f"{DOMAIN}-manual.pot",
            "--create",
            DOMAIN,
            "--no-line-numbers",
            ".",
        ],
        cwd=PACKAGE,
        check=True,
        capture_output=True,
        timeout=120,
    )
    missing = set(msgids(rebuilt)) - set(msgids(LOCALES / f"{DOMAIN}.pot"))
    assert not missing, f"msgids missing from {DOMAIN}.pot: {sorted(missing)}: run make i18n"


def test_no_fuzzy_entries():
    """A fuzzy entry is left out of the compiled catalogue: its translation never shows (make
    i18n marks an entry fuzzy when its default changed; check the translation, then drop the mark)."""
    for path in CATALOGUES:
        assert "#, fuzzy" not in path.read_text(), f"{path.relative_to(PACKAGE)} has fuzzy entries"
