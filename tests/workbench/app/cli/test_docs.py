"""Docs that cannot rot: every command's --help works and the README names it."""

from __future__ import annotations

import argparse

import pytest

from tests.conftest import REPO
from workbench.app.cli.main import build_parser, run


def commands() -> list[list[str]]:
    found = []

    def walk(parser: argparse.ArgumentParser, prefix: list[str]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs and prefix:
            found.append(prefix)
        for action in subs:
            for name, child in action.choices.items():
                walk(child, [*prefix, name])

    walk(build_parser(), [])
    return found


@pytest.mark.parametrize("command", commands(), ids=" ".join)
def test_every_command_has_help_and_is_in_the_readme(command, capsys):
    with pytest.raises(SystemExit) as done:
        run([*command, "--help"])
    assert done.value.code == 0
    assert "--workspace" in capsys.readouterr().out
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"`workbench {' '.join(command)}" in readme, f"README does not document: workbench {' '.join(command)}"


def test_the_readme_says_where_every_package_lives():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Where things live") :]
    packages = [p for p in (REPO / "workbench").iterdir() if (p / "__init__.py").exists()]
    for top in ("db", "importers", "exporters", "ui"):
        packages.append(REPO / top)
    missing = [p.relative_to(REPO).as_posix() for p in packages if f"`{p.relative_to(REPO).as_posix()}/`" not in table]
    assert missing == []
