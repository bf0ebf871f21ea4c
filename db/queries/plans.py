"""Plans and their content: outline, tasks, projects, safeguards, stages, indicators."""

from __future__ import annotations

import sqlite_utils

from db.connection import inserted_id

_CONTENT_TABLES = ("projects", "safeguards")


def insert_plan(
    db: sqlite_utils.Database,
    plan: dict,
    *,
    outline: list[dict],
    tasks: list[dict],
    projects: list[dict],
    safeguards: list[dict],
    stages: list[dict],
    indicators: list[dict],
) -> int:
    """Insert one plan with everything it holds; the caller wraps it in a transaction.

    outline rows carry `parent_index` (position of the parent in the list, or None);
    tasks carry `region_ids`; indicators carry `targets` (year, value, stage).
    """
    plan_id = inserted_id(
        db.execute(
            "INSERT INTO plans (title, kind, period_start, period_end, doc_number, issuers, issue_date,"
            " source_name, source_sha256, source_text, imported_at)"
            " VALUES (:title, :kind, :period_start, :period_end, :doc_number, :issuers, :issue_date,"
            " :source_name, :source_sha256, :source_text, :imported_at)",
            plan,
        )
    )
    replace_outline(db, plan_id, outline)
    for seq, task in enumerate(tasks, 1):
        insert_task(db, plan_id, seq, task)
    for table, rows in zip(_CONTENT_TABLES, (projects, safeguards)):
        for seq, row in enumerate(rows, 1):
            insert_content(db, table, plan_id, seq, row)
    replace_stages(db, plan_id, stages)
    for seq, ind in enumerate(indicators, 1):
        insert_indicator(db, plan_id, seq, ind)
    return plan_id


def update_plan(db: sqlite_utils.Database, plan_id: int, plan: dict) -> None:
    """A plan's own row from a new version of its document (the keys insert_plan takes)."""
    db.execute(
        "UPDATE plans SET title = :title, kind = :kind, period_start = :period_start, period_end = :period_end,"
        " doc_number = :doc_number, issuers = :issuers, issue_date = :issue_date, source_name = :source_name,"
        " source_sha256 = :source_sha256, source_text = :source_text, imported_at = :imported_at WHERE id = :id",
        {**plan, "id": plan_id},
    )


def replace_outline(db: sqlite_utils.Database, plan_id: int, outline: list[dict]) -> None:
    """The plan's outline, all of it anew: nothing refers to an outline node but its children."""
    db.execute("DELETE FROM outline_nodes WHERE plan_id = ?", [plan_id])
    node_ids: list[int] = []
    for position, node in enumerate(outline):
        parent = node_ids[node["parent_index"]] if node["parent_index"] is not None else None
        node_ids.append(
            inserted_id(
                db.execute(
                    "INSERT INTO outline_nodes (plan_id, parent_id, position, depth, kind, number, title, text,"
                    " span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        plan_id,
                        parent,
                        position,
                        node["depth"],
                        node["kind"],
                        node["number"],
                        node["title"],
                        node["text"],
                        node["span_start"],
                        node["span_end"],
                    ],
                )
            )
        )


def replace_stages(db: sqlite_utils.Database, plan_id: int, stages: list[dict]) -> None:
    db.execute("DELETE FROM stages WHERE plan_id = ?", [plan_id])
    db.conn.executemany(
        "INSERT INTO stages (plan_id, label, start_year, end_year, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)",
        [(plan_id, s["label"], s["start_year"], s["end_year"], s["span_start"], s["span_end"]) for s in stages],
    )


_TASK_FIELDS = (
    "number",
    "group_number",
    "group_title",
    "title",
    "body",
    "lead_units",
    "cooperating_units",
    "deadline",
    "span_start",
    "span_end",
)


def insert_task(db: sqlite_utils.Database, plan_id: int, seq: int, task: dict) -> int:
    task_id = inserted_id(
        db.execute(
            f"INSERT INTO tasks (plan_id, seq, {', '.join(_TASK_FIELDS)}) VALUES (?, ?{', ?' * len(_TASK_FIELDS)})",
            [plan_id, seq, *(task[f] for f in _TASK_FIELDS)],
        )
    )
    _task_regions(db, task_id, task["region_ids"])
    return task_id


def update_task(db: sqlite_utils.Database, task_id: int, seq: int, task: dict) -> None:
    """A task's text and place from a new version of its plan; its progress and status stay."""
    db.execute(
        f"UPDATE tasks SET seq = ?, {', '.join(f'{f} = ?' for f in _TASK_FIELDS)} WHERE id = ?",
        [seq, *(task[f] for f in _TASK_FIELDS), task_id],
    )
    db.execute("DELETE FROM task_regions WHERE task_id = ?", [task_id])
    _task_regions(db, task_id, task["region_ids"])


def _task_regions(db: sqlite_utils.Database, task_id: int, region_ids: list[int]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO task_regions (task_id, region_id) VALUES (?, ?)",
        [(task_id, rid) for rid in region_ids],
    )


def park_task_seqs(db: sqlite_utils.Database, plan_id: int) -> None:
    """Free every seq of the plan's tasks (UNIQUE per plan) before they are numbered anew."""
    db.execute("UPDATE tasks SET seq = -id WHERE plan_id = ?", [plan_id])


def insert_content(db: sqlite_utils.Database, table: str, plan_id: int, seq: int, row: dict) -> int:
    assert table in _CONTENT_TABLES
    return inserted_id(
        db.execute(
            f"INSERT INTO {table} (plan_id, seq, number, title, body, span_start, span_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [plan_id, seq, row["number"], row["title"], row["body"], row["span_start"], row["span_end"]],
        )
    )


def update_content(db: sqlite_utils.Database, table: str, row_id: int, seq: int, row: dict) -> None:
    assert table in _CONTENT_TABLES
    db.execute(
        f"UPDATE {table} SET seq = ?, number = ?, title = ?, body = ?, span_start = ?, span_end = ? WHERE id = ?",
        [seq, row["number"], row["title"], row["body"], row["span_start"], row["span_end"], row_id],
    )


_INDICATOR_FIELDS = (
    "name",
    "unit",
    "direction",
    "scope_region_id",
    "baseline_value",
    "baseline_year",
    "span_start",
    "span_end",
)


def insert_indicator(db: sqlite_utils.Database, plan_id: int, seq: int, ind: dict) -> int:
    indicator_id = inserted_id(
        db.execute(
            f"INSERT INTO indicators (plan_id, seq, attribute, {', '.join(_INDICATOR_FIELDS)})"
            f" VALUES (?, ?, ?{', ?' * len(_INDICATOR_FIELDS)})",
            [plan_id, seq, ind.get("attribute"), *(ind[f] for f in _INDICATOR_FIELDS)],
        )
    )
    _targets(db, indicator_id, ind["targets"])
    return indicator_id


def update_indicator(db: sqlite_utils.Database, indicator_id: int, seq: int, ind: dict) -> None:
    """An indicator's definition and targets from a new version of its plan; its values stay."""
    # The attribute (约束性/预期性) only where the new version states it: the office may have set it since.
    db.execute(
        f"UPDATE indicators SET seq = ?, {', '.join(f'{f} = ?' for f in _INDICATOR_FIELDS)},"
        " attribute = coalesce(?, attribute) WHERE id = ?",
        [seq, *(ind[f] for f in _INDICATOR_FIELDS), ind.get("attribute"), indicator_id],
    )
    db.execute("DELETE FROM indicator_targets WHERE indicator_id = ?", [indicator_id])
    _targets(db, indicator_id, ind["targets"])


def _targets(db: sqlite_utils.Database, indicator_id: int, targets: list[dict]) -> None:
    db.conn.executemany(
        "INSERT INTO indicator_targets (indicator_id, year, value, stage) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(indicator_id, year) DO UPDATE SET value = excluded.value, stage = excluded.stage",
        [(indicator_id, t["year"], t["value"], t["stage"]) for t in targets],
    )


_ITEM_TABLES = ("tasks", "indicators", *_CONTENT_TABLES)


def delete_items(db: sqlite_utils.Database, table: str, ids: list[int]) -> None:
    """Rows of a plan's content; what hangs on them (regions, targets, progress) goes with them."""
    assert table in _ITEM_TABLES
    db.conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(i,) for i in ids])


def held(db: sqlite_utils.Database, plan_id: int) -> dict[tuple[str, int], int]:
    """What the plan's tasks and indicators hold beyond their text: ("task", id) → progress rows (a status
    the office set counts as one), ("indicator", id) → values recorded."""
    rows = db.execute(
        "SELECT 'task', t.id, (SELECT count(*) FROM task_progress p WHERE p.task_id = t.id) + t.status_overridden"
        " FROM tasks t WHERE t.plan_id = ?"
        " UNION ALL SELECT 'indicator', i.id, (SELECT count(*) FROM indicator_values v WHERE v.indicator_id = i.id)"
        " FROM indicators i WHERE i.plan_id = ?",
        [plan_id, plan_id],
    )
    return {(kind, item_id): count for kind, item_id, count in rows if count}


def plan_by_sha(db: sqlite_utils.Database, sha256: str) -> dict | None:
    return next(db.query("SELECT id, title FROM plans WHERE source_sha256 = ?", [sha256]), None)


def list_plans(db: sqlite_utils.Database) -> list[dict]:
    return list(
        db.query(
            "SELECT p.id, p.title, p.kind, p.period_start, p.period_end, p.doc_number, p.issue_date,"
            " p.source_name, p.imported_at,"
            " (SELECT count(*) FROM tasks t WHERE t.plan_id = p.id) AS tasks,"
            " (SELECT count(*) FROM projects x WHERE x.plan_id = p.id) AS projects,"
            " (SELECT count(*) FROM safeguards s WHERE s.plan_id = p.id) AS safeguards,"
            " (SELECT count(*) FROM indicators i WHERE i.plan_id = p.id) AS indicators"
            " FROM plans p ORDER BY p.period_start, p.id"
        )
    )


def plan(db: sqlite_utils.Database, plan_id: int) -> dict | None:
    return next(db.query("SELECT * FROM plans WHERE id = ?", [plan_id]), None)


def outline(db: sqlite_utils.Database, plan_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM outline_nodes WHERE plan_id = ? ORDER BY position", [plan_id]))


def tasks(db: sqlite_utils.Database, plan_id: int) -> list[dict]:
    return list(
        db.query(
            "SELECT t.*, (SELECT json_group_array(r.code) FROM task_regions tr JOIN regions r"
            " ON r.id = tr.region_id WHERE tr.task_id = t.id) AS regions"
            " FROM tasks t WHERE t.plan_id = ? ORDER BY t.seq",
            [plan_id],
        )
    )


def projects(db: sqlite_utils.Database, plan_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM projects WHERE plan_id = ? ORDER BY seq", [plan_id]))


def safeguards(db: sqlite_utils.Database, plan_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM safeguards WHERE plan_id = ? ORDER BY seq", [plan_id]))


def stages(db: sqlite_utils.Database, plan_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM stages WHERE plan_id = ? ORDER BY start_year", [plan_id]))


def indicators(db: sqlite_utils.Database, plan_id: int) -> list[dict]:
    return list(
        db.query(
            "SELECT i.*, r.code AS scope_region, w.name AS weight_by,"
            " (SELECT json_group_array(json_object('year', t.year, 'value', t.value, 'stage', t.stage))"
            "  FROM (SELECT * FROM indicator_targets WHERE indicator_id = i.id ORDER BY year) t) AS targets,"
            " (SELECT json_group_array(json_object('year', v.year, 'old', v.old_value, 'new', v.new_value,"
            "  'on', v.revised_on, 'reason', v.reason, 'source', v.source))"
            "  FROM (SELECT * FROM indicator_target_revisions WHERE indicator_id = i.id ORDER BY revised_on, id) v)"
            " AS revisions"
            " FROM indicators i JOIN regions r ON r.id = i.scope_region_id"
            " LEFT JOIN indicators w ON w.id = i.weight_by_id"
            " WHERE i.plan_id = ? ORDER BY i.seq",
            [plan_id],
        )
    )


def search_titles(db: sqlite_utils.Database, text: str) -> list[dict]:
    return list(db.query("SELECT id, title FROM plans WHERE instr(title, ?) > 0 ORDER BY id", [text]))
