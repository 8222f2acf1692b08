"""Reading tests/security/permission_matrix.md: each section (`## …`) holds a table
`| path | channel | <role> | … |` that its tests check cell by cell over HTTP."""

from pathlib import Path


MATRIX = Path(__file__).parent / "security" / "permission_matrix.md"


def section_text(heading):
    """The section that starts with heading, up to the next `## ` section."""
    return MATRIX.read_text(encoding="utf-8").split(heading, 1)[1].split("\n## ", 1)[0]


def section_cells(heading, roles):
    """{(path, channel): {role: value}} of the section's table; roles in column order."""
    cells = {}
    for line in section_text(heading).splitlines():
        parts = [part.strip() for part in line.strip().strip("|").split("|")]
        if len(parts) == 2 + len(roles) and parts[0] not in ("path", "---"):
            cells[(parts[0], parts[1])] = dict(zip(roles, parts[2:], strict=True))
    return cells
