"""Every released schema version upgrades in place, after a verified backup."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db import connection, migrations
from workbench.storage import backups
from workbench.storage.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "workspaces"
EARLIER = [s.version for s in migrations.STEPS if s.version < migrations.LATEST]


def test_steps_are_numbered_one_by_one():
    assert [s.version for s in migrations.STEPS] == list(range(1, migrations.LATEST + 1))


def test_an_empty_file_becomes_a_current_workspace(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    with Workspace.open(path) as ws:
        assert connection.user_version(ws.db) == migrations.LATEST


@pytest.mark.parametrize("version", EARLIER)
def test_golden_workspace_of_every_earlier_version_upgrades(version, tmp_path):
    golden = FIXTURES / f"v{version}.sqlite"
    assert golden.exists(), f"keep a golden workspace for every released schema: {golden}"
    path = tmp_path / "old.sqlite"
    shutil.copyfile(golden, path)
    before = backups.verify(path)
    with Workspace.open(path) as ws:
        assert connection.user_version(ws.db) == migrations.LATEST
        assert connection.integrity_problems(ws.db) == []
        after = {t: ws.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in before}
    assert after == before  # nothing the user had is lost
    saved = backups.listing(path)
    assert len(saved) == 1 and f"before-migration-v{version}" in saved[0].name
    old = connection.connect(saved[0], read_only=True)
    assert connection.user_version(old) == version
    old.close()
