"""Read-only listings the window shows: tasks with one region's progress, indicator values
of a period, cross-plan search and submission records."""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlite_utils

from db.queries import plans

_TASK_COLUMNS = (
    "t.id, t.plan_id, p.title AS plan_title, t.seq, t.number, t.group_number, t.group_title,"
    " t.title, t.body, t.lead_units, t.cooperating_units, t.deadline, t.span_start, t.span_end,"
    " (SELECT json_group_array(r.code) FROM task_regions tr JOIN regions r ON r.id = tr.region_id"
    "  WHERE tr.task_id = t.id) AS regions,"
    " tp.status AS region_status, tp.percent AS region_percent, tp.progress AS region_progress"
)


def tasks(
    db: sqlite_utils.Database,
    *,
    plan_id: int | None,
    region_id: int | None,
    period_id: int | None,
    task_ids: list[int] | None = None,
) -> list[dict]:
    """Tasks of one plan (or of all plans), each with its progress for one region and period
    (NULLs where nothing is reported); with task_ids only those tasks."""
    where: list[str] = []
    params: list[object] = [region_id, period_id]
    if plan_id is not None:
        where.append("t.plan_id = ?")
        params.append(plan_id)
    if task_ids is not None:
        where.append("t.id IN (SELECT value FROM json_each(?))")
        params.append("[" + ",".join(map(str, task_ids)) + "]")
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return list(
        db.query(
            f"SELECT {_TASK_COLUMNS} FROM tasks t JOIN plans p ON p.id = t.plan_id"
            " LEFT JOIN task_progress tp ON tp.task_id = t.id AND tp.region_id = ? AND tp.period_id = ?"
            f" {clause} ORDER BY p.period_start, t.plan_id, t.seq",
            params,
        )
    )


def indicator_values(db: sqlite_utils.Database, plan_id: int, period_id: int, regions: Sequence[str]) -> list[dict]:
    """The given regions' (by code) values of a plan's indicators in one period (indicator_id, region, value): the
    plan's rows only, each found by its key, not the period's rows of every plan and region."""
    return list(
        db.query(
            "SELECT iv.indicator_id, r.code AS region, iv.value, iv.note, iv.origin FROM indicators i"
            " CROSS JOIN regions r CROSS JOIN indicator_values iv"
            " ON iv.indicator_id = i.id AND iv.region_id = r.id AND iv.period_id = ?"
            " WHERE i.plan_id = ? AND r.code IN (SELECT value FROM json_each(?))",
            [period_id, plan_id, json.dumps(list(regions))],
        )
    )


def indicator(db: sqlite_utils.Database, indicator_id: int) -> dict | None:
    """One indicator as `plans.indicators` lists it (with its scope and targets)."""
    row = db.execute("SELECT plan_id FROM indicators WHERE id = ?", [indicator_id]).fetchone()
    return next((i for i in plans.indicators(db, row[0]) if i["id"] == indicator_id), None) if row else None


# One SELECT per searchable kind: kind, id, plan, number, title, the text searched and its span.
_SEARCHABLE = (
    "SELECT 'task' AS kind, x.id, x.plan_id, x.number, x.title, x.title || x.body AS haystack,"
    " x.span_start, x.span_end FROM tasks x",
    "SELECT 'indicator', x.id, x.plan_id, '', x.name, x.name, x.span_start, x.span_end FROM indicators x",
    "SELECT 'project', x.id, x.plan_id, x.number, x.title, x.title || x.body, x.span_start, x.span_end FROM projects x",
    "SELECT 'safeguard', x.id, x.plan_id, x.number, x.title, x.title || x.body, x.span_start, x.span_end"
    " FROM safeguards x",
    "SELECT 'text', x.id, x.plan_id, x.number, x.title, x.text, x.span_start, x.span_end FROM outline_nodes x"
    " WHERE x.kind NOT IN ('task', 'project', 'safeguard')",
)


def search(db: sqlite_utils.Database, text: str, limit: int) -> list[dict]:
    """Items of every plan whose text contains *text* (case-insensitive for Latin letters);
    `position` is where the text was found inside the item."""
    union = " UNION ALL ".join(_SEARCHABLE)
    return list(
        db.query(
            f"SELECT s.*, p.title AS plan_title, instr(lower(s.haystack), lower(:text)) AS position"
            f" FROM ({union}) s JOIN plans p ON p.id = s.plan_id"
            " WHERE instr(lower(s.haystack), lower(:text)) > 0"
            " ORDER BY CASE s.kind WHEN 'task' THEN 0 WHEN 'indicator' THEN 1 WHEN 'project' THEN 2"
            " WHEN 'safeguard' THEN 3 ELSE 4 END, p.period_start, s.plan_id, s.span_start LIMIT :limit",
            {"text": text, "limit": limit},
        )
    )


def spans(db: sqlite_utils.Database, plan_id: int) -> list[dict]:
    """Where each extracted item sits in the plan's source text, for highlighting."""
    return list(
        db.query(
            "SELECT 'task' AS kind, id, number, title, span_start, span_end FROM tasks WHERE plan_id = :p"
            " UNION ALL SELECT 'project', id, number, title, span_start, span_end FROM projects WHERE plan_id = :p"
            " UNION ALL SELECT 'safeguard', id, number, title, span_start, span_end FROM safeguards WHERE plan_id = :p"
            " UNION ALL SELECT 'indicator', id, '', name, span_start, span_end FROM indicators WHERE plan_id = :p"
            " ORDER BY span_start",
            {"p": plan_id},
        )
    )


def submissions(db: sqlite_utils.Database, plan_id: int) -> list[dict]:
    return list(
        db.query(
            "SELECT s.id, r.code AS region, pe.code AS period, s.file_name, s.received_at, s.outcome, s.counts,"
            " s.withdrawn_at"
            " FROM submissions s JOIN regions r ON r.id = s.region_id JOIN periods pe ON pe.id = s.period_id"
            " WHERE s.plan_id = ? ORDER BY s.id DESC",
            [plan_id],
        )
    )
