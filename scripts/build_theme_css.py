"""Build the theme's one stylesheet: Barceloneta's compiled CSS and the portal's rules, no @import.

    .venv/bin/python scripts/build_theme_css.py          # or: make css

Reads Barceloneta's barceloneta.min.css from the installed plonetheme.barceloneta and the
portal's own rules (theme/static/css/weissenfels.css, the file to edit), writes
theme/static/css/weissenfels.min.css (committed; the theme manifest serves it, versioned by
Plone's resource registry). Barceloneta comes first (its :root variables, reboot and grid are
what the first paint needs), the portal's rules after it so they win the cascade.

Fonts: Barceloneta's Roboto web fonts (five @font-face rules, ~100 KB per weight set) are
dropped for a system font stack: no font request before text shows. `--check` exits 1 if the
committed file is not what the sources give (tests/caching/test_theme_css.py runs it).
"""

from pathlib import Path

import plonetheme.barceloneta
import re
import sys


THEME = Path(__file__).resolve().parents[1] / "src/weissenfels.portal/src/weissenfels/portal/theme/static/css"
SOURCE = THEME / "weissenfels.css"
TARGET = THEME / "weissenfels.min.css"
BARCELONETA = Path(plonetheme.barceloneta.__file__).parent / "theme/css/barceloneta.min.css"
SYSTEM_FONTS = 'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif'


def barceloneta():
    css = BARCELONETA.read_text()
    css = re.sub(r"@font-face\{[^}]*\}", "", css)
    css = re.sub(r"(--bs-font-sans-serif|--plone-toolbar-font):[^;}]*", rf"\1:{SYSTEM_FONTS}", css)
    css = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", css)
    return css.strip()


def portal_rules():
    css = SOURCE.read_text()
    imports = re.findall(r"^\s*@import[^;]*;", css, flags=re.M)
    if imports:
        raise SystemExit(f"{SOURCE.name} must not @import ({imports}): the build includes Barceloneta")
    return css.strip()


def build():
    return (
        "/* Built by scripts/build_theme_css.py from plonetheme.barceloneta's barceloneta.min.css "
        "and weissenfels.css: edit those, then `make css`. */\n"
        f"{barceloneta()}\n{portal_rules()}\n"
    )


def main():
    css = build()
    if "--check" in sys.argv:
        if not TARGET.exists() or TARGET.read_text() != css:
            sys.exit(f"{TARGET} is out of date: run `make css`")
        return
    TARGET.write_text(css)
    print(f"wrote {TARGET} ({len(css.encode()):,} bytes)")


if __name__ == "__main__":
    main()
