"""Invariants of a workspace beyond what SQLite's constraints enforce."""

from __future__ import annotations

import sqlite_utils

_SPAN_TABLES = ("outline_nodes", "tasks", "projects", "safeguards", "stages", "indicators")


def spans_outside_source(db: sqlite_utils.Database) -> list[dict]:
    found: list[dict] = []
    for table in _SPAN_TABLES:
        # Each plan's text length once (MATERIALIZED), not once per item: length() reads the whole text.
        found += db.query(
            "WITH sizes AS MATERIALIZED (SELECT id, length(source_text) AS n FROM plans)"
            f" SELECT '{table}' AS tbl, x.id, x.plan_id FROM {table} x JOIN sizes p ON p.id = x.plan_id"
            " WHERE x.span_start < 0 OR x.span_end < x.span_start OR x.span_end > p.n"
        )
    return found


def task_sequence_gaps(db: sqlite_utils.Database) -> list[dict]:
    return list(
        db.query(
            "SELECT plan_id, count(*) AS n, max(seq) AS top FROM tasks GROUP BY plan_id HAVING count(*) != max(seq)"
        )
    )


def done_but_not_full(db: sqlite_utils.Database) -> list[dict]:
    return list(
        db.query(
            "SELECT t.plan_id, t.number, r.code AS region, p.code AS period, tp.percent FROM task_progress tp"
            " JOIN tasks t ON t.id = tp.task_id JOIN regions r ON r.id = tp.region_id"
            " JOIN periods p ON p.id = tp.period_id WHERE tp.status = 'done' AND tp.percent < 100"
        )
    )


def progress_without_submission(db: sqlite_utils.Database) -> list[dict]:
    return list(
        db.query(
            "SELECT 'task_progress' AS tbl, count(*) AS n FROM task_progress"
            " WHERE origin = 'submission' AND submission_id IS NULL"
            " UNION ALL SELECT 'indicator_values', count(*) FROM indicator_values"
            " WHERE origin = 'submission' AND submission_id IS NULL"
        )
    )
