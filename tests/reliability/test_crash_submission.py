"""A submission import killed at many points: afterwards the workspace is intact and
holds either all of that file or none of it."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import openpyxl
import pytest

from db import connection
from tests.reliability.crash import Killer, runs
from tests.workbench.reporting.workbooks import fill, issue, row_of
from workbench.app import services
from workbench.reporting import layout
from workbench.storage.workspace import Workspace

PERIOD = "2023H2"
TABLES = ("task_progress", "indicator_values", "submissions", "audit_log", "periods", "plans", "tasks")
STAMPS = {"updated_at", "received_at", "at"}
SUBMIT = (
    "from workbench.app import services\nfrom workbench.storage.workspace import Workspace\n"
    "def run(arg):\n"
    "    workspace, file = arg.split('|')\n"
    "    with Workspace.open(workspace) as ws:\n"
    "        assert services.submit(ws, file).status == 'accepted'\n"
)


def content(path: Path) -> dict[str, list[tuple]]:
    db = connection.connect(path, read_only=True)
    try:
        assert connection.integrity_problems(db) == []
        result = {}
        for table in TABLES:
            rows = db.query(f"SELECT * FROM {table} ORDER BY 1, 2")
            result[table] = [tuple(v for k, v in r.items() if k not in STAMPS) for r in rows]
        return result
    finally:
        db.close()


@pytest.fixture
def prepared(demo_path, tmp_path) -> tuple[Path, Path]:
    """A demo workspace with a JS template issued, and JS's filled file."""
    with Workspace.open(demo_path) as ws:
        template = issue(ws, "数字干线", "JS", PERIOD, tmp_path / "issued")
    sheet = openpyxl.load_workbook(template)[layout.SHEETS[layout.TASK]]
    codes = [sheet.cell(r, 1).value for r in range(layout.FIRST_DATA_ROW, sheet.max_row + 1)]
    assert row_of(sheet, layout.TASK, layout.canonical_code(codes[0]))
    filled = fill(
        template,
        tmp_path / "back" / template.name,
        tasks={
            layout.canonical_code(c): {"status": "推进中", "percent": 10 * (i % 10), "progress": f"第{i}项进展"}
            for i, c in enumerate(codes)
        },
    )
    return demo_path, filled


def copy_of(base: Path, folder: Path) -> Path:
    folder.mkdir()
    return Path(shutil.copyfile(base, folder / "ws.sqlite"))


def test_submission_killed_at_random_points(prepared, tmp_path):
    """Half the kills anywhere (reading, checking, the backup, the write), half inside the
    write transaction itself. The file's values must all be there or none."""
    base, filled = prepared
    none = content(base)
    rng = random.Random(11)
    inside_write = 0
    with Killer(SUBMIT) as killer:
        clean = copy_of(base, tmp_path / "clean")
        total, write_begins = killer.measure(f"{clean}|{filled}")
        every = content(clean)
        assert every != none and 0 < write_begins < total
        for run in range(runs(200)):
            path = copy_of(base, tmp_path / f"run{run}")
            at = rng.randint(1, total) if run % 2 else rng.randint(write_begins + 1, total)
            inside_write += at > write_begins
            assert killer.kill_at(f"{path}|{filled}", at)
            assert content(path) == none, f"run {run} (tick {at} of {total}): part of the file was kept"
            backups = path.parent / "ws.sqlite.backups"
            assert all(connection.is_sqlite_file(b) for b in backups.glob("*.sqlite")), "a half-written backup"
            assert len(list(backups.glob("*.partial"))) <= 1
            if run % 25 == 0:  # the next program recovers and takes the whole file
                with Workspace.open(path) as ws:
                    assert services.submit(ws, filled).status == "accepted"
                assert content(path) == every
    assert inside_write >= runs(200) // 2
