"""A backup and a restore killed at many points: afterwards the workspace is intact and
holds the content before or (a restore) the backup's; every finished-looking backup
verifies, checksum and all; what the killed run left is gone after the next listing."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from db import connection
from tests.reliability.crash import Killer, runs
from workbench.storage import backups
from workbench.storage.workspace import Workspace
from workbench.tracking import edits

IGNORED = {"audit_log", "audit_steps", "workspace_info"}  # a restore audits itself; the info holds the open's stamp
TAKE = (
    "from workbench.storage import backups\nfrom workbench.storage.workspace import Workspace\n"
    "def run(path):\n"
    "    with Workspace.open(path) as ws:\n"
    "        backups.take(ws)\n"
)
RESTORE = (
    "from pathlib import Path\nfrom workbench.storage import backups\n"
    "from workbench.storage.workspace import Workspace\n"
    "def run(arg):\n"
    "    path, backup = arg.split('|')\n"
    "    ws = Workspace.open(path)\n"
    "    backups.restore(ws, Path(backup))\n"
)


def content(path: Path) -> dict[str, list[tuple]]:
    db = connection.connect(path, read_only=True)
    try:
        assert connection.integrity_problems(db) == []
        names = [t for t in db.table_names() if t not in IGNORED]
        return {t: [tuple(r) for r in db.execute(f"SELECT * FROM [{t}] ORDER BY 1")] for t in names}
    finally:
        db.close()


def finished_backups_verify(workspace: Path) -> None:
    for backup in backups.listing(workspace):  # the listing also clears the killed run's leftovers
        assert backups.checksum_state(backup) == backups.Checksum.OK, backup
        backups.verify(backup)
    left = [p.name for p in backups.folder(workspace).iterdir() if p.suffix not in (".sqlite", ".sha256")]
    assert left == [] and not list(workspace.parent.glob("*.restoring*"))


@pytest.fixture
def with_backup(demo_path, tmp_path) -> tuple[Path, Path]:
    """A demo workspace whose content differs from its one backup by an edit."""
    with Workspace.open(demo_path) as ws:
        saved = backups.take(ws)
        task = ws.db.execute("SELECT id FROM tasks ORDER BY id LIMIT 1").fetchone()[0]
        edits.task_status(ws, task, "on_hold")
    return demo_path, saved


def run_folder(base: Path, backup: Path, folder: Path) -> tuple[Path, Path]:
    """A copy of the workspace and its backups folder, so each run starts alike."""
    folder.mkdir()
    path = Path(shutil.copyfile(base, folder / base.name))
    shutil.copytree(backups.folder(base), backups.folder(path))
    return path, backups.folder(path) / backup.name


def test_backup_killed_at_random_points(with_backup, tmp_path):
    base, backup = with_backup
    before = content(base)
    rng = random.Random(3)
    with Killer(TAKE) as killer:
        total, _ = killer.measure(str(run_folder(base, backup, tmp_path / "measure")[0]))
        for run in range(runs(30)):
            path, _ = run_folder(base, backup, tmp_path / f"run{run}")
            assert killer.kill_at(str(path), rng.randint(1, total))
            assert content(path) == before
            finished_backups_verify(path)
            with Workspace.open(path):  # the killed holder's lock is gone
                pass


def test_restore_killed_at_random_points(with_backup, tmp_path):
    base, backup = with_backup
    before, restored = content(base), content(backup)
    assert before != restored
    rng = random.Random(5)
    outcomes = set()
    with Killer(RESTORE) as killer:
        path, copied = run_folder(base, backup, tmp_path / "measure")
        total, _ = killer.measure(f"{path}|{copied}")
        assert content(path) == restored
        for run in range(runs(30)):
            path, copied = run_folder(base, backup, tmp_path / f"run{run}")
            assert killer.kill_at(f"{path}|{copied}", rng.randint(1, total))
            after = content(path)
            assert after in (before, restored)
            outcomes.add("restored" if after == restored else "before")
            assert copied.exists() and backups.checksum_state(copied) == backups.Checksum.OK
            finished_backups_verify(path)
    assert "before" in outcomes  # kills landed inside the restore, not only after it
