"""Keep one entry per msgid in .po files, the translated one (make i18n runs this before
i18ndude sync).

Two branches that both add entries to a .po merge in git without a conflict, and the result
can hold a msgid twice, once translated and once empty; i18ndude sync keeps the last copy,
which would silently lose the translation.

    python scripts/dedupe_po.py locales/*/LC_MESSAGES/weissenfels.portal.po
"""

import re
import sys


def entries(text):
    """The entries of a .po file as lists of lines (comments, msgctxt, msgid, msgstr)."""
    entry, has_msgstr = [], False
    for line in text.splitlines():
        if not line.strip() or (has_msgstr and line.startswith(("#", "msgctxt ", "msgid "))):
            if entry:
                yield entry
            entry, has_msgstr = [], False
            if not line.strip():
                continue
        has_msgstr = has_msgstr or line.startswith("msgstr")
        entry.append(line)
    if entry:
        yield entry


def field(entry, keyword):
    """The text of msgid or msgstr (continuation lines joined); None when absent."""
    parts, inside = [], False
    for line in entry:
        if line.startswith(keyword + " "):
            inside = True
            line = line[len(keyword) + 1 :]
        elif not (inside and line.startswith('"')):
            inside = False
            continue
        parts.extend(re.findall(r'"(.*)"', line))
    return "".join(parts) if parts else None


def dedupe(text):
    """The .po text with one entry per msgid: the first translated one, else the first."""
    found = list(entries(text))
    keep = {}
    for index, entry in enumerate(found):
        msgid = field(entry, "msgid")
        if msgid is None:
            continue
        if msgid not in keep or (field(entry, "msgstr") and not field(found[keep[msgid]], "msgstr")):
            keep[msgid] = index
    kept = [e for i, e in enumerate(found) if field(e, "msgid") is None or keep[field(e, "msgid")] == i]
    return "\n\n".join("\n".join(entry) for entry in kept) + "\n", len(found) - len(kept)


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as po:
            text, dropped = dedupe(po.read())
        if dropped:
            print(f"{path}: {dropped} duplicate entries dropped")
            with open(path, "w", encoding="utf-8") as po:
                po.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
