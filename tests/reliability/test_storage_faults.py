"""A full disk, a read-only medium and a drive that is gone: a clear message, no damage."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db import connection
from tests.conftest import SEED_000, SEED_003
from workbench.app import services
from workbench.errors import WorkspaceError
from workbench.planning import plans
from workbench.storage.workspace import Workspace


def content(path: Path) -> dict:
    with Workspace.open(path, write=False) as ws:
        assert connection.integrity_problems(ws.db) == []
        return {
            "plans": [(p["id"], p["title"], p["tasks"]) for p in plans.list_all(ws)],
            "audit": ws.db.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        }


def workspace_with_one_plan(path: Path) -> dict:
    with Workspace.open(path, create=True) as ws:
        services.import_plan(ws, SEED_000)
    return content(path)


def test_full_disk_during_import_rolls_back(mounts, tmp_path):
    point = mounts.tmpfs(tmp_path / "usb", 2048)
    path = point / "ws.sqlite"
    before = workspace_with_one_plan(path)
    # fill the disk to within a few pages of full
    filler = point / "filler.bin"
    free = shutil.disk_usage(point).free
    filler.write_bytes(b"\0" * max(0, free - 48 * 1024))
    with Workspace.open(path) as ws, pytest.raises(WorkspaceError) as err:
        services.import_plan(ws, SEED_003)
    assert err.value.code == "workspace.disk_full"
    assert "磁盘空间不足" in err.value.text()
    filler.unlink()
    assert content(path) == before
    assert not any(p.name.endswith(".restoring") for p in point.iterdir())


def test_database_full_is_the_same_clear_failure(tmp_path):
    """SQLite's own size cap gives SQLITE_FULL: the path a full disk takes inside a write."""
    path = tmp_path / "ws.sqlite"
    before = workspace_with_one_plan(path)
    with Workspace.open(path) as ws:
        pages = ws.db.execute("PRAGMA page_count").fetchone()[0]
        ws.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(WorkspaceError) as err:
            services.import_plan(ws, SEED_003)
    assert err.value.code == "workspace.disk_full"
    assert content(path) == before


def test_read_only_medium_is_refused_for_writing_but_readable(mounts, tmp_path):
    point = mounts.tmpfs(tmp_path / "cdrom", 4096)
    path = point / "ws.sqlite"
    before = workspace_with_one_plan(path)
    mounts.remount(point, "ro")
    with pytest.raises(WorkspaceError) as err:
        Workspace.open(path)
    assert err.value.code == "workspace.read_only"
    assert "只读" in err.value.text()
    assert content(path) == before


def test_a_drive_that_is_gone_gives_a_clear_message(mounts, tmp_path):
    point = mounts.tmpfs(tmp_path / "usb", 4096)
    path = point / "ws.sqlite"
    workspace_with_one_plan(path)
    shutil.copytree(point, tmp_path / "copy")  # what the stick held
    mounts.unmount(point)
    with pytest.raises(WorkspaceError) as err:
        Workspace.open(path)
    assert err.value.code == "workspace.missing"
    assert "U盘" in err.value.text()
    assert content(tmp_path / "copy" / "ws.sqlite")["plans"]  # the stick's copy is intact
