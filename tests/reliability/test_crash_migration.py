"""A schema migration killed at many points: afterwards the workspace is intact and
holds all it held, at the old version or the new, never in between."""
from __future__ import annotations

import random
import shutil
from pathlib import Path

from db import connection, migrations
from tests.reliability.crash import measure, path_literal, run_killed, runs
from workbench.workspace import Workspace

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "workspaces" / "v1.sqlite"
TABLES = ("plans", "tasks", "outline_nodes", "indicators", "task_progress", "indicator_values", "audit_log")


def counts(path: Path) -> tuple[int, dict[str, int]]:
    db = connection.connect(path, read_only=True)
    try:
        assert connection.integrity_problems(db) == []
        return connection.user_version(db), {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        db.close()


def upgrade(path: Path) -> str:
    return f"from workbench.workspace import Workspace; Workspace.open({path_literal(path)}).close()"


def fresh_copy(path: Path) -> Path:
    path.parent.mkdir()
    shutil.copyfile(GOLDEN, path)
    return path


def test_migration_killed_at_random_points(tmp_path):
    _, original = counts(GOLDEN)
    total = measure(upgrade(fresh_copy(tmp_path / "measure" / "ws.sqlite")))
    rng = random.Random(5)
    versions_seen = set()
    for run in range(runs(50)):
        path = fresh_copy(tmp_path / f"run{run}" / "ws.sqlite")
        assert run_killed(upgrade(path), rng.randint(1, total)), "the kill point lies inside the operation"
        version, after = counts(path)
        versions_seen.add(version)
        assert version in (1, migrations.LATEST)
        assert after == original, f"run {run}: {after} != {original}"
        # and the next program opens it, finishing the upgrade, taking over the dead lock
        with Workspace.open(path) as ws:
            assert connection.user_version(ws.db) == migrations.LATEST
    # kills landed before the migration committed and after it: both sides were tested
    assert versions_seen == {1, migrations.LATEST}
