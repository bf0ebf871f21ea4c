"""Verified backup copies of a workspace, and restoring one.

Where: a folder `<workspace file>.backups` beside the workspace. Each backup `<name>.sqlite`
has its SHA-256 in `<name>.sqlite.sha256` (the format `sha256sum -c` reads), written before
the backup takes its name; backups made before checksums were kept have none.
Automatic backups: before a migration, a restore, a demo reset, and the day's first batch of
submissions or plan import (`take_daily`). Rotation keeps the newest KEEP_AUTOMATIC of them;
backups the user asks for are never pruned automatically.
Leftovers of a killed run, older than the operation now running, are removed: `*.partial`,
`*.sha256.tmp` and checksums without their backup by the next backup; those and a restore's
staging copy by the next restore, or a listing while nobody holds the workspace.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import shutil
import sqlite3
import threading
import time
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from db import connection, migrations
from db.queries import audit, reference
from workbench.errors import InputError, WorkspaceError
from workbench.storage.failures import translated
from workbench.storage.lock import WorkspaceLock, user

if TYPE_CHECKING:
    from workbench.storage.workspace import Workspace

KEEP_AUTOMATIC = 10
MANUAL = "manual"
DAILY = "daily"  # the window's, as a workspace opens
_COUNTED = ("plans", "tasks", "indicators", "task_progress", "indicator_values", "submissions", "audit_log")


class Checksum(StrEnum):
    OK = "ok"
    MISMATCH = "mismatch"
    MISSING = "missing"  # made before checksums were kept


def folder(workspace_path: Path) -> Path:
    return workspace_path.with_name(workspace_path.name + ".backups")


def sidecar(backup: Path) -> Path:
    return backup.with_name(backup.name + ".sha256")


def _counts(db) -> dict[str, int]:
    return connection.row_counts(db, _COUNTED)


def _sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def recorded_checksum(backup: Path) -> str | None:
    """The SHA-256 recorded when *backup* was made; None when none was."""
    try:
        words = sidecar(backup).read_text(encoding="utf-8", errors="replace").split()
    except FileNotFoundError:
        return None
    return words[0] if words else ""


def checksum_state(backup: Path) -> Checksum:
    recorded = recorded_checksum(backup)
    if recorded is None:
        return Checksum.MISSING
    return Checksum.OK if _sha256(backup) == recorded else Checksum.MISMATCH


def _write_checksum(backup: Path, digest: str) -> None:
    target = sidecar(backup)
    temporary = target.with_name(target.name + ".tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as f:
            f.write(f"{digest}  {backup.name}\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, target)  # whole or absent
    finally:
        temporary.unlink(missing_ok=True)


def _check(path: Path, named: Path, expected_counts: dict[str, int] | None, *, quick: bool) -> dict[str, int]:
    """Integrity and row counts of the file at *path*; errors name *named*, the file the user knows."""
    if not connection.is_sqlite_file(path):
        raise WorkspaceError("backup.verify_failed", path=str(named), detail="not SQLite")
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
        raise WorkspaceError("backup.verify_failed", path=str(named), detail="; ".join(problems[:3]))
    if expected_counts is not None and counts != expected_counts:
        raise WorkspaceError("backup.verify_failed", path=str(named), detail=f"{counts} != {expected_counts}")
    return counts


def _check_checksum(path: Path, named: Path) -> None:
    """*path*'s bytes against the checksum recorded for the backup *named* (if one was)."""
    recorded = recorded_checksum(named)
    if recorded is not None and _sha256(path) != recorded:
        raise WorkspaceError("backup.checksum_mismatch", path=str(named))


def verify(path: Path, expected_counts: dict[str, int] | None = None, *, quick: bool = True) -> dict[str, int]:
    """Integrity of a backup file, its recorded checksum, and, given counts, that it holds what it should.
    quick=False runs the full integrity check, for a file about to be restored."""
    if not path.is_file():
        raise WorkspaceError("backup.not_found", path=str(path))
    counts = _check(path, path, expected_counts, quick=quick)
    _check_checksum(path, path)
    return counts


def _leftovers(workspace_path: Path, before: float, *, staging: bool) -> list[Path]:
    """Files a killed backup (with staging: a killed restore) left, by our names, older than *before*."""
    d, stem = folder(workspace_path), glob.escape(workspace_path.stem)
    found = [*d.glob(f"{stem}-*.partial"), *d.glob(f"{stem}-*.sha256.tmp")]
    found += [s for s in d.glob(f"{stem}-*.sqlite.sha256") if not s.with_suffix("").exists()]
    if staging:
        found += workspace_path.parent.glob(glob.escape(_staging(workspace_path).name) + "*")
    return [p for p in found if _older(p, before)]


def _older(path: Path, before: float) -> bool:
    try:
        return path.stat().st_mtime < before
    except OSError:
        return False


def _remove(paths: list[Path]) -> None:
    for p in paths:
        with contextlib.suppress(OSError):  # one that cannot go now goes next time
            p.unlink()


def _snapshot(db: sqlite_utils.Database, target: Path) -> dict[str, int]:
    """A copy of one snapshot of *db* at *target* and that snapshot's row counts: a backup only reads, so a
    writer (the window, while `workbench backup` runs) goes on meanwhile without changing what is copied."""
    db.execute("BEGIN")  # deferred: a read transaction, one snapshot for the counts and the copy
    try:
        counts = _counts(db)
        connection.backup_to(db, target)
    finally:
        db.execute("COMMIT")
    return counts


def take(workspace: Workspace, *, reason: str = MANUAL, spare: Path | None = None) -> Path:
    """A verified backup with its checksum; the workspace may be open read-only, another program writing it.
    spare: a backup rotation must keep (the one being restored)."""
    started = time.time()
    target_dir = folder(workspace.path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"{workspace.path.stem}-{stamp}-{reason}.sqlite"
    # Written under another name and renamed once verified: a copy cut short by a crash
    # never looks like a backup.
    partial = target.with_suffix(".partial")
    try:
        with translated(target):
            target_dir.mkdir(exist_ok=True)
            if workspace.lock is not None:  # only under the writer lock is no other backup being written now
                _remove(_leftovers(workspace.path, started, staging=False))
            counts = _snapshot(workspace.db, partial)
        verify(partial, counts)
        with translated(target):
            _write_checksum(target, _sha256(partial))
            os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        if not target.exists():
            sidecar(target).unlink(missing_ok=True)
        raise
    if reason != MANUAL:
        prune(workspace.path, spare=spare)
    return target


def taken_today(workspace_path: Path) -> bool:
    """Whether a finished backup of this workspace (its checksum beside it) was started today."""
    today = datetime.now().strftime("%Y%m%d")
    start = len(workspace_path.stem) + 1
    return any(p.name[start : start + 8] == today and sidecar(p).exists() for p in _backups(workspace_path))


_DAILY = threading.Lock()  # one day's backup at a time in this process: who comes second waits and finds it taken


def take_daily(workspace: Workspace, *, reason: str) -> Path | None:
    """The day's backup before a batch of submissions or a plan import (and, in the window, as a workspace is
    opened, in the background): taken unless a backup was taken today. Each write is one transaction and a
    submission is withdrawn from the audit log, so a copy of the whole file per write bought nothing a copy a
    day does not, at a cost that grows with the file (README: The workspace)."""
    with _DAILY:
        return None if taken_today(workspace.path) else take(workspace, reason=reason)


def listing(workspace_path: Path) -> list[Path]:
    """Backups of this workspace, newest first; leftovers of killed runs are removed when nobody holds it."""
    found = _leftovers(workspace_path, time.time(), staging=True)
    if found:
        # Only while nobody holds the workspace: then no backup or restore is being written.
        lock = WorkspaceLock(workspace_path, "workbench")
        with contextlib.suppress(WorkspaceError):  # held (or unwritable): left for the next backup
            lock.acquire()
            try:
                _remove(found)
            finally:
                lock.release()
    return _backups(workspace_path)


def _backups(workspace_path: Path) -> list[Path]:
    d = folder(workspace_path)
    return sorted(d.glob(f"{glob.escape(workspace_path.stem)}-*.sqlite"), reverse=True) if d.is_dir() else []


def prune(workspace_path: Path, *, spare: Path | None = None) -> list[Path]:
    spared = spare.resolve() if spare else None
    automatic = [p for p in _backups(workspace_path) if not p.stem.endswith(f"-{MANUAL}") and p.resolve() != spared]
    removed = automatic[KEEP_AUTOMATIC:]
    for p in removed:
        p.unlink(missing_ok=True)
        sidecar(p).unlink(missing_ok=True)
    return removed


def _staging(workspace_path: Path) -> Path:
    return workspace_path.with_name(workspace_path.name + ".restoring")


def _schema(db: sqlite_utils.Database) -> dict[str, set[str]]:
    return {t: {c.name for c in db.table(t).columns} for t in db.table_names() if not t.startswith("sqlite_")}


def _lacking(db: sqlite_utils.Database, version: int) -> list[str]:
    """What *db* lacks of a workspace of schema *version*: tables, columns, the workspace id."""
    if version < 1:
        return ["user_version"]
    model = connection.connect(":memory:")
    try:
        migrations.migrate(model, upto=version)
        expected = _schema(model)
    finally:
        model.close()
    found = _schema(db)
    lacking = [t for t in expected if t not in found]
    lacking += [f"{t}.{c}" for t in expected if t in found for c in sorted(expected[t] - found[t])]
    if not lacking and reference.get_info(db, "workspace_id") is None:
        lacking.append("workspace_info.workspace_id")
    return lacking


def _check_restorable(copy: Path, backup: Path, workspace: Workspace, *, other_workspace: bool) -> str:
    """Refuse all but an intact workspace of this program, of a schema it can open, and (unless
    confirmed) of this workspace's identity: another's would refuse every template sent out from
    this one. Returns the backup's workspace id."""
    _check(copy, backup, None, quick=False)
    _check_checksum(copy, backup)
    with translated(backup):
        db = connection.connect(copy, read_only=True)
        try:
            version = connection.user_version(db)
            if version > migrations.LATEST:
                raise InputError("restore.newer", path=str(backup), found=version, supported=migrations.LATEST)
            lacking = _lacking(db, version)
            if lacking:
                detail = ", ".join(lacking[:5]) + (" …" if len(lacking) > 5 else "")
                raise InputError("restore.not_a_workspace", path=str(backup), detail=detail)
            identity = reference.get_info(db, "workspace_id") or ""
        finally:
            db.close()
    if identity != workspace.workspace_id and not other_workspace:
        raise InputError("restore.other_workspace", path=str(backup), workspace=str(workspace.path))
    return identity


def _record_restore(copy: Path, identity: str, safety: Path, backup: Path) -> None:
    db = connection.connect(copy)
    try:
        migrations.migrate(db)  # a backup of an older schema: its log is recorded in the current form
        with connection.transaction(db):
            entry = {
                "entity": "workspace",
                "item_id": None,
                "region_id": None,
                "period_id": None,
                "entity_key": identity,
                "changes": json.dumps({"restore": [safety.name, backup.name]}, ensure_ascii=False),
            }
            audit.record(db, datetime.now().isoformat(timespec="seconds"), "restore", [entry], user=user())
    finally:
        db.close()


def restore(workspace: Workspace, backup: Path, *, other_workspace: bool = False) -> Path:
    """Replace the workspace's content with a backup; returns the backup of the content before.

    The backup is copied first and the copy checked (checksum, full integrity check, a
    workspace this program can open, the same workspace unless other_workspace confirms
    another), so the backup itself is never changed and a refusal changes nothing. The
    restore is recorded in the restored workspace's audit log, in the same swap.
    The caller reopens the workspace afterwards (its connection is closed, its lock kept).
    """
    started = time.time()
    backup = Path(backup).resolve()
    if not backup.is_file():
        raise WorkspaceError("backup.not_found", path=str(backup))
    staging = _staging(workspace.path)
    try:
        with translated(workspace.path):
            _remove(_leftovers(workspace.path, started, staging=True))  # we hold the writer lock
            shutil.copyfile(backup, staging)
        identity = _check_restorable(staging, backup, workspace, other_workspace=other_workspace)
        safety = take(workspace, reason="before-restore", spare=backup)
        with translated(workspace.path):
            _record_restore(staging, identity, safety, backup)
            workspace.close(release_lock=False)
            for suffix in ("-wal", "-shm"):
                Path(str(workspace.path) + suffix).unlink(missing_ok=True)
            os.replace(staging, workspace.path)  # atomic: the old file or the new, never half
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(staging) + suffix).unlink(missing_ok=True)
    return safety
