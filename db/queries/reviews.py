"""The office's review of each region's report (plan × region × period) and the periods locked per plan."""

from __future__ import annotations

import sqlite_utils

# The plan a stored value belongs to, through its task or indicator.
_OWNERS = {"task_progress": "tasks", "indicator_values": "indicators"}


def reviews_for(db: sqlite_utils.Database, plan_id: int, period_id: int) -> dict[int, dict]:
    """The review of each region that has one, by region id."""
    rows = db.query("SELECT * FROM reviews WHERE plan_id = ? AND period_id = ?", [plan_id, period_id])
    return {r["region_id"]: r for r in rows}


def review(db: sqlite_utils.Database, plan_id: int, region_id: int, period_id: int) -> dict | None:
    return next(
        db.query(
            "SELECT * FROM reviews WHERE plan_id = ? AND region_id = ? AND period_id = ?",
            [plan_id, region_id, period_id],
        ),
        None,
    )


def save_review(db: sqlite_utils.Database, row: dict) -> None:
    """Insert or replace the review of one plan, region and period (every column given)."""
    columns = ", ".join(row)
    db.execute(
        f"INSERT OR REPLACE INTO reviews ({columns}) VALUES ({', '.join(':' + c for c in row)})",
        row,
    )


def lock(db: sqlite_utils.Database, plan_id: int, period_id: int) -> dict | None:
    return next(db.query("SELECT * FROM period_locks WHERE plan_id = ? AND period_id = ?", [plan_id, period_id]), None)


def insert_lock(db: sqlite_utils.Database, plan_id: int, period_id: int, at: str, by: str) -> None:
    db.execute(
        "INSERT INTO period_locks (plan_id, period_id, locked_at, locked_by) VALUES (?, ?, ?, ?)",
        [plan_id, period_id, at, by],
    )


def delete_lock(db: sqlite_utils.Database, plan_id: int, period_id: int) -> None:
    db.execute("DELETE FROM period_locks WHERE plan_id = ? AND period_id = ?", [plan_id, period_id])


def closed(db: sqlite_utils.Database, table: str, rows: list[tuple[int, int, int]]) -> dict | None:
    """Of the (item id, region id, period id) rows of *table* (task_progress or indicator_values), the first whose
    plan has the period locked, or whose region's report on that plan and period is approved: its plan_id,
    region_id, period_id and `locked` (1: the period is locked; 0: the region is approved). Writes to periods with
    neither anywhere, the usual case, cost one indexed look-up."""
    periods = sorted({p for _, _, p in rows})
    if not periods:
        return None
    marks = ", ".join("?" * len(periods))
    touched = db.execute(
        f"SELECT 1 FROM period_locks WHERE period_id IN ({marks})"
        f" UNION ALL SELECT 1 FROM reviews WHERE period_id IN ({marks}) AND state = 'approved' LIMIT 1",
        [*periods, *periods],
    ).fetchone()
    if touched is None:
        return None
    owner = _OWNERS[table]
    items = sorted({i for i, _, _ in rows})
    plan_of = dict(
        db.execute(f"SELECT id, plan_id FROM {owner} WHERE id IN ({', '.join('?' * len(items))})", items).fetchall()
    )
    triples = sorted({(plan_of[i], r, p) for i, r, p in rows if i in plan_of})
    for plan_id, period_id in sorted({(plan, period) for plan, _, period in triples}):
        if lock(db, plan_id, period_id):
            return {"plan_id": plan_id, "region_id": None, "period_id": period_id, "locked": 1}
    for plan_id, region_id, period_id in triples:
        found = review(db, plan_id, region_id, period_id)
        if found and found["state"] == "approved":
            return {"plan_id": plan_id, "region_id": region_id, "period_id": period_id, "locked": 0}
    return None


def has_values(db: sqlite_utils.Database, plan_id: int, region_id: int, period_id: int) -> bool:
    """Whether anything is stored for the region's report on the plan in the period (a file or the window's edits)."""
    return bool(
        db.execute(
            "SELECT 1 FROM task_progress tp JOIN tasks t ON t.id = tp.task_id WHERE t.plan_id = ? AND tp.region_id = ?"
            " AND tp.period_id = ? UNION ALL SELECT 1 FROM indicator_values iv JOIN indicators i"
            " ON i.id = iv.indicator_id WHERE i.plan_id = ? AND iv.region_id = ? AND iv.period_id = ? LIMIT 1",
            [plan_id, region_id, period_id, plan_id, region_id, period_id],
        ).fetchone()
    )


def regions_with_values(db: sqlite_utils.Database, plan_id: int, period_id: int) -> set[int]:
    """The regions with anything stored for the plan in the period."""
    return {
        r[0]
        for r in db.execute(
            "SELECT DISTINCT tp.region_id FROM task_progress tp JOIN tasks t ON t.id = tp.task_id"
            " WHERE t.plan_id = ? AND tp.period_id = ? UNION SELECT DISTINCT iv.region_id FROM indicator_values iv"
            " JOIN indicators i ON i.id = iv.indicator_id WHERE i.plan_id = ? AND iv.period_id = ?",
            [plan_id, period_id, plan_id, period_id],
        ).fetchall()
    }
