"""A schema migration killed at many points: afterwards the workspace is intact and
holds all it held, at the old version or the new, never in between."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from db import connection, migrations
from tests.conftest import recorded_changes
from tests.reliability.crash import Killer, runs
from workbench.storage.workspace import Workspace

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "workspaces" / "v1.sqlite"
TABLES = ("plans", "tasks", "outline_nodes", "indicators", "task_progress", "indicator_values")
UPGRADE = "from workbench.storage.workspace import Workspace\ndef run(path): Workspace.open(path).close()"


def counts(path: Path) -> tuple[int, dict[str, int]]:
    db = connection.connect(path, read_only=True)
    try:
        assert connection.integrity_problems(db) == []
        found = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        return connection.user_version(db), {**found, "audit": recorded_changes(db)}
    finally:
        db.close()


def fresh_copy(path: Path) -> Path:
    path.parent.mkdir()
    shutil.copyfile(GOLDEN, path)
    return path


def test_migration_killed_at_random_points(tmp_path):
    _, original = counts(GOLDEN)
    rng = random.Random(5)
    versions_seen = set()
    with Killer(UPGRADE) as killer:
        total, _ = killer.measure(str(fresh_copy(tmp_path / "measure" / "ws.sqlite")))
        for run in range(runs(50)):
            path = fresh_copy(tmp_path / f"run{run}" / "ws.sqlite")
            assert killer.kill_at(str(path), rng.randint(1, total)), "the kill point lies inside the operation"
            version, after = counts(path)
            versions_seen.add(version)
            assert 1 <= version <= migrations.LATEST  # each step commits whole, with its version
            assert after == original, f"run {run}: {after} != {original}"
            # the next program opens it, finishing the upgrade and taking over the dead lock
            with Workspace.open(path) as ws:
                assert connection.user_version(ws.db) == migrations.LATEST
    # kills landed before the migration committed and after it: both sides were tested
    assert {1, migrations.LATEST} <= versions_seen
