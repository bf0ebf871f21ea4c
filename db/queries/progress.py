"""Reported values: task progress per task×region×period and indicator values per
indicator×region×period, plus the roll-ups the overview and charts read."""

from __future__ import annotations

import json

import sqlite_utils

# table -> (key columns, value columns)
TABLES = {
    "task_progress": (
        ("task_id", "region_id", "period_id"),
        ("status", "percent", "progress", "problems", "next_steps"),
    ),
    "indicator_values": (("indicator_id", "region_id", "period_id"), ("value", "note")),
}


def current_rows(db: sqlite_utils.Database, table: str, keys: list[dict]) -> dict[tuple, dict]:
    """Stored rows for many keys in one query, by key tuple (in TABLES order)."""
    key_columns, values = TABLES[table]
    wanted = json.dumps([[key[k] for k in key_columns] for key in keys])
    on = " AND ".join(f"x.{k} = json_extract(j.value, '$[{i}]')" for i, k in enumerate(key_columns))
    rows = db.execute(
        f"SELECT {', '.join('x.' + c for c in (*key_columns, *values))} FROM json_each(?) j JOIN {table} x ON {on}",
        [wanted],
    )
    return {row[: len(key_columns)]: dict(zip(values, row[len(key_columns) :])) for row in rows}


def upsert_many(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """Insert or update complete rows (key, value columns, origin, submission_id,
    updated_at); the caller holds the transaction."""
    if not rows:
        return
    keys, values = TABLES[table]
    columns = [*keys, *values, "origin", "submission_id", "updated_at"]
    assignments = ", ".join(f"{c} = excluded.{c}" for c in columns[len(keys) :])
    db.conn.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})"
        f" ON CONFLICT({', '.join(keys)}) DO UPDATE SET {assignments}",
        rows,
    )


def insert_many(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """Bulk insert of complete rows (demo samples, scale generator); caller holds the transaction."""
    if not rows:
        return
    columns = list(rows[0])
    db.conn.executemany(
        f"INSERT OR REPLACE INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})", rows
    )


def task_status(db: sqlite_utils.Database, task_id: int) -> str:
    return db.execute("SELECT status FROM tasks WHERE id = ?", [task_id]).fetchone()[0]


def set_task_status(db: sqlite_utils.Database, task_id: int, status: str) -> None:
    db.execute("UPDATE tasks SET status = ? WHERE id = ?", [status, task_id])


def task_history(db: sqlite_utils.Database, task_id: int) -> list[dict]:
    return list(
        db.query(
            "SELECT r.code AS region, p.code AS period, tp.status, tp.percent, tp.progress, tp.problems,"
            " tp.next_steps, tp.origin, tp.updated_at FROM task_progress tp"
            " JOIN regions r ON r.id = tp.region_id JOIN periods p ON p.id = tp.period_id"
            " WHERE tp.task_id = ? ORDER BY p.start_date, r.id",
            [task_id],
        )
    )


def status_counts(db: sqlite_utils.Database, plan_id: int, period_id: int) -> list[dict]:
    """Task status counts per region for one plan and period."""
    return list(
        db.query(
            "SELECT r.code AS region, tp.status, count(*) AS n FROM task_progress tp"
            " JOIN tasks t ON t.id = tp.task_id JOIN regions r ON r.id = tp.region_id"
            " WHERE t.plan_id = ? AND tp.period_id = ? GROUP BY r.code, tp.status ORDER BY r.id",
            [plan_id, period_id],
        )
    )


def group_progress(db: sqlite_utils.Database, plan_id: int, period_id: int) -> list[dict]:
    """Mean percent done per task group (across regions) for one plan and period."""
    return list(
        db.query(
            "SELECT coalesce(t.group_number, '') AS group_number, coalesce(t.group_title, '') AS group_title,"
            " avg(tp.percent) AS percent, count(DISTINCT t.id) AS tasks FROM tasks t"
            " LEFT JOIN task_progress tp ON tp.task_id = t.id AND tp.period_id = ?"
            " WHERE t.plan_id = ? GROUP BY t.group_number, t.group_title ORDER BY min(t.seq)",
            [period_id, plan_id],
        )
    )


def indicator_series(db: sqlite_utils.Database, indicator_id: int) -> list[dict]:
    """Actual values of one indicator: region, period and value, oldest period first."""
    return list(
        db.query(
            "SELECT r.code AS region, p.code AS period, p.end_date, iv.value FROM indicator_values iv"
            " JOIN regions r ON r.id = iv.region_id JOIN periods p ON p.id = iv.period_id"
            " WHERE iv.indicator_id = ? AND iv.value IS NOT NULL ORDER BY p.end_date, r.id",
            [indicator_id],
        )
    )


def periods_with_data(db: sqlite_utils.Database, plan_id: int) -> list[dict]:
    return list(
        db.query(
            "SELECT DISTINCT p.* FROM periods p WHERE p.id IN (SELECT tp.period_id FROM task_progress tp"
            " JOIN tasks t ON t.id = tp.task_id WHERE t.plan_id = ?)"
            " OR p.id IN (SELECT iv.period_id FROM indicator_values iv JOIN indicators i"
            " ON i.id = iv.indicator_id WHERE i.plan_id = ?) ORDER BY p.start_date, p.kind",
            [plan_id, plan_id],
        )
    )
