"""The audit log: a step per write (when, who, from where) and what it changed.

Reported values (task_progress, indicator_values) are not copied into the log: each row names the step that last
wrote it (`step_id`), and a step that changes or deletes a row keeps only the version it replaced, in
`audit_replaced` (its values that are not blank, as JSON, and the step that had written it). A step's rows are
found through the boxes it records (`audit_steps.wrote`: [entity, period_id, region_id, lowest item id, highest]),
in the index by period. What a step did to a row is then: from the version it replaced (none: it made the row) to
the version the next step replaced, or the row as it stands, or nothing (it deleted the row).

Everything else (plans, reviews, locks, definitions…) is an entry per changed row in `audit_log` holding, per
changed field, its old and new value as JSON: {"field": [old, new], …}. Readers get both as such entries."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from db.connection import inserted_id
from db.migrations import IS_SUBMISSION_SOURCE, SUBMISSION_OF_SOURCE
from db.queries.progress import TABLES

TEXT_COLUMNS = ("progress", "problems", "next_steps", "note")
_BATCH = 20  # steps read at a time for the newest entries
_PER_STEP = 1_000_000  # an entry's id: its step's id × this + its place in the step


def begin(db: sqlite_utils.Database, at: str, source: str, *, user: str = "") -> int:
    """A new step; the caller holds the transaction."""
    return inserted_id(db.execute("INSERT INTO audit_steps (at, source, user) VALUES (?, ?, ?)", [at, source, user]))


def record(db: sqlite_utils.Database, at: str, source: str, entries: list[dict], *, user: str = "") -> None:
    """One step by *user* and its entries (entity, item_id, region_id, period_id, entity_key, changes) of what is not
    a reported value; the caller holds the transaction. A step without entries is not recorded."""
    if not entries:
        return
    step = begin(db, at, source, user=user)
    db.conn.executemany(
        "INSERT INTO audit_log (step_id, entity, item_id, region_id, period_id, entity_key, changes)"
        " VALUES (:step_id, :entity, :item_id, :region_id, :period_id, :entity_key, :changes)",
        [{**e, "step_id": step} for e in entries],
    )


def _blank(value: object) -> bool:
    return value is None or value == ""


def version(entity: str, row: dict) -> str:
    """A row's values as `audit_replaced` keeps them: those not blank."""
    _, columns = TABLES[entity]
    return json.dumps({c: row[c] for c in columns if not _blank(row.get(c))}, ensure_ascii=False, separators=(",", ":"))


def boxes(step: int, entity: str, keys: Iterable[dict]) -> list[list]:
    """The boxes that hold *keys* in the index by period: per period and region, the lowest and highest item."""
    item = TABLES[entity][0][0]
    found: dict[tuple[int, int], list[int]] = {}
    for k in keys:
        box = found.setdefault((k["period_id"], k["region_id"]), [k[item], k[item]])
        box[0], box[1] = min(box[0], k[item]), max(box[1], k[item])
    return [[step, entity, period, region, low, high] for (period, region), (low, high) in found.items()]


def record_values(db: sqlite_utils.Database, step: int, entity: str, written: list[tuple[dict, dict | None]]) -> None:
    """What *step* wrote to *entity*: each key with the row it replaced (None: it made the row), the rows already
    written with the step's id; the caller holds the transaction. A replaced row that held nothing is no entry: it
    is as if the step had made the row."""
    key_columns, _ = TABLES[entity]
    replaced = [
        {
            "step_id": step,
            "entity": entity,
            "item_id": key[key_columns[0]],
            "region_id": key["region_id"],
            "period_id": key["period_id"],
            "written_by": old.get("step_id"),
            "old": version(entity, old),
        }
        for key, old in written
        if old is not None and any(not _blank(old.get(c)) for c in TABLES[entity][1])
    ]
    db.conn.executemany(
        "INSERT INTO audit_replaced (step_id, entity, item_id, region_id, period_id, written_by, old)"
        " VALUES (:step_id, :entity, :item_id, :region_id, :period_id, :written_by, :old)",
        replaced,
    )
    wrote = [b[1:] for b in boxes(step, entity, (key for key, _ in written))]
    db.execute(
        "UPDATE audit_steps SET wrote = json(CASE WHEN wrote IS NULL THEN :new"
        " ELSE (SELECT json_group_array(json(value)) FROM (SELECT value FROM json_each(wrote)"
        " UNION ALL SELECT value FROM json_each(:new))) END) WHERE id = :id",
        {"new": json.dumps(wrote), "id": step},
    )


def count(db: sqlite_utils.Database) -> int:
    """Entries: changed rows (a reported value's row once per step that wrote it)."""
    versions = " + ".join(f"(SELECT count(*) FROM {t} WHERE step_id IS NOT NULL)" for t in TABLES)
    return db.execute(
        f"SELECT (SELECT count(*) FROM audit_log) + {versions}"
        " + (SELECT count(*) FROM audit_replaced WHERE written_by IS NOT NULL)"
    ).fetchone()[0]


def _full(entity: str, values: dict | None) -> dict:
    """A version's every value column (blank ones as stored: '' for a text); None: no row (all None)."""
    _, columns = TABLES[entity]
    if values is None:
        return dict.fromkeys(columns)
    return {c: values.get(c, "" if c in TEXT_COLUMNS else None) for c in columns}


def _same(a: object, b: object) -> bool:
    return (None if _blank(a) else a) == (None if _blank(b) else b)


def value_entries(db: sqlite_utils.Database, steps: list[int]) -> list[dict]:
    """What *steps* did to reported values, as entries (step_id, entity, item_id, region_id, period_id, changes),
    by step, then row."""
    if not steps:
        return []
    ids = json.dumps(steps)
    wanted = set(steps)
    old: dict[tuple, dict] = {}  # (step, entity, key): the version the step replaced
    new: dict[tuple, dict] = {}  # (step, entity, key): the version the step wrote, replaced since
    for r in db.query(
        "SELECT step_id, written_by, entity, item_id, region_id, period_id, old FROM audit_replaced"
        " WHERE step_id IN (SELECT value FROM json_each(:ids)) OR written_by IN (SELECT value FROM json_each(:ids))"
        " ORDER BY id",
        {"ids": ids},
    ):
        key = (r["entity"], r["item_id"], r["region_id"], r["period_id"])
        if r["step_id"] in wanted:
            old.setdefault((r["step_id"], *key), json.loads(r["old"]))
        if r["written_by"] in wanted and r["written_by"] != r["step_id"]:
            new[(r["written_by"], *key)] = json.loads(r["old"])
    now: dict[tuple, dict] = {}  # (step, entity, key): the row as it stands, the step's still
    wrote = [  # the steps' boxes, each with its step
        [step, *box]
        for step, written in db.execute(
            "SELECT id, wrote FROM audit_steps WHERE id IN (SELECT value FROM json_each(?)) AND wrote IS NOT NULL",
            [ids],
        )
        for box in json.loads(written)
    ]
    for entity, (key_columns, columns) in TABLES.items():
        of_entity = [[step, period, region, low, high] for step, e, period, region, low, high in wrote if e == entity]
        if not of_entity:
            continue
        item = key_columns[0]
        rows = db.execute(
            f"SELECT x.step_id, x.{item}, x.region_id, x.period_id, {', '.join('x.' + c for c in columns)}"
            f" FROM json_each(?) b CROSS JOIN {entity} x INDEXED BY {entity}_period"
            " ON x.period_id = json_extract(b.value, '$[1]') AND x.region_id = json_extract(b.value, '$[2]')"
            f" AND x.{item} BETWEEN json_extract(b.value, '$[3]') AND json_extract(b.value, '$[4]')"
            " WHERE x.step_id = json_extract(b.value, '$[0]')",
            [json.dumps(of_entity)],
        )
        for step, *row in rows:
            now[(step, entity, *row[:3])] = dict(zip(columns, row[3:]))
    found = []
    for step, entity, item, region, period in sorted({*old, *new, *now}):
        at = (step, entity, item, region, period)
        before = _full(entity, old.get(at))  # none: the step made the row
        after = _full(entity, new[at] if at in new else now.get(at))  # none: the step deleted the row
        changes = {c: [before[c], after[c]] for c in before if not _same(before[c], after[c])}
        if changes:
            found.append(
                {
                    "step_id": step,
                    "entity": entity,
                    "item_id": item,
                    "region_id": region,
                    "period_id": period,
                    "entity_key": None,
                    "changes": json.dumps(changes, ensure_ascii=False, separators=(",", ":")),
                }
            )
    return found


# Entries whose item is a plan: its import, its review and its locked periods.
_OF_PLAN = "('plan', 'review', 'period_lock')"
_PLAN = f"coalesce(t.plan_id, i.plan_id, CASE WHEN a.entity IN {_OF_PLAN} THEN a.item_id END)"
_NAMED = (
    "SELECT a.id, a.step_id, s.at, s.source, s.user, a.entity, a.item_id, a.region_id, a.period_id, a.entity_key,"
    " a.changes, t.number AS task_number, t.title AS task_title, i.name AS indicator_name, pl.title AS plan_title,"
    f" {_PLAN} AS plan_id,"
    " r.code AS region, p.code AS period FROM {entries} a"
    " JOIN audit_steps s ON s.id = a.step_id"
    " LEFT JOIN tasks t ON a.entity IN ('task', 'task_progress') AND t.id = a.item_id"
    " LEFT JOIN indicators i ON a.entity IN ('indicator_values', 'indicator', 'indicator_target', 'index_weight')"
    " AND i.id = a.item_id"
    f" LEFT JOIN plans pl ON a.entity IN {_OF_PLAN} AND pl.id = a.item_id"
    " LEFT JOIN regions r ON r.id = a.region_id LEFT JOIN periods p ON p.id = a.period_id"
)
_ITEMS = "(SELECT id FROM {} WHERE plan_id = :plan)"


def _named(db: sqlite_utils.Database, entries: list[dict]) -> list[dict]:
    """Reported values' entries named as `newest` names them: a few reads of the steps, tasks, indicators, regions
    and periods they name (a join per entry cost more than making them)."""

    def by_id(sql: str, ids: set) -> dict[int, dict]:
        found = db.query(sql + " WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(ids))])
        return {r["id"]: r for r in found}

    def of(entity: str) -> set:
        return {e["item_id"] for e in entries if e["entity"] == entity}

    steps = by_id("SELECT id, at, source, user FROM audit_steps", {e["step_id"] for e in entries})
    tasks = by_id("SELECT id, number, title, plan_id FROM tasks", of("task_progress"))
    indicators = by_id("SELECT id, name, plan_id FROM indicators", of("indicator_values"))
    regions = dict(db.execute("SELECT id, code FROM regions").fetchall())
    periods = dict(db.execute("SELECT id, code FROM periods").fetchall())
    none: dict = {}
    found = []
    for e in entries:
        step = steps[e["step_id"]]
        task = tasks.get(e["item_id"], none) if e["entity"] == "task_progress" else none
        indicator = indicators.get(e["item_id"], none) if e["entity"] == "indicator_values" else none
        found.append(
            {
                **e,
                "at": step["at"],
                "source": step["source"],
                "user": step["user"],
                "task_number": task.get("number"),
                "task_title": task.get("title"),
                "indicator_name": indicator.get("name"),
                "plan_title": None,
                "plan_id": task.get("plan_id", indicator.get("plan_id")),
                "region": regions.get(e["region_id"]),
                "period": periods.get(e["period_id"]),
            }
        )
    return found


def _of_steps(db: sqlite_utils.Database, steps: list[int]) -> list[dict]:
    """Every entry of *steps*, oldest first, each named (`newest`), its id its step's id × 1,000,000 and its place:
    the step's entries in the log, then what it did to reported values."""
    logged = list(
        db.query(
            _NAMED.format(entries="audit_log") + " WHERE a.step_id IN (SELECT value FROM json_each(?)) ORDER BY a.id",
            [json.dumps(steps)],
        )
    )
    found = sorted([*logged, *_named(db, value_entries(db, steps))], key=lambda r: r["step_id"])  # stable
    place: dict[int, int] = {}
    for r in found:
        place[r["step_id"]] = place.get(r["step_id"], -1) + 1
        r["id"] = r["step_id"] * _PER_STEP + place[r["step_id"]]
    return found


def entries_of(db: sqlite_utils.Database, source: str) -> list[dict]:
    """The entries written under *source* (a submission's values), oldest first."""
    if source.startswith("submission:"):  # through the index of files' steps by submission id (schema 12)
        # The source is compared here, not in SQL: with it there, SQLite would read every step instead.
        found = db.execute(
            f"SELECT id, source FROM audit_steps WHERE {SUBMISSION_OF_SOURCE} = ? AND {IS_SUBMISSION_SOURCE}"
            " ORDER BY id",
            [int(source.split(":", 2)[1])],
        )
        steps = [step for step, named in found if named == source]
    else:
        steps = [s for (s,) in db.execute("SELECT id FROM audit_steps WHERE source = ? ORDER BY id", [source])]
    return _of_steps(db, steps)


def newest(db: sqlite_utils.Database, limit: int) -> list[dict]:
    """The newest entries, newest first, enough for *limit* changed fields, each with its step and the task or
    indicator, region and period its ids name."""
    found: list[dict] = []
    fields, before = 0, None
    while fields < limit:
        steps = [
            s
            for (s,) in db.execute(
                "SELECT id FROM audit_steps WHERE ? IS NULL OR id < ? ORDER BY id DESC LIMIT ?",
                [before, before, _BATCH],
            )
        ]
        if not steps:
            break
        for r in reversed(_of_steps(db, steps)):
            if fields >= limit:
                break
            found.append(r)
            fields += len(json.loads(r["changes"]))
        before = steps[-1]
    return found


def entries(db: sqlite_utils.Database, *, plan_id: int | None, since: str | None) -> list[dict]:
    """Entries as `newest` names them, oldest first: those of one plan (its import, its tasks' and indicators'
    changes) and/or those recorded on or after *since* (an ISO date or time)."""
    where = ["1"]
    if since is not None:
        where.append("s.at >= :since")
    if plan_id is not None:  # the steps that wrote one of the plan's rows or an entry of it
        owners = {"task_progress": "tasks", "indicator_values": "indicators"}
        touched = [
            *(f"SELECT step_id FROM {t} WHERE {TABLES[t][0][0]} IN {_ITEMS.format(o)}" for t, o in owners.items()),
            *(
                f"SELECT {c} FROM audit_replaced WHERE entity = '{t}' AND item_id IN {_ITEMS.format(o)}"
                for t, o in owners.items()
                for c in ("step_id", "written_by")
            ),
            "SELECT a.step_id FROM audit_log a LEFT JOIN tasks t ON a.entity = 'task' AND t.id = a.item_id"
            " LEFT JOIN indicators i ON a.entity IN ('indicator', 'indicator_target', 'index_weight')"
            f" AND i.id = a.item_id WHERE {_PLAN} = :plan",
        ]
        where.append(f"s.id IN ({' UNION '.join(touched)})")
    steps = [
        s
        for (s,) in db.execute(
            f"SELECT s.id FROM audit_steps s WHERE {' AND '.join(where)} ORDER BY s.id",
            {"since": since, "plan": plan_id},
        )
    ]
    found = _of_steps(db, steps)
    return [r for r in found if r["plan_id"] == plan_id] if plan_id is not None else found
