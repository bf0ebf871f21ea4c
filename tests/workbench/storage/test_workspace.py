"""Opening, locking, refusing and protecting workspace files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import connection, migrations
from tests.conftest import REPO
from workbench.errors import WorkspaceError
from workbench.storage import backups
from workbench.storage.lock import lock_path, read_holder
from workbench.storage.workspace import Workspace


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_workspace_has_schema_regions_and_pragmas(workspace):
    db = workspace.db
    assert connection.user_version(db) == migrations.LATEST
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    codes = {r[0] for r in db.execute("SELECT code FROM regions WHERE level = 'province'")}
    assert codes == {"SH", "JS", "ZJ", "AH"}
    assert db.execute("SELECT count(*) FROM regions WHERE level = 'city'").fetchone()[0] == 41
    assert (
        db.execute(
            "SELECT r.code FROM region_aliases a JOIN regions r ON r.id = a.region_id WHERE alias = '皖'"
        ).fetchone()[0]
        == "AH"
    )
    assert len(workspace.workspace_id) == 32


def test_second_writer_is_told_who_holds_the_workspace(workspace, workspace_path):
    with pytest.raises(WorkspaceError) as err:
        Workspace.open(workspace_path, program="second")
    assert err.value.code == "workspace.locked"
    assert "pytest" in err.value.text() and str(os.getpid()) in err.value.text()
    # readers are not blocked
    reader = Workspace.open(workspace_path, write=False)
    assert reader.db.execute("SELECT count(*) FROM regions").fetchone()[0] > 40
    reader.close()


def test_lock_of_a_dead_process_is_taken_over(workspace_path):
    Workspace.open(workspace_path, create=True).close()
    code = (
        "import sys; sys.path.insert(0, sys.argv[2]);"
        "from workbench.storage.workspace import Workspace;"
        "w = Workspace.open(sys.argv[1]); import os; os._exit(0)"
    )  # dies holding the lock
    subprocess.run([sys.executable, "-c", code, str(workspace_path), str(REPO)], check=True)
    assert lock_path(workspace_path).exists()
    ws = Workspace.open(workspace_path, program="survivor")
    assert read_holder(workspace_path).program == "survivor"
    ws.close()
    assert not lock_path(workspace_path).exists()


def test_newer_workspace_is_refused_and_left_byte_for_byte(tmp_path):
    path = tmp_path / "future.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (y)")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(WorkspaceError) as err:
        Workspace.open(path)
    assert err.value.code == "workspace.newer"
    assert "更新版本" in err.value.text()
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.sqlite"]


def test_a_file_that_is_not_a_workspace_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("这不是数据库", encoding="utf-8")
    before = digest(path)
    with pytest.raises(WorkspaceError) as err:
        Workspace.open(path)
    assert err.value.code == "workspace.not_sqlite"
    assert digest(path) == before


def test_missing_workspace_is_not_created_for_reading(tmp_path):
    with pytest.raises(WorkspaceError) as err:
        Workspace.open(tmp_path / "nope.sqlite", write=False)
    assert err.value.code == "workspace.missing"
    assert not (tmp_path / "nope.sqlite").exists()


def test_failed_transaction_leaves_nothing(workspace):
    with pytest.raises(RuntimeError), workspace.write() as db:
        db.execute("INSERT INTO workspace_info (key, value) VALUES ('a', 'b')")
        raise RuntimeError("interrupted")
    assert workspace.db.execute("SELECT count(*) FROM workspace_info WHERE key = 'a'").fetchone()[0] == 0


def test_backup_is_verified_and_automatic_ones_are_rotated(workspace):
    first = backups.take(workspace)  # manual: never pruned
    for _ in range(backups.KEEP_AUTOMATIC + 3):
        backups.take(workspace, reason="before-import")
    kept = backups.listing(workspace.path)
    assert first in kept
    assert len([p for p in kept if "before-import" in p.name]) == backups.KEEP_AUTOMATIC
    assert backups.verify(first)["plans"] == 0


def test_backup_verification_rejects_a_damaged_copy(workspace, tmp_path):
    copy = backups.take(workspace)
    data = bytearray(copy.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    copy.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError) as err:
        backups.verify(copy)
    assert err.value.code == "backup.verify_failed"
