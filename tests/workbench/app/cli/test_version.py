"""One version, pyproject.toml's: what `workbench --version` prints, installed or not."""

from __future__ import annotations

import tomllib
from importlib import metadata

import pytest

from tests.conftest import REPO
from workbench import version as version_module
from workbench.app.cli.main import run

DECLARED = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_version_prints_pyprojects(capsys):
    with pytest.raises(SystemExit) as done:
        run(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out == f"workbench {DECLARED}\n"


def test_a_source_tree_never_installed_reads_pyproject(monkeypatch):
    def not_installed(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(version_module.metadata, "version", not_installed)
    version_module.version.cache_clear()
    try:
        assert version_module.version() == DECLARED
        monkeypatch.setattr(version_module, "PYPROJECT", REPO / "no-such-pyproject.toml")
        version_module.version.cache_clear()
        assert version_module.version() == "unknown"
    finally:
        version_module.version.cache_clear()
