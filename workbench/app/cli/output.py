"""How CLI commands print: JSON for scripts, aligned text for people."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from workbench import messages
from workbench.storage.workspace import Workspace


def emit_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _width(text: str) -> int:
    # CJK characters take two terminal columns.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> None:
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        print("  ".join(c + " " * (w - _width(c)) for c, w in zip(row, widths)).rstrip())


def say(text: str) -> None:
    print(text)


def open_workspace(path: Path, *, write: bool, program: str, create: bool = False) -> Workspace:
    """Open for a command; a writer is warned (on stderr) when the file sits somewhere risky."""
    workspace = Workspace.open(path, write=write, create=create, program=program)
    risk = workspace.risk if write else None
    if risk:
        print(
            "! " + messages.text("workspace.risky_location", kind=messages.text(f"risk.{risk.kind}"), path=risk.detail),
            file=sys.stderr,
        )
    return workspace
