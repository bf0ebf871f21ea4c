"""An open workspace: the SQLite file, its writer lock and its transactions.

Opening checks the file before touching it (not SQLite, newer schema → refused, left
byte-for-byte as it was), takes the lock when the caller will write, backs the file up
before any migration, migrates, and seeds the reference regions.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import sqlite_utils

from db import connection, migrations
from db.queries import reference
from workbench.errors import WorkspaceError
from workbench.reference import regions
from workbench.storage import backups
from workbench.storage.failures import translated
from workbench.storage.location import Risk, risk_of
from workbench.storage.lock import WorkspaceLock


def now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def schema_version_of(path: Path) -> int:
    """Read the schema version without changing the file (read-only, no WAL switch)."""
    with translated(path):
        if path.stat().st_size and not connection.is_sqlite_file(path):
            raise WorkspaceError("workspace.not_sqlite", path=str(path))
        if not path.stat().st_size:
            return 0
        db = connection.connect(path, read_only=True)
        try:
            return connection.user_version(db)
        finally:
            db.close()


def needs_upgrade(path: Path) -> bool:
    """Whether opening *path* would migrate a workspace of an older schema (not a new file, not a newer one, not
    a file opening refuses: opening says why)."""
    try:
        return path.is_file() and 0 < schema_version_of(path) < migrations.LATEST
    except WorkspaceError:
        return False


class Workspace:
    """One connection to a workspace file; open one per thread with `for_thread()`."""

    def __init__(self, path: Path, db: sqlite_utils.Database, lock: WorkspaceLock | None) -> None:
        self.path = path
        self.db = db
        self.lock = lock

    @classmethod
    def open(
        cls, path: str | Path, *, create: bool = False, write: bool = True, program: str = "workbench"
    ) -> Workspace:
        path = Path(path).expanduser().resolve()
        if not path.exists():
            if not create:
                raise WorkspaceError("workspace.missing", path=str(path))
            with translated(path):
                path.parent.mkdir(parents=True, exist_ok=True)
        version = schema_version_of(path) if path.exists() else 0
        if version > migrations.LATEST:
            raise WorkspaceError("workspace.newer", path=str(path), found=version, supported=migrations.LATEST)
        needs_upgrade = version < migrations.LATEST
        lock = WorkspaceLock(path, program) if write or needs_upgrade else None
        if lock:
            lock.acquire()
        try:
            with translated(path):
                db = connection.connect(path, read_only=not lock)
                workspace = cls(path, db, lock)
                if needs_upgrade:
                    workspace._upgrade(from_version=version)
            if lock and not write:
                lock.release()
                workspace.lock = None
            return workspace
        except BaseException:
            if lock:
                lock.release()
            raise

    def _upgrade(self, *, from_version: int) -> None:
        if from_version > 0:
            backups.take(self, reason=f"before-migration-v{from_version}")
        migrations.migrate(self.db)
        with self.write():
            reference.upsert_regions(
                self.db,
                [
                    {
                        "code": r.code,
                        "name": r.name,
                        "short_name": r.short_name,
                        "level": r.level,
                        "parent": r.parent,
                        "aliases": r.aliases,
                    }
                    for r in regions.ALL
                ],
            )
            if reference.get_info(self.db, "workspace_id") is None:
                reference.set_info(self.db, "workspace_id", uuid.uuid4().hex)
                reference.set_info(self.db, "created_at", now())

    @property
    def risk(self) -> Risk | None:
        """A network share, cloud-sync folder or removable drive: worth a warning."""
        return risk_of(self.path)

    @property
    def workspace_id(self) -> str:
        return reference.get_info(self.db, "workspace_id") or ""

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """One transaction; any failure rolls everything back and is worded for the user."""
        with translated(self.path), connection.transaction(self.db):
            yield self.db

    def for_thread(self) -> Workspace:
        """A second connection to the same file for a worker thread (same lock)."""
        with translated(self.path):
            return Workspace(self.path, connection.connect(self.path, read_only=self.lock is None), self.lock)

    def close(self, *, release_lock: bool = True) -> None:
        self.db.close()
        if self.lock and release_lock:
            self.lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
