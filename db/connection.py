"""Opening a workspace file: one sqlite-utils Database per thread, with the pragmas
every connection needs (SQLite leaves foreign keys off and journals in rollback mode
unless told otherwise on each connection).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_MS = 2000


def connect(path: str | Path, *, read_only: bool = False) -> sqlite_utils.Database:
    """Open (or create) the workspace at *path*.

    isolation_level=None turns off Python's implicit BEGIN, so transactions start only
    where `transaction()` says and a multi-row write is never split by a hidden commit.
    """
    if read_only:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed submission survives a power cut, at a cost we do not notice.
        conn.execute("PRAGMA synchronous = FULL")
    return sqlite_utils.Database(conn)


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """All writes inside commit together or not at all; nested use becomes a savepoint.

    BEGIN IMMEDIATE takes the write lock up front, so a second writer waits (busy
    timeout) or fails before it has done any work, never half-way through.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise


def user_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def integrity_problems(db: sqlite_utils.Database, *, quick: bool = False) -> list[str]:
    """Empty when PRAGMA integrity_check and foreign_key_check find nothing.

    quick: PRAGMA quick_check alone — every page and record, not whether each index
    matches its table — in a fraction of the time, for copies of a checked database.
    """
    rows = [r[0] for r in db.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else rows
    if not quick:
        problems += [
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in db.execute("PRAGMA foreign_key_check").fetchall()
        ]
    return problems


def backup_to(db: sqlite_utils.Database, target: str | Path) -> None:
    """A consistent copy of the live database (SQLite's online backup API)."""
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
    finally:
        dest.close()


def is_sqlite_file(path: str | Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def row_counts(db: sqlite_utils.Database, tables: tuple[str, ...]) -> dict[str, int]:
    """Rows in each of *tables* that exists: what a backup's content is checked against."""
    names = set(db.table_names())
    return {t: db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables if t in names}


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The id of the row an INSERT just made (sqlite3 types it Optional; after an INSERT it is set)."""
    row_id = cursor.lastrowid
    if row_id is None:
        raise sqlite3.InterfaceError("the statement inserted no row")
    return row_id
