"""The add-on is arranged by concern (docs/architecture.md, "The add-on by concern"): no
import runs from a lower layer up, and the old layer folders stay gone."""

from pathlib import Path

import ast
import pytest
import weissenfels.portal


PACKAGE = Path(weissenfels.portal.__file__).parent
# Install code and the test layers may use everything; nothing else may use them.
INSTALL = ("setuphandlers", "upgrades")
VIEW_MODULES = ("views", "case_view", "status_page", "form", "finder_view", "work_links", "browser")


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] in INSTALL or relative.name == "testing.py":
            continue
        yield relative, path


def imported(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


@pytest.mark.parametrize("relative,path", list(modules()), ids=lambda value: str(value))
def test_runtime_code_does_not_import_install_code(relative, path):
    for module in imported(path):
        assert not module.startswith(tuple(f"weissenfels.portal.{name}" for name in INSTALL)), module


@pytest.mark.parametrize("relative,path", list(modules()), ids=lambda value: str(value))
def test_domain_modules_do_not_import_views(relative, path):
    if relative.stem in VIEW_MODULES:
        return  # a view may use another view's helpers
    for module in imported(path):
        if module.startswith("weissenfels.portal."):
            assert module.rsplit(".", 1)[1] not in VIEW_MODULES, module


def test_no_layer_folders():
    for folder in ("browser", "subscribers", "vocabularies"):
        files = [p for p in (PACKAGE / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
        assert not files, folder
