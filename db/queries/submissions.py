"""Issued templates, received submissions, and the reported values they read and write."""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlite_utils

from db.connection import inserted_id

_LATEST_VALUES = {
    # table, id column, value columns, the plan table joined to find the rows of one plan
    "task_progress": ("task_id", "status, percent, progress, problems, next_steps", "tasks"),
    "indicator_values": ("indicator_id", "value, note", "indicators"),
}


def insert_template(db: sqlite_utils.Database, row: dict) -> None:
    db.execute(
        "INSERT INTO templates (id, plan_id, region_id, period_id, issued_at, deadline, contact, file_name,"
        " format_version, checksum, task_count, indicator_count) VALUES (:id, :plan_id, :region_id,"
        " :period_id, :issued_at, :deadline, :contact, :file_name, :format_version, :checksum,"
        " :task_count, :indicator_count)",
        row,
    )


def delete_templates(db: sqlite_utils.Database, template_ids: list[str]) -> None:
    db.execute(f"DELETE FROM templates WHERE id IN ({', '.join('?' * len(template_ids))})", template_ids)


def template(db: sqlite_utils.Database, template_id: str) -> dict | None:
    return next(
        db.query(
            "SELECT t.*, r.code AS region, p.code AS period FROM templates t JOIN regions r ON r.id = t.region_id"
            " JOIN periods p ON p.id = t.period_id WHERE t.id = ?",
            [template_id],
        ),
        None,
    )


def latest_templates(db: sqlite_utils.Database, plan_id: int, period_id: int) -> dict[int, dict]:
    """The most recently issued template of each region, by region id."""
    rows = db.query(
        "SELECT * FROM templates WHERE plan_id = ? AND period_id = ? ORDER BY issued_at, rowid", [plan_id, period_id]
    )
    return {r["region_id"]: r for r in rows}


def insert_submission(db: sqlite_utils.Database, row: dict) -> int:
    row = {
        **row,
        "counts": json.dumps(row.get("counts", {})),
        "problems": json.dumps(row.get("problems", []), ensure_ascii=False),
    }
    return inserted_id(
        db.execute(
            "INSERT INTO submissions (plan_id, region_id, period_id, file_name, file_size, sha256, received_at,"
            " outcome, identified_by, counts, problems, template_id, reporter, phone, reported_on)"
            " VALUES (:plan_id, :region_id, :period_id, :file_name, :file_size, :sha256, :received_at, :outcome,"
            " :identified_by, :counts, :problems, :template_id, :reporter, :phone, :reported_on)",
            row,
        )
    )


def accepted_with_sha(
    db: sqlite_utils.Database, plan_id: int, region_id: int, period_id: int, sha256: str
) -> dict | None:
    """The file with this checksum accepted (and not withdrawn) for the plan, region and period."""
    return next(
        db.query(
            "SELECT * FROM submissions WHERE plan_id = ? AND region_id = ? AND period_id = ? AND sha256 = ?"
            " AND outcome = 'accepted' AND withdrawn_at IS NULL ORDER BY id LIMIT 1",
            [plan_id, region_id, period_id, sha256],
        ),
        None,
    )


def submissions_for(db: sqlite_utils.Database, plan_id: int, period_id: int) -> list[dict]:
    """Every attempt for one plan and period, oldest first."""
    return list(
        db.query(
            "SELECT s.*, r.code AS region FROM submissions s JOIN regions r ON r.id = s.region_id"
            " WHERE s.plan_id = ? AND s.period_id = ? ORDER BY s.id",
            [plan_id, period_id],
        )
    )


def submission(db: sqlite_utils.Database, submission_id: int) -> dict | None:
    """One submission record with its region's and period's codes."""
    return next(
        db.query(
            "SELECT s.*, r.code AS region, p.code AS period FROM submissions s JOIN regions r ON r.id = s.region_id"
            " JOIN periods p ON p.id = s.period_id WHERE s.id = ?",
            [submission_id],
        ),
        None,
    )


def accepted_over(db: sqlite_utils.Database, row: dict) -> dict | None:
    """The newest submission accepted (and not withdrawn) after *row* for the same plan, region and period."""
    return next(
        db.query(
            "SELECT * FROM submissions WHERE plan_id = ? AND region_id = ? AND period_id = ? AND id > ?"
            " AND outcome = 'accepted' AND withdrawn_at IS NULL ORDER BY id DESC LIMIT 1",
            [row["plan_id"], row["region_id"], row["period_id"], row["id"]],
        ),
        None,
    )


def accepted_since(db: sqlite_utils.Database, after_id: int) -> list[dict]:
    """Submissions accepted (and not withdrawn) with an id above *after_id*, oldest first: id and file name."""
    return list(
        db.query(
            "SELECT id, file_name FROM submissions WHERE id > ? AND outcome = 'accepted' AND withdrawn_at IS NULL"
            " ORDER BY id",
            [after_id],
        )
    )


def standing(db: sqlite_utils.Database, ids: list[int]) -> list[int]:
    """Those of *ids* that are accepted and not withdrawn."""
    return [
        r[0]
        for r in db.execute(
            "SELECT id FROM submissions WHERE id IN (SELECT value FROM json_each(?)) AND outcome = 'accepted'"
            " AND withdrawn_at IS NULL ORDER BY id",
            [json.dumps(ids)],
        ).fetchall()
    ]


def newest_id(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT coalesce(max(id), 0) FROM submissions").fetchone()[0]


def mark_withdrawn(db: sqlite_utils.Database, submission_id: int, at: str) -> None:
    db.execute("UPDATE submissions SET withdrawn_at = ? WHERE id = ?", [at, submission_id])


def keep_file(db: sqlite_utils.Database, submission_id: int, data: bytes) -> None:
    """Keep an accepted file's bytes, dropping those of every earlier file of its plan, region and period."""
    db.execute(
        "DELETE FROM submission_files WHERE submission_id IN (SELECT e.id FROM submissions e JOIN submissions s"
        " ON s.plan_id = e.plan_id AND s.region_id = e.region_id AND s.period_id = e.period_id"
        " WHERE s.id = ? AND e.id <> s.id)",
        [submission_id],
    )
    db.execute("INSERT INTO submission_files (submission_id, file) VALUES (?, ?)", [submission_id, data])


def drop_file(db: sqlite_utils.Database, submission_id: int) -> None:
    db.execute("DELETE FROM submission_files WHERE submission_id = ?", [submission_id])


def standing_file(db: sqlite_utils.Database, plan_id: int, region_id: int, period_id: int) -> dict | None:
    """The newest accepted (and not withdrawn) submission of the plan, region and period: its id, file name and
    kept bytes (`file`, None where none was kept)."""
    return next(
        db.query(
            "SELECT s.id, s.file_name, f.file FROM submissions s LEFT JOIN submission_files f"
            " ON f.submission_id = s.id WHERE s.plan_id = ? AND s.region_id = ? AND s.period_id = ?"
            " AND s.outcome = 'accepted' AND s.withdrawn_at IS NULL ORDER BY s.id DESC LIMIT 1",
            [plan_id, region_id, period_id],
        ),
        None,
    )


def issued_periods(db: sqlite_utils.Database, plan_id: int) -> list[str]:
    """The codes of the periods a plan's templates were issued for."""
    return [
        r["code"]
        for r in db.query(
            "SELECT DISTINCT p.code FROM templates t JOIN periods p ON p.id = t.period_id WHERE t.plan_id = ?",
            [plan_id],
        )
    ]


def latest_values(
    db: sqlite_utils.Database, table: str, *, plan_id: int, region_id: int, end_date: str
) -> dict[int, dict]:
    """Per task (or indicator) of a plan, the values of the latest period ending by *end_date*."""
    id_column, columns, owner = _LATEST_VALUES[table]
    rows = db.query(
        f"SELECT {id_column}, {columns} FROM (SELECT x.*, row_number() OVER (PARTITION BY x.{id_column}"
        f" ORDER BY p.end_date DESC, p.start_date DESC) AS rn FROM {table} x"
        f" JOIN periods p ON p.id = x.period_id JOIN {owner} o ON o.id = x.{id_column}"
        f" WHERE o.plan_id = ? AND x.region_id = ? AND p.end_date <= ?) WHERE rn = 1",
        [plan_id, region_id, end_date],
    )
    return {r.pop(id_column): r for r in rows}


def task_progress_of_period(
    db: sqlite_utils.Database, plan_id: int, period_id: int, regions: Sequence[str]
) -> list[dict]:
    """What the given regions (by code) reported on a plan's tasks in one period."""
    return list(
        db.query(
            "SELECT tp.task_id, r.code AS region, tp.status, tp.percent, tp.progress, tp.problems, tp.next_steps"
            " FROM task_progress tp JOIN tasks t ON t.id = tp.task_id JOIN regions r ON r.id = tp.region_id"
            " WHERE t.plan_id = ? AND tp.period_id = ? AND r.code IN (SELECT value FROM json_each(?))",
            [plan_id, period_id, json.dumps(list(regions))],
        )
    )


def indicator_values_until(
    db: sqlite_utils.Database, plan_id: int, end_date: str, kind: str, regions: Sequence[str]
) -> list[dict]:
    """Every value the given regions (by code) reported for a plan's indicators in periods of *kind*
    (year, half, quarter) up to *end_date*, oldest period first."""
    return list(
        db.query(
            "SELECT iv.indicator_id, r.code AS region, p.code AS period, iv.value FROM indicator_values iv"
            " JOIN indicators i ON i.id = iv.indicator_id JOIN regions r ON r.id = iv.region_id"
            " JOIN periods p ON p.id = iv.period_id WHERE i.plan_id = ? AND p.end_date <= ? AND p.kind = ?"
            " AND r.code IN (SELECT value FROM json_each(?)) ORDER BY p.end_date, p.start_date DESC",
            [plan_id, end_date, kind, json.dumps(list(regions))],
        )
    )


def filled_rows(db: sqlite_utils.Database, plan_id: int, period_id: int) -> dict[str, set[tuple[str, int]]]:
    """Per region code, what it filled in for a plan and period: ("task", id) with a status, percent or text,
    ("indicator", id) with a value."""
    rows = db.query(
        "SELECT r.code AS region, 'task' AS kind, tp.task_id AS id FROM task_progress tp"
        " JOIN tasks t ON t.id = tp.task_id JOIN regions r ON r.id = tp.region_id"
        " WHERE t.plan_id = :plan AND tp.period_id = :period AND (tp.status IS NOT NULL OR tp.percent IS NOT NULL"
        " OR tp.progress <> '' OR tp.problems <> '' OR tp.next_steps <> '')"
        " UNION ALL SELECT r.code, 'indicator', iv.indicator_id FROM indicator_values iv"
        " JOIN indicators i ON i.id = iv.indicator_id JOIN regions r ON r.id = iv.region_id"
        " WHERE i.plan_id = :plan AND iv.period_id = :period AND iv.value IS NOT NULL",
        {"plan": plan_id, "period": period_id},
    )
    found: dict[str, set[tuple[str, int]]] = {}
    for r in rows:
        found.setdefault(r["region"], set()).add((r["kind"], r["id"]))
    return found
