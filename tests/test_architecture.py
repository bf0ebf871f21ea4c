"""The dependency arrows: ui → workbench ← importers/exporters; workbench → db.

The layer contracts live in pyproject.toml ([tool.importlinter]) and run here, so a stray
import fails the suite, not a user. SQL is checked on the source text: only db/ holds it.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import db
import exporters
import importers
import ui
import workbench

REPO = Path(__file__).resolve().parents[1]
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|BEGIN|WITH)\s", re.M)


def test_top_level_packages_are_this_repo():
    # db, ui, importers, exporters are generic names: they must not resolve elsewhere.
    for module in (db, ui, importers, exporters, workbench):
        assert Path(module.__file__).resolve().parent.parent == REPO


def test_layer_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--config", str(REPO / "pyproject.toml"), "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_core_package_is_placed_in_the_layers():
    # A new package of the core must be given its place, or the contracts would not see it.
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layered = {
        name.strip()
        for contract in config["contracts"]
        if contract["type"] == "layers"
        for layer in contract["layers"]
        for name in layer.split("|")
    }
    core = {
        f"workbench.{p.stem if p.suffix else p.name}"
        for p in (REPO / "workbench").iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p / "__init__.py").exists()
    }
    core -= {"workbench.app"}
    assert core - layered == set()


def string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def test_no_sql_outside_db():
    found = [
        f"{path.relative_to(REPO)}:{line}"
        for package in ("workbench", "ui", "importers", "exporters")
        for path in (REPO / package).rglob("*.py")
        for line, text in string_constants(path)
        if SQL.search(text)
    ]
    assert found == []
