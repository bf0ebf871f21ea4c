"""The audit log: a step per write (when, from where) and an entry per changed row, holding the row's ids and,
per changed field, its old and new value as JSON: {"field": [old, new], …}."""

from __future__ import annotations

import sqlite_utils

from db.connection import inserted_id


def record(db: sqlite_utils.Database, at: str, source: str, entries: list[dict]) -> None:
    """One step and its entries (entity, item_id, region_id, period_id, entity_key, changes); the caller holds
    the transaction. A step without entries is not recorded."""
    if not entries:
        return
    step = inserted_id(db.execute("INSERT INTO audit_steps (at, source) VALUES (?, ?)", [at, source]))
    db.conn.executemany(
        "INSERT INTO audit_log (step_id, entity, item_id, region_id, period_id, entity_key, changes)"
        " VALUES (:step_id, :entity, :item_id, :region_id, :period_id, :entity_key, :changes)",
        [{**e, "step_id": step} for e in entries],
    )


def count(db: sqlite_utils.Database) -> int:
    """Entries: changed rows."""
    return db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def entries_of(db: sqlite_utils.Database, source: str) -> list[dict]:
    """The entries written under *source* (a submission's values), oldest first."""
    return list(
        db.query(
            "SELECT a.entity, a.item_id, a.region_id, a.period_id, a.changes FROM audit_steps s"
            " JOIN audit_log a ON a.step_id = s.id WHERE s.source = ? ORDER BY a.id",
            [source],
        )
    )


def newest(db: sqlite_utils.Database, limit: int) -> list[dict]:
    """The newest entries with their step, each with the task or indicator, region and period its ids name."""
    return list(
        db.query(
            "SELECT a.id, s.at, s.source, a.entity, a.item_id, a.entity_key, a.changes,"
            " t.number AS task_number, t.title AS task_title, i.name AS indicator_name,"
            " r.code AS region, p.code AS period FROM (SELECT * FROM audit_log ORDER BY id DESC LIMIT ?) a"
            " JOIN audit_steps s ON s.id = a.step_id"
            " LEFT JOIN tasks t ON a.entity IN ('task', 'task_progress') AND t.id = a.item_id"
            " LEFT JOIN indicators i ON a.entity IN ('indicator', 'indicator_values') AND i.id = a.item_id"
            " LEFT JOIN regions r ON r.id = a.region_id LEFT JOIN periods p ON p.id = a.period_id ORDER BY a.id DESC",
            [limit],
        )
    )
