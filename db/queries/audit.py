"""The audit log: one row per changed value, with where the change came from."""
from __future__ import annotations

import sqlite_utils


def record(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """rows: at, entity, entity_key, field, old_value, new_value, source."""
    db.conn.executemany(
        "INSERT INTO audit_log (at, entity, entity_key, field, old_value, new_value, source)"
        " VALUES (:at, :entity, :entity_key, :field, :old_value, :new_value, :source)", rows)


def entries(db: sqlite_utils.Database, *, entity: str | None = None, entity_key: str | None = None,
            limit: int = 200) -> list[dict]:
    where, params = [], []
    if entity:
        where.append("entity = ?")
        params.append(entity)
    if entity_key:
        where.append("entity_key = ?")
        params.append(entity_key)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return list(db.query(f"SELECT * FROM audit_log {clause} ORDER BY id DESC LIMIT ?", [*params, limit]))


def count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
