"""Plan documents (issue 2): reading the 42 KB seed 003, and importing it into a
workspace (parse, backup, one transaction)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bench import Case
from importers.plan_document import read_plan
from workbench import demo
from workbench.app import services
from workbench.storage.workspace import Workspace

SEED_003 = next(p for p in demo.seed_files() if p.name.startswith("003_"))
SEED_000 = next(p for p in demo.seed_files() if p.name.startswith("000_"))


def cases(folder: Path) -> list[Case]:
    base = folder / "base.sqlite"
    with Workspace.open(base, create=True, program="bench") as ws:
        services.import_plan(ws, SEED_000)

    def fresh_copy() -> Path:
        target = folder / "run.sqlite"
        shutil.rmtree(folder / "run.sqlite.backups", ignore_errors=True)
        shutil.copyfile(base, target)
        return target

    def import_into(path: Path) -> None:
        with Workspace.open(path, program="bench") as ws:
            services.import_plan(ws, SEED_003)

    return [
        Case(f"read and parse {SEED_003.name} ({SEED_003.stat().st_size // 1024} KB)", lambda _: read_plan(SEED_003)),
        Case("import 003 into a workspace (open, parse, backup, save)", import_into, fresh_copy),
    ]
