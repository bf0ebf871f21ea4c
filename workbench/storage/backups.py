"""Verified backup copies of a workspace, and restoring one.

Where: a folder `<workspace file>.backups` beside the workspace.
Rotation: automatic backups (before a migration, an import, a restore) keep the newest
KEEP_AUTOMATIC; backups the user asks for are never pruned automatically.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db import connection
from workbench.errors import WorkspaceError
from workbench.storage.failures import translated

if TYPE_CHECKING:
    from workbench.storage.workspace import Workspace

KEEP_AUTOMATIC = 10
MANUAL = "manual"
_COUNTED = ("plans", "tasks", "indicators", "task_progress", "indicator_values", "submissions", "audit_log")


def folder(workspace_path: Path) -> Path:
    return workspace_path.with_name(workspace_path.name + ".backups")


def _counts(db) -> dict[str, int]:
    return connection.row_counts(db, _COUNTED)


def verify(path: Path, expected_counts: dict[str, int] | None = None, *, quick: bool = True) -> dict[str, int]:
    """Integrity of a backup file (and, given counts, that it holds what it should).
    quick=False runs the full integrity check, for a file about to be restored."""
    if not path.is_file():
        raise WorkspaceError("backup.not_found", path=str(path))
    if not connection.is_sqlite_file(path):
        raise WorkspaceError("backup.verify_failed", path=str(path), detail="not SQLite")
    try:
        db = connection.connect(path, read_only=True)
        try:
            # A fresh backup is a page copy of a database in use: its structure is what can
            # be damaged on the way, and the row counts confirm its content.
            problems = connection.integrity_problems(db, quick=quick)
            counts = _counts(db)
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    if problems:
        raise WorkspaceError("backup.verify_failed", path=str(path), detail="; ".join(problems[:3]))
    if expected_counts is not None and counts != expected_counts:
        raise WorkspaceError("backup.verify_failed", path=str(path), detail=f"{counts} != {expected_counts}")
    return counts


def take(workspace: Workspace, *, reason: str = MANUAL) -> Path:
    target_dir = folder(workspace.path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"{workspace.path.stem}-{stamp}-{reason}.sqlite"
    # Written under another name and renamed once verified: a copy cut short by a crash
    # never looks like a backup.
    partial = target.with_suffix(".partial")
    try:
        with translated(target):
            target_dir.mkdir(exist_ok=True)
            connection.backup_to(workspace.db, partial)
        verify(partial, _counts(workspace.db))
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if reason != MANUAL:
        prune(workspace.path)
    return target


def listing(workspace_path: Path) -> list[Path]:
    """Backups of this workspace, newest first."""
    d = folder(workspace_path)
    return sorted(d.glob(f"{workspace_path.stem}-*.sqlite"), reverse=True) if d.is_dir() else []


def prune(workspace_path: Path) -> list[Path]:
    automatic = [p for p in listing(workspace_path) if not p.stem.endswith(f"-{MANUAL}")]
    removed = automatic[KEEP_AUTOMATIC:] + sorted(folder(workspace_path).glob("*.partial"))
    for p in removed:
        p.unlink(missing_ok=True)
    return removed


def restore(workspace: Workspace, backup: Path) -> Path:
    """Replace the workspace's content with a verified backup; the current content is
    backed up first. The caller reopens the workspace afterwards (its connection is closed).
    """
    backup = Path(backup).resolve()
    verify(backup, quick=False)
    safety = take(workspace, reason="before-restore")
    staging = workspace.path.with_name(workspace.path.name + ".restoring")
    with translated(workspace.path):
        try:
            shutil.copyfile(backup, staging)
        except BaseException:
            staging.unlink(missing_ok=True)
            raise
        workspace.close(release_lock=False)
        for suffix in ("-wal", "-shm"):
            Path(str(workspace.path) + suffix).unlink(missing_ok=True)
        os.replace(staging, workspace.path)  # atomic: the old file or the new, never half
    return safety
