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
    for seq, task in enumerate(tasks, 1):
        task_id = inserted_id(
            db.execute(
                "INSERT INTO tasks (plan_id, seq, number, group_number, group_title, title, body, lead_units,"
                " cooperating_units, deadline, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    plan_id,
                    seq,
                    task["number"],
                    task["group_number"],
                    task["group_title"],
                    task["title"],
                    task["body"],
                    task["lead_units"],
                    task["cooperating_units"],
                    task["deadline"],
                    task["span_start"],
                    task["span_end"],
                ],
            )
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO task_regions (task_id, region_id) VALUES (?, ?)",
            [(task_id, rid) for rid in task["region_ids"]],
        )
    for table, rows in zip(_CONTENT_TABLES, (projects, safeguards)):
        db.conn.executemany(
            f"INSERT INTO {table} (plan_id, seq, number, title, body, span_start, span_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (plan_id, seq, r["number"], r["title"], r["body"], r["span_start"], r["span_end"])
                for seq, r in enumerate(rows, 1)
            ],
        )
    db.conn.executemany(
        "INSERT INTO stages (plan_id, label, start_year, end_year, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?)",
        [(plan_id, s["label"], s["start_year"], s["end_year"], s["span_start"], s["span_end"]) for s in stages],
    )
    for seq, ind in enumerate(indicators, 1):
        indicator_id = inserted_id(
            db.execute(
                "INSERT INTO indicators (plan_id, seq, name, unit, direction, attribute, scope_region_id,"
                " baseline_value, baseline_year, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    plan_id,
                    seq,
                    ind["name"],
                    ind["unit"],
                    ind["direction"],
                    ind.get("attribute"),
                    ind["scope_region_id"],
                    ind["baseline_value"],
                    ind["baseline_year"],
                    ind["span_start"],
                    ind["span_end"],
                ],
            )
        )
        db.conn.executemany(
            "INSERT INTO indicator_targets (indicator_id, year, value, stage) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(indicator_id, year) DO UPDATE SET value = excluded.value, stage = excluded.stage",
            [(indicator_id, t["year"], t["value"], t["stage"]) for t in ind["targets"]],
        )
    return plan_id


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
