"""The development index's weights and values, and themes across plans: links decided, themes and their tasks."""

from __future__ import annotations

import json

import sqlite_utils

from db.connection import inserted_id


def index_weights(db: sqlite_utils.Database, plan_id: int) -> dict[int, float]:
    """The weights stored for a plan's indicators (an indicator without one is not listed)."""
    return dict(
        db.execute(
            "SELECT w.indicator_id, w.weight FROM index_weights w JOIN indicators i ON i.id = w.indicator_id"
            " WHERE i.plan_id = ?",
            [plan_id],
        )
    )


def set_index_weight(db: sqlite_utils.Database, indicator_id: int, weight: float) -> None:
    db.execute(
        "INSERT INTO index_weights (indicator_id, weight) VALUES (?, ?)"
        " ON CONFLICT(indicator_id) DO UPDATE SET weight = excluded.weight",
        [indicator_id, weight],
    )


def province_values(db: sqlite_utils.Database, plan_id: int, period_id: int | None = None) -> list[dict]:
    """The provinces' values of a plan's indicators: indicator id, region code, period code, value; of one
    period, or of every period."""
    return list(
        db.query(
            "SELECT iv.indicator_id, r.code AS region, p.code AS period, iv.value FROM indicators i"
            " JOIN indicator_values iv ON iv.indicator_id = i.id JOIN regions r ON r.id = iv.region_id"
            " JOIN periods p ON p.id = iv.period_id WHERE i.plan_id = :plan AND r.level = 'province'"
            " AND iv.value IS NOT NULL AND (:period IS NULL OR iv.period_id = :period)"
            " ORDER BY p.end_date, p.start_date",
            {"plan": plan_id, "period": period_id},
        )
    )


def task_texts(db: sqlite_utils.Database) -> list[dict]:
    """Every task's id, plan, title and body."""
    return list(db.query("SELECT id, plan_id, title, body FROM tasks ORDER BY plan_id, seq"))


def decided_links(db: sqlite_utils.Database) -> dict[tuple[int, int], str]:
    return {(a, b): d for a, b, d in db.execute("SELECT task_a, task_b, decision FROM theme_links")}


def decide_link(db: sqlite_utils.Database, a: int, b: int, decision: str, similarity: float, at: str) -> None:
    db.execute(
        "INSERT INTO theme_links (task_a, task_b, decision, similarity, decided_at) VALUES (?, ?, ?, ?, ?)",
        [a, b, decision, similarity, at],
    )


def theme_of_tasks(db: sqlite_utils.Database) -> dict[int, int]:
    """Task id → its theme's id."""
    return dict(db.execute("SELECT task_id, theme_id FROM theme_tasks"))


def new_theme(db: sqlite_utils.Database, name: str) -> int:
    return inserted_id(db.execute("INSERT INTO themes (name) VALUES (?)", [name]))


def add_to_theme(db: sqlite_utils.Database, theme_id: int, task_ids: list[int]) -> None:
    db.execute(
        # WHERE 1: an upsert from a SELECT must have one, or SQLite reads ON CONFLICT as a join's
        "INSERT INTO theme_tasks (task_id, theme_id) SELECT value, ? FROM json_each(?) WHERE 1"
        " ON CONFLICT(task_id) DO UPDATE SET theme_id = excluded.theme_id",
        [theme_id, json.dumps(task_ids)],
    )


def delete_theme(db: sqlite_utils.Database, theme_id: int) -> None:
    db.execute("DELETE FROM themes WHERE id = ?", [theme_id])


def rename_theme(db: sqlite_utils.Database, theme_id: int, name: str) -> None:
    db.execute("UPDATE themes SET name = ? WHERE id = ?", [name, theme_id])


def themes(db: sqlite_utils.Database) -> list[dict]:
    """Every theme with the number of its tasks and plans, in the order made."""
    return list(
        db.query(
            "SELECT th.id, th.name, count(tt.task_id) AS tasks, count(DISTINCT t.plan_id) AS plans FROM themes th"
            " LEFT JOIN theme_tasks tt ON tt.theme_id = th.id LEFT JOIN tasks t ON t.id = tt.task_id"
            " GROUP BY th.id ORDER BY th.id"
        )
    )


def theme_tasks(db: sqlite_utils.Database, theme_id: int) -> list[dict]:
    """A theme's tasks with their plan, ordered by the plans' periods, then the task's place in its plan."""
    return list(
        db.query(
            "SELECT t.id, t.plan_id, t.number, t.title, p.title AS plan_title, p.period_start, p.period_end"
            " FROM theme_tasks tt JOIN tasks t ON t.id = tt.task_id JOIN plans p ON p.id = t.plan_id"
            " WHERE tt.theme_id = ? ORDER BY p.period_start, p.period_end, p.id, t.seq",
            [theme_id],
        )
    )


def tasks_by_id(db: sqlite_utils.Database, task_ids: list[int]) -> dict[int, dict]:
    return {
        r["id"]: r
        for r in db.query(
            "SELECT t.id, t.plan_id, t.number, t.title, p.title AS plan_title, p.period_start, p.period_end"
            " FROM json_each(?) j JOIN tasks t ON t.id = j.value JOIN plans p ON p.id = t.plan_id",
            [json.dumps(task_ids)],
        )
    }
