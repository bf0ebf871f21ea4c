"""The audit log: a step per write (when, from where) and an entry per changed row, holding the row's ids and,
per changed field, its old and new value as JSON: {"field": [old, new], …}."""

from __future__ import annotations

import sqlite_utils

from db.connection import inserted_id


def record(db: sqlite_utils.Database, at: str, source: str, entries: list[dict], *, user: str = "") -> None:
    """One step by *user* and its entries (entity, item_id, region_id, period_id, entity_key, changes); the caller
    holds the transaction. A step without entries is not recorded."""
    if not entries:
        return
    step = inserted_id(db.execute("INSERT INTO audit_steps (at, source, user) VALUES (?, ?, ?)", [at, source, user]))
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


# Entries whose item is a plan: its import, its review and its locked periods.
_OF_PLAN = "('plan', 'review', 'period_lock')"
_PLAN = f"coalesce(t.plan_id, i.plan_id, CASE WHEN a.entity IN {_OF_PLAN} THEN a.item_id END)"
_NAMED = (
    "SELECT a.id, s.at, s.source, s.user, a.entity, a.item_id, a.entity_key, a.changes,"
    " t.number AS task_number, t.title AS task_title, i.name AS indicator_name, pl.title AS plan_title,"
    f" {_PLAN} AS plan_id,"
    " r.code AS region, p.code AS period FROM {entries} a"
    " JOIN audit_steps s ON s.id = a.step_id"
    " LEFT JOIN tasks t ON a.entity IN ('task', 'task_progress') AND t.id = a.item_id"
    " LEFT JOIN indicators i ON a.entity IN ('indicator_values', 'indicator', 'indicator_target', 'index_weight')"
    " AND i.id = a.item_id"
    f" LEFT JOIN plans pl ON a.entity IN {_OF_PLAN} AND pl.id = a.item_id"
    " LEFT JOIN regions r ON r.id = a.region_id LEFT JOIN periods p ON p.id = a.period_id"
)


def newest(db: sqlite_utils.Database, limit: int) -> list[dict]:
    """The newest entries with their step, each with the task or indicator, region and period its ids name."""
    entries = "(SELECT * FROM audit_log ORDER BY id DESC LIMIT ?)"
    return list(db.query(_NAMED.format(entries=entries) + " ORDER BY a.id DESC", [limit]))


def entries(db: sqlite_utils.Database, *, plan_id: int | None, since: str | None) -> list[dict]:
    """Entries as `newest` names them, oldest first: those of one plan (its import, its tasks' and indicators'
    changes) and/or those recorded on or after *since* (an ISO date or time)."""
    where: list[str] = ["1"]
    params: list[object] = []
    if since is not None:
        where.append("s.at >= ?")
        params.append(since)
    if plan_id is not None:
        where.append(f"{_PLAN} = ?")
        params.append(plan_id)
    return list(db.query(f"{_NAMED.format(entries='audit_log')} WHERE {' AND '.join(where)} ORDER BY a.id", params))
