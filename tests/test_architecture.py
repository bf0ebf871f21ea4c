"""The dependency arrows: ui → workbench ← importers/exporters; workbench → db.

Checked on the source text so a stray import fails here, not in a user's hands.
"""
from __future__ import annotations

import ast
from pathlib import Path

import db
import exporters
import importers
import ui
import workbench

REPO = Path(__file__).resolve().parents[1]
QT = ("PySide6", "pyqtgraph", "shiboken6")
# The composition modules of the core: they wire operations to the file adapters.
WIRING = {"workbench/services.py", "workbench/cli"}


def imports_of(package: str) -> dict[str, set[str]]:
    found = {}
    for path in (REPO / package).rglob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
        found[path.relative_to(REPO).as_posix()] = names
    return found


def offenders(package: str, forbidden: set[str], allowed: set[str] = frozenset()) -> list[str]:
    return [f"{f}: {sorted(n & forbidden)}" for f, n in imports_of(package).items()
            if n & forbidden and not any(f == a or f.startswith(a + "/") for a in allowed)]


def test_top_level_packages_are_this_repo():
    # db, ui, importers, exporters are generic names: they must not resolve elsewhere.
    for module in (db, ui, importers, exporters, workbench):
        assert Path(module.__file__).resolve().parent.parent == REPO


def test_only_ui_imports_qt():
    for package in ("workbench", "db", "importers", "exporters"):
        assert offenders(package, set(QT)) == []


def test_db_imports_nothing_of_ours():
    assert offenders("db", {"workbench", "ui", "importers", "exporters"}) == []


def test_core_does_not_import_adapters_or_ui():
    assert offenders("workbench", {"ui", "importers", "exporters", "openpyxl"}, WIRING) == []


def test_adapters_do_not_import_each_other_or_ui_or_db():
    assert offenders("importers", {"exporters", "ui", "db"}) == []
    assert offenders("exporters", {"importers", "ui", "db"}) == []


def test_ui_writes_no_sql_and_never_imports_db():
    assert offenders("ui", {"db", "sqlite3", "sqlite_utils"}) == []
