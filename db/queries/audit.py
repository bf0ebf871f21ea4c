"""The audit log: one row per changed value, with where the change came from."""

from __future__ import annotations

import sqlite_utils


def record(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """rows: at, entity, entity_key, field, old_value, new_value, source."""
    db.conn.executemany(
        "INSERT INTO audit_log (at, entity, entity_key, field, old_value, new_value, source)"
        " VALUES (:at, :entity, :entity_key, :field, :old_value, :new_value, :source)",
        rows,
    )


def count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
