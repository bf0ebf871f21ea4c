"""Reported values: task progress per task×region×period and indicator values per
indicator×region×period, plus the roll-ups the overview and charts read."""

from __future__ import annotations

import json
from collections.abc import Sequence

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
    """Stored rows for many keys in one query, by key tuple (in TABLES order): their values and the step that
    wrote them (step_id)."""
    key_columns, values = TABLES[table]
    values = (*values, "step_id")
    wanted = json.dumps([[key[k] for k in key_columns] for key in keys])
    on = " AND ".join(f"x.{k} = json_extract(j.value, '$[{i}]')" for i, k in enumerate(key_columns))
    rows = db.execute(
        f"SELECT {', '.join('x.' + c for c in (*key_columns, *values))} FROM json_each(?) j JOIN {table} x ON {on}",
        [wanted],
    )
    return {row[: len(key_columns)]: dict(zip(values, row[len(key_columns) :])) for row in rows}


def upsert_many(db: sqlite_utils.Database, table: str, rows: list[dict]) -> None:
    """Insert or update complete rows (key, value columns, origin, submission_id,
    updated_at, the step writing them); the caller holds the transaction."""
    if not rows:
        return
    keys, values = TABLES[table]
    columns = [*keys, *values, "origin", "submission_id", "updated_at", "step_id"]
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


def task_status(db: sqlite_utils.Database, task_id: int) -> str | None:
    """The status the office set over a task's derived one, or None."""
    return db.execute(
        "SELECT CASE WHEN status_overridden THEN status END FROM tasks WHERE id = ?", [task_id]
    ).fetchone()[0]


def set_task_status(db: sqlite_utils.Database, task_id: int, status: str | None) -> None:
    """Set (or with None clear) the office's status of a task; cleared, the column goes back to its default."""
    db.execute(
        "UPDATE tasks SET status = coalesce(:status, 'not_started'), status_overridden = (:status IS NOT NULL)"
        " WHERE id = :id",
        {"status": status, "id": task_id},
    )


def _tasks_of(column: str, plan_id: int | None, task_ids: list[int] | None) -> tuple[str, list[object]]:
    """A condition on *column* (a task id) for a plan's tasks (None: every plan's) or only *task_ids*."""
    where: list[str] = ["1"]
    params: list[object] = []
    if plan_id is not None:
        where.append(f"{column} IN (SELECT id FROM tasks WHERE plan_id = ?)")
        params.append(plan_id)
    if task_ids is not None:
        where.append(f"{column} IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(task_ids))
    return " AND ".join(where), params


def task_overrides(
    db: sqlite_utils.Database, *, plan_id: int | None, task_ids: list[int] | None
) -> dict[int, str | None]:
    """Every task of a plan (None: of every plan), or only *task_ids*, with the status the office set over the
    derived one, or None."""
    where, params = _tasks_of("t.id", plan_id, task_ids)
    return dict(
        db.execute(f"SELECT t.id, CASE WHEN t.status_overridden THEN t.status END FROM tasks t WHERE {where}", params)
    )


def _plan_range(db: sqlite_utils.Database, owner: str, plan_id: int) -> tuple[int, int]:
    """The lowest and highest id of a plan's tasks or indicators: a plan's are made together, one after
    another, so the range finds its rows in an index by period (an empty plan: an empty range)."""
    low, high = db.execute(f"SELECT min(id), max(id) FROM {owner} WHERE plan_id = ?", [plan_id]).fetchone()
    return (low, high) if low is not None else (1, 0)


def _ever_reported(db: sqlite_utils.Database, pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (task, region) pairs with a status in some period: one look into the key each."""
    return set(
        db.execute(
            "SELECT t, r FROM (SELECT json_extract(value, '$[0]') AS t, json_extract(value, '$[1]') AS r"
            " FROM json_each(?)) WHERE EXISTS (SELECT 1 FROM task_progress x WHERE x.task_id = t"
            " AND x.region_id = r AND x.status IS NOT NULL)",
            [json.dumps(sorted(pairs))],
        )
    )


def latest_statuses(
    db: sqlite_utils.Database, *, plan_id: int | None, task_ids: list[int] | None, regions: list[str] | None = None
) -> list[dict]:
    """Per task and region (the provinces, or the *regions* given by code), the status of the latest period in
    which it reported one (the shorter period where two end together) and that period's code; for a plan's tasks
    (None: every plan), or only *task_ids*."""
    where, params = _tasks_of("t.id", plan_id, task_ids)
    if regions is None:
        provinces = dict(db.execute("SELECT id, code FROM regions WHERE level = 'province'").fetchall())
    else:
        provinces = dict(
            db.execute(
                f"SELECT id, code FROM regions WHERE code IN ({', '.join('?' * len(regions))})", regions
            ).fetchall()
        )
    pending = {(t, r) for (t,) in db.execute(f"SELECT t.id FROM tasks t WHERE {where}", params) for r in provinces}
    # Period by period from the newest, each read in one range of the period index, until every task and
    # province has its latest status: reading every status ever reported grew with the years (README:
    # Performance). After the newest, pairs that never reported one are set aside, so a plan nobody reports
    # on is not looked for in every period.
    found: list[dict] = []
    periods = db.execute("SELECT id, code FROM periods ORDER BY end_date DESC, start_date DESC").fetchall()
    for n, (period_id, code) in enumerate(periods):
        if n == 1 and pending:
            pending = _ever_reported(db, pending)
        if not pending:
            break
        low, high = min(t for t, _ in pending), max(t for t, _ in pending)
        rows = db.execute(
            "SELECT task_id, region_id, status FROM task_progress INDEXED BY task_progress_period"
            f" WHERE period_id = ? AND region_id IN ({', '.join('?' * len(provinces))})"
            " AND task_id BETWEEN ? AND ? AND status IS NOT NULL",
            [period_id, *provinces, low, high],
        ).fetchall()
        for task_id, region_id, status in rows:
            if (task_id, region_id) in pending:
                pending.discard((task_id, region_id))
                found.append({"task_id": task_id, "region": provinces[region_id], "status": status, "period": code})
    return found


def cell_names(db: sqlite_utils.Database, keys: list[dict]) -> list[dict]:
    """For each key (task_id or indicator_id, with region_id and period_id where it has them), in order: the
    task's number and title or the indicator's name (`item`), the region's code and the period's code."""

    def key(name: str) -> str:
        return f"json_extract(j.value, '$.{name}')"

    return list(
        db.query(
            "SELECT coalesce(t.number || ' ' || t.title, i.name, '') AS item, r.code AS region, p.code AS period"
            f" FROM json_each(?) j LEFT JOIN tasks t ON t.id = {key('task_id')}"
            f" LEFT JOIN indicators i ON i.id = {key('indicator_id')} LEFT JOIN regions r ON r.id = {key('region_id')}"
            f" LEFT JOIN periods p ON p.id = {key('period_id')} ORDER BY j.key",
            [json.dumps(keys)],
        )
    )


_EMPTY = {
    "task_progress": "status IS NULL AND percent IS NULL AND progress = '' AND problems = '' AND next_steps = ''",
    "indicator_values": "value IS NULL AND note = ''",
}


def delete_empty(db: sqlite_utils.Database, table: str, keys: list[dict]) -> None:
    """Remove the rows of *keys* that hold no value at all; the caller holds the transaction."""
    key_columns, _ = TABLES[table]
    wanted = json.dumps([[key[k] for k in key_columns] for key in keys])
    parts = ", ".join(f"json_extract(value, '$[{i}]')" for i in range(len(key_columns)))
    db.execute(
        f"DELETE FROM {table} WHERE ({', '.join(key_columns)}) IN (SELECT {parts} FROM json_each(?))"
        f" AND {_EMPTY[table]}",
        [wanted],
    )


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


def status_counts(db: sqlite_utils.Database, plan_id: int, period_id: int, regions: Sequence[str]) -> list[dict]:
    """Task status counts per region (of those given, by code) for one plan and period: the plan's range of the
    index by period, which holds the statuses, not the period's rows of every plan."""
    low, high = _plan_range(db, "tasks", plan_id)
    return list(
        db.query(
            "SELECT r.code AS region, x.status, count(*) AS n FROM regions r"
            " CROSS JOIN task_progress x INDEXED BY task_progress_period"
            " ON x.period_id = :period AND x.region_id = r.id AND x.task_id BETWEEN :low AND :high"
            " WHERE r.code IN (SELECT value FROM json_each(:regions))"
            " AND x.task_id IN (SELECT id FROM tasks WHERE plan_id = :plan)"
            " GROUP BY r.id, x.status ORDER BY r.id",
            {"period": period_id, "low": low, "high": high, "plan": plan_id, "regions": json.dumps(list(regions))},
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


def indicator_series(db: sqlite_utils.Database, indicator_id: int, region_ids: list[int]) -> list[dict]:
    """Actual values of one indicator in the given regions: region, period and value, oldest period first."""
    return list(
        db.query(
            "SELECT r.code AS region, p.code AS period, p.end_date, iv.value FROM json_each(?) j"
            " JOIN regions r ON r.id = j.value JOIN indicator_values iv ON iv.indicator_id = ? AND iv.region_id = r.id"
            " JOIN periods p ON p.id = iv.period_id WHERE iv.value IS NOT NULL ORDER BY p.end_date, r.id",
            [json.dumps(region_ids), indicator_id],
        )
    )


def regions_with_values(db: sqlite_utils.Database, indicator_id: int) -> list[str]:
    """The codes of the regions with a value for an indicator, in their order."""
    return [
        code
        for (code,) in db.execute(
            "SELECT r.code FROM regions r WHERE EXISTS (SELECT 1 FROM indicator_values iv"
            " WHERE iv.indicator_id = ? AND iv.region_id = r.id AND iv.value IS NOT NULL) ORDER BY r.id",
            [indicator_id],
        )
    ]


def periods_with_data(db: sqlite_utils.Database, plan_id: int) -> list[dict]:
    """The periods in which a province reported on a plan's tasks or indicators: for each, one look into the
    index by period for the plan's range of ids, not a read of every row the plan has."""
    tasks, indicators = _plan_range(db, "tasks", plan_id), _plan_range(db, "indicators", plan_id)

    def reported(table: str, column: str, owner: str) -> str:
        return (
            f"EXISTS (SELECT 1 FROM regions r CROSS JOIN {table} x INDEXED BY {table}_period"
            f" ON x.period_id = p.id AND x.region_id = r.id AND x.{column} BETWEEN ? AND ?"
            f" WHERE r.level = 'province' AND x.{column} IN (SELECT id FROM {owner} WHERE plan_id = ?))"
        )

    return list(
        db.query(
            f"SELECT p.* FROM periods p WHERE {reported('task_progress', 'task_id', 'tasks')}"
            f" OR {reported('indicator_values', 'indicator_id', 'indicators')} ORDER BY p.start_date, p.kind",
            [*tasks, plan_id, *indicators, plan_id],
        )
    )
