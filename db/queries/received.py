"""Plans received as templates a higher office issued (the cascade): the plan slice, keyed by the issuer's ids,
and each template received, kept whole."""

from __future__ import annotations

import sqlite_utils

from db.connection import inserted_id


def plan_of_issuer(db: sqlite_utils.Database, issuer_workspace_id: str, issuer_plan_id: int) -> dict | None:
    return next(
        db.query(
            "SELECT * FROM plans WHERE issuer_workspace_id = ? AND issuer_plan_id = ?",
            [issuer_workspace_id, issuer_plan_id],
        ),
        None,
    )


def insert_received_plan(db: sqlite_utils.Database, plan: dict) -> int:
    return inserted_id(
        db.execute(
            "INSERT INTO plans (title, kind, period_start, period_end, issuers, source_name, source_sha256,"
            " source_text, imported_at, issuer_workspace_id, issuer_plan_id) VALUES (:title, :kind, :period_start,"
            " :period_end, '[]', :source_name, :source_sha256, '', :imported_at, :issuer_workspace_id,"
            " :issuer_plan_id)",
            plan,
        )
    )


def items_by_issuer_row(db: sqlite_utils.Database, table: str, plan_id: int) -> dict[int, dict]:
    """A received plan's tasks or indicators by the issuer's row id."""
    return {r["issuer_row_id"]: r for r in db.query(f"SELECT * FROM {table} WHERE plan_id = ?", [plan_id])}


def insert_task(db: sqlite_utils.Database, plan_id: int, row: dict) -> int:
    return inserted_id(
        db.execute(
            "INSERT INTO tasks (plan_id, seq, number, title, body, lead_units, deadline, span_start, span_end,"
            " issuer_row_id) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM tasks WHERE plan_id = ?), ?, ?, ?, ?,"
            " ?, 0, 0, ?)",
            [
                plan_id,
                plan_id,
                row["number"],
                row["title"],
                row["title"],
                row["lead_units"],
                row["deadline"],
                row["row"],
            ],
        )
    )


def update_task(db: sqlite_utils.Database, task_id: int, row: dict) -> None:
    db.execute(
        "UPDATE tasks SET number = ?, title = ?, body = ?, lead_units = ?, deadline = ? WHERE id = ?",
        [row["number"], row["title"], row["title"], row["lead_units"], row["deadline"], task_id],
    )


def insert_indicator(db: sqlite_utils.Database, plan_id: int, scope_region_id: int, row: dict) -> int:
    return inserted_id(
        db.execute(
            "INSERT INTO indicators (plan_id, seq, name, unit, scope_region_id, baseline_value, baseline_year,"
            " span_start, span_end, issuer_row_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?)",
            [
                plan_id,
                row["seq"],
                row["name"],
                row["unit"],
                scope_region_id,
                row["baseline_value"],
                row["baseline_year"],
                row["row"],
            ],
        )
    )


def update_indicator(db: sqlite_utils.Database, indicator_id: int, row: dict) -> None:
    db.execute(
        "UPDATE indicators SET seq = ?, name = ?, unit = ?, baseline_value = ?, baseline_year = ? WHERE id = ?",
        [row["seq"], row["name"], row["unit"], row["baseline_value"], row["baseline_year"], indicator_id],
    )


def set_target(db: sqlite_utils.Database, indicator_id: int, year: int, value: float) -> None:
    db.execute(
        "INSERT INTO indicator_targets (indicator_id, year, value) VALUES (?, ?, ?)"
        " ON CONFLICT(indicator_id, year) DO UPDATE SET value = excluded.value",
        [indicator_id, year, value],
    )


def insert_received_template(db: sqlite_utils.Database, row: dict) -> None:
    db.execute(
        "INSERT INTO received_templates (id, plan_id, region_id, period_id, deadline, checksum, file_name,"
        " file_sha256, file, received_at) VALUES (:id, :plan_id, :region_id, :period_id, :deadline, :checksum,"
        " :file_name, :file_sha256, :file, :received_at)",
        row,
    )


_RECEIVED = (
    "SELECT rt.id, rt.plan_id, r.code AS region, p.code AS period, rt.deadline, rt.checksum, rt.file_name,"
    " rt.file_sha256, rt.received_at FROM received_templates rt JOIN regions r ON r.id = rt.region_id"
    " JOIN periods p ON p.id = rt.period_id"
)


def received_template(db: sqlite_utils.Database, template_id: str) -> dict | None:
    return next(db.query(f"{_RECEIVED} WHERE rt.id = ?", [template_id]), None)


def received_templates(db: sqlite_utils.Database, plan_id: int) -> list[dict]:
    """Oldest first: the last is the one the plan answers by now."""
    return list(db.query(f"{_RECEIVED} WHERE rt.plan_id = ? ORDER BY p.end_date, rt.received_at", [plan_id]))


def received_file(db: sqlite_utils.Database, template_id: str) -> bytes:
    return db.execute("SELECT file FROM received_templates WHERE id = ?", [template_id]).fetchone()[0]


def period_values(
    db: sqlite_utils.Database, table: str, plan_id: int, period_id: int, region_ids: list[int]
) -> list[dict]:
    """What the given regions hold for a plan's tasks (task_progress) or indicators (indicator_values) in a period,
    with the submission each came from (None: entered in the window)."""
    owner, id_column = ("tasks", "task_id") if table == "task_progress" else ("indicators", "indicator_id")
    marks = ", ".join("?" * len(region_ids))
    return list(
        db.query(
            f"SELECT x.*, x.{id_column} AS item_id, r.code AS region FROM {table} x"
            f" JOIN {owner} o ON o.id = x.{id_column} JOIN regions r ON r.id = x.region_id"
            f" WHERE o.plan_id = ? AND x.period_id = ? AND x.region_id IN ({marks})",
            [plan_id, period_id, *region_ids],
        )
    )


def plan_of_item(db: sqlite_utils.Database, table: str, item_id: int) -> int | None:
    row = db.execute(f"SELECT plan_id FROM {table} WHERE id = ?", [item_id]).fetchone()
    return row[0] if row else None
