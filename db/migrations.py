"""Schema migrations, ordered and recorded in PRAGMA user_version.

Each step runs in one transaction together with the version bump, so a workspace is
always at exactly one version, even when the process is killed half-way.
Add a step by appending to STEPS; never edit a released one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlite_utils

from db.connection import transaction, user_version

# The submission id a step's source names ("submission:123:江苏省.xlsx" → 123; SQLite's CAST reads the leading
# digits), and the sources that name one: the index of step 12 and the query that uses it say them alike.
SUBMISSION_OF_SOURCE = "CAST(substr(source, 12) AS INTEGER)"
IS_SUBMISSION_SOURCE = "source LIKE 'submission:%'"

_V1: tuple[str, ...] = (
    """
CREATE TABLE workspace_info (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)""",
    """
CREATE TABLE regions (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('delta', 'province', 'city', 'district', 'subregion')),
    parent_id INTEGER REFERENCES regions(id)
)""",
    """
CREATE TABLE region_aliases (
    alias TEXT PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions(id) ON DELETE CASCADE
)""",
    """
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    period_start INTEGER,
    period_end INTEGER,
    doc_number TEXT,
    issuers TEXT NOT NULL DEFAULT '[]',
    issue_date TEXT,
    source_name TEXT NOT NULL,
    source_sha256 TEXT NOT NULL UNIQUE,
    source_text TEXT NOT NULL,
    imported_at TEXT NOT NULL
)""",
    """
CREATE TABLE outline_nodes (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES outline_nodes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    depth INTEGER NOT NULL,
    kind TEXT NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
)""",
    "CREATE INDEX outline_nodes_plan ON outline_nodes(plan_id, position)",
    """
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    group_number TEXT,
    group_title TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    lead_units TEXT NOT NULL DEFAULT '[]',
    cooperating_units TEXT NOT NULL DEFAULT '[]',
    deadline TEXT,
    status TEXT NOT NULL DEFAULT 'not_started'
        CHECK (status IN ('not_started', 'in_progress', 'done', 'lagging', 'on_hold')),
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    UNIQUE (plan_id, seq)
)""",
    """
CREATE TABLE task_regions (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    region_id INTEGER NOT NULL REFERENCES regions(id),
    PRIMARY KEY (task_id, region_id)
) WITHOUT ROWID""",
    """
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
)""",
    "CREATE INDEX projects_plan ON projects(plan_id, seq)",
    """
CREATE TABLE safeguards (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
)""",
    "CREATE INDEX safeguards_plan ON safeguards(plan_id, seq)",
    """
CREATE TABLE stages (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    start_year INTEGER NOT NULL,
    end_year INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
)""",
    "CREATE INDEX stages_plan ON stages(plan_id)",
    """
CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    direction TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease')),
    scope_region_id INTEGER NOT NULL REFERENCES regions(id),
    baseline_value REAL,
    baseline_year INTEGER,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL
)""",
    "CREATE INDEX indicators_plan ON indicators(plan_id, seq)",
    """
CREATE TABLE indicator_targets (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    value REAL NOT NULL,
    stage TEXT,
    UNIQUE (indicator_id, year)
)""",
    """
CREATE TABLE periods (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('year', 'half', 'quarter')),
    year INTEGER NOT NULL,
    part INTEGER NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL
)""",
    """
CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    region_id INTEGER NOT NULL REFERENCES regions(id),
    period_id INTEGER NOT NULL REFERENCES periods(id),
    file_name TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'rejected')),
    identified_by TEXT NOT NULL DEFAULT 'metadata',
    counts TEXT NOT NULL DEFAULT '{}',
    problems TEXT NOT NULL DEFAULT '[]'
)""",
    "CREATE INDEX submissions_plan_period ON submissions(plan_id, period_id, region_id)",
    "CREATE INDEX submissions_sha ON submissions(sha256)",
    """
CREATE TABLE task_progress (
    task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    region_id INTEGER NOT NULL REFERENCES regions(id),
    period_id INTEGER NOT NULL REFERENCES periods(id),
    status TEXT CHECK (status IN ('not_started', 'in_progress', 'done', 'lagging', 'on_hold')),
    percent REAL CHECK (percent BETWEEN 0 AND 100),
    progress TEXT NOT NULL DEFAULT '',
    problems TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL CHECK (origin IN ('sample', 'submission', 'manual')),
    submission_id INTEGER REFERENCES submissions(id),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (task_id, region_id, period_id)
) WITHOUT ROWID""",
    "CREATE INDEX task_progress_period ON task_progress(period_id, region_id)",
    """
CREATE TABLE indicator_values (
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    region_id INTEGER NOT NULL REFERENCES regions(id),
    period_id INTEGER NOT NULL REFERENCES periods(id),
    value REAL,
    note TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL CHECK (origin IN ('sample', 'submission', 'manual')),
    submission_id INTEGER REFERENCES submissions(id),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (indicator_id, region_id, period_id)
) WITHOUT ROWID""",
    "CREATE INDEX indicator_values_period ON indicator_values(period_id, region_id)",
    """
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_key TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    source TEXT NOT NULL
)""",
    "CREATE INDEX audit_log_entity ON audit_log(entity, entity_key)",
    """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)""",
)


# Issued templates, so a returned file can be traced to what was sent; the secret that
# keys the templates' checksums; what a submission's guide sheet says about who filled it.
_V2: tuple[str, ...] = (
    """
CREATE TABLE templates (
    id TEXT PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    region_id INTEGER NOT NULL REFERENCES regions(id),
    period_id INTEGER NOT NULL REFERENCES periods(id),
    issued_at TEXT NOT NULL,
    deadline TEXT NOT NULL,
    contact TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    format_version INTEGER NOT NULL,
    checksum TEXT NOT NULL,
    task_count INTEGER NOT NULL DEFAULT 0,
    indicator_count INTEGER NOT NULL DEFAULT 0
)""",
    "CREATE INDEX templates_plan_period ON templates(plan_id, period_id, region_id)",
    "ALTER TABLE submissions ADD COLUMN template_id TEXT REFERENCES templates(id)",
    "ALTER TABLE submissions ADD COLUMN reporter TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE submissions ADD COLUMN phone TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE submissions ADD COLUMN reported_on TEXT",
    "INSERT OR IGNORE INTO workspace_info (key, value) VALUES ('template_key', lower(hex(randomblob(32))))",
)


@dataclass(frozen=True)
class Step:
    """One statement per string (sqlite3 refuses two in one): splitting a script on ';' would
    cut a trigger's body apart, and executescript() would COMMIT outside the step's transaction."""

    version: int
    name: str
    statements: tuple[str, ...]
    vacuum: bool = False  # hand the space a step freed back to the file system (VACUUM runs outside a transaction)
    # Work no statement can do alone (rewriting a log row by row), run between the statements before and after it.
    rewrite: Callable[[sqlite_utils.Database], None] | None = None
    after: tuple[str, ...] = ()

    def apply(self, db: sqlite_utils.Database) -> None:
        for statement in self.statements:
            db.execute(statement)
        if self.rewrite is not None:
            self.rewrite(db)
        for statement in self.after:
            db.execute(statement)


# v1 made a settings table that nothing ever used: window settings live in the user's
# settings file, not in a workspace that travels between machines.
_V3: tuple[str, ...] = ("DROP TABLE settings",)

# A task's status is derived from what the provinces report (workbench/tracking/status.py); tasks.status now
# holds a status the office set over the derived one, and counts only where status_overridden = 1. Until now
# only the office wrote it, so a status other than the default is kept as its override. A submission taken
# back keeps its record, marked with when it was withdrawn.
_V4: tuple[str, ...] = (
    "ALTER TABLE tasks ADD COLUMN status_overridden INTEGER NOT NULL DEFAULT 0 CHECK (status_overridden IN (0, 1))",
    "UPDATE tasks SET status_overridden = 1 WHERE status <> 'not_started'",
    "ALTER TABLE submissions ADD COLUMN withdrawn_at TEXT",
)

# CASE, not AND: json_type() raises on text that is not JSON (a workspace's id), and AND may evaluate both sides.
_KEY = "CASE WHEN (CASE WHEN json_valid(a.entity_key) THEN json_type(a.entity_key) END) = 'object' THEN"


def _typed(column: str) -> str:
    """An old text value as the compact log keeps it: a number where the field holds numbers."""
    return f"CASE WHEN a.field IN ('percent', 'value') THEN CAST(a.{column} AS REAL) ELSE a.{column} END"


# The audit log records changes, not non-changes, in a compact form (README: The workspace): one step per
# write (when, from where) and one entry per changed row holding its ids and, per changed field, the old and
# the new value. Existing logs are compacted: consecutive entries of the same time and source become a step;
# a blank staying blank or a value rewritten as it was is dropped; a row's fields join one entry (a field
# changed twice in a step starts another, so nothing is lost).
_V5: tuple[str, ...] = (
    """
CREATE TABLE audit_steps (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    source TEXT NOT NULL
)""",
    "CREATE TEMP TABLE audit_step_of AS SELECT id, at, source, sum(fresh) OVER (ORDER BY id) AS step FROM"
    " (SELECT id, at, source, (at IS NOT lag(at) OVER w OR source IS NOT lag(source) OVER w) AS fresh"
    " FROM audit_log WINDOW w AS (ORDER BY id))",
    "INSERT INTO audit_steps (id, at, source) SELECT step, at, source FROM audit_step_of GROUP BY step",
    "CREATE INDEX audit_steps_source ON audit_steps(source)",  # a withdrawal finds its file's step
    """
CREATE TABLE audit_entries (
    id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES audit_steps(id),
    entity TEXT NOT NULL,
    item_id INTEGER,
    region_id INTEGER,
    period_id INTEGER,
    entity_key TEXT,
    changes TEXT NOT NULL
)""",
    "INSERT INTO audit_entries (step_id, entity, item_id, region_id, period_id, entity_key, changes)"
    " SELECT step, entity, item_id, region_id, period_id, entity_key, json_group_object(field, json_array(old, new))"
    f" FROM (SELECT s.step, a.id, a.entity, a.field, {_typed('old_value')} AS old, {_typed('new_value')} AS new,"
    f" {_KEY} coalesce(json_extract(a.entity_key, '$.task_id'), json_extract(a.entity_key, '$.indicator_id'),"
    " json_extract(a.entity_key, '$.submission_id')) WHEN a.entity = 'plan' THEN CAST(a.entity_key AS INTEGER)"
    f" END AS item_id, {_KEY} json_extract(a.entity_key, '$.region_id') END AS region_id,"
    f" {_KEY} json_extract(a.entity_key, '$.period_id') END AS period_id,"
    f" CASE WHEN a.entity <> 'plan' AND NOT ({_KEY} 1 ELSE 0 END) THEN a.entity_key END AS entity_key,"
    " row_number() OVER (PARTITION BY s.step, a.entity, a.entity_key, a.field ORDER BY a.id) AS n"
    " FROM audit_log a JOIN audit_step_of s ON s.id = a.id"
    " WHERE coalesce(a.old_value, '') <> coalesce(a.new_value, '') AND NOT (a.field IN ('percent', 'value')"
    " AND coalesce(a.old_value, '') <> '' AND coalesce(a.new_value, '') <> ''"
    " AND CAST(a.old_value AS REAL) = CAST(a.new_value AS REAL))"
    " ORDER BY a.id)"
    " GROUP BY step, entity, item_id, region_id, period_id, entity_key, n ORDER BY min(id)",
    "DROP TABLE audit_log",
    "DROP TABLE temp.audit_step_of",
    "ALTER TABLE audit_entries RENAME TO audit_log",
    "CREATE INDEX audit_log_step ON audit_log(step_id)",
    # A task's latest status is looked for period by period from the newest (workbench/tracking/status.py): the
    # index by period holds the task and its status, so a period's statuses are read without the table.
    "DROP INDEX task_progress_period",
    "CREATE INDEX task_progress_period ON task_progress(period_id, region_id, task_id, status)",
)

# The development index's weights, one per indicator (an indicator without one weighs 1), and themes followed
# across plans: the office's decision on each proposed link between two tasks (proposals themselves are computed,
# never stored), and the themes the confirmed links make, each task in at most one (workbench/analysis/).
_V6: tuple[str, ...] = (
    """
CREATE TABLE index_weights (
    indicator_id INTEGER PRIMARY KEY REFERENCES indicators(id) ON DELETE CASCADE,
    weight REAL NOT NULL CHECK (weight >= 0)
)""",
    """
CREATE TABLE themes (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
)""",
    """
CREATE TABLE theme_tasks (
    task_id INTEGER PRIMARY KEY REFERENCES tasks(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id) ON DELETE CASCADE
)""",
    "CREATE INDEX theme_tasks_theme ON theme_tasks(theme_id)",
    """
CREATE TABLE theme_links (
    task_a INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    task_b INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'rejected')),
    similarity REAL NOT NULL,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (task_a, task_b),
    CHECK (task_a < task_b)
) WITHOUT ROWID""",
)

# The office's review of each region's report for a plan and period (workbench/reporting/review.py): its state
# once a person acted on it (returned with reasons, approved, submitted again), when and by whom, the reasons and
# cells or tasks of the latest return; a period locked as a whole per plan. Audit steps name the OS user.
_V7: tuple[str, ...] = (
    """
CREATE TABLE reviews (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    region_id INTEGER NOT NULL REFERENCES regions(id),
    period_id INTEGER NOT NULL REFERENCES periods(id),
    state TEXT NOT NULL CHECK (state IN ('submitted', 'returned', 'approved')),
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    approved_at TEXT,
    returned_at TEXT,
    reason TEXT NOT NULL DEFAULT '',
    cells TEXT NOT NULL DEFAULT '[]',
    tasks TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (plan_id, region_id, period_id)
)""",
    "CREATE INDEX reviews_period ON reviews(period_id, region_id)",  # the guard over every write looks here
    """
CREATE TABLE period_locks (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    period_id INTEGER NOT NULL REFERENCES periods(id),
    locked_at TEXT NOT NULL,
    locked_by TEXT NOT NULL,
    PRIMARY KEY (plan_id, period_id)
)""",
    "CREATE INDEX period_locks_period ON period_locks(period_id)",
    "ALTER TABLE audit_steps ADD COLUMN user TEXT NOT NULL DEFAULT ''",
)

# An indicator's definition (口径), as the plan or the office states it, so provinces count alike and their
# figures can be added up: what is counted, its source, its formula or components, how regions' values combine
# (sum, mean, a mean weighted by another indicator, or not at all) and whether it binds (约束性) or is expected
# (预期性). A revised target (中期评估) is a row of history beside the plan's own, which is never overwritten.
_V8: tuple[str, ...] = (
    "ALTER TABLE indicators ADD COLUMN definition TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE indicators ADD COLUMN data_source TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE indicators ADD COLUMN formula TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE indicators ADD COLUMN aggregation TEXT CHECK (aggregation IN ('sum', 'mean', 'none'))",
    "ALTER TABLE indicators ADD COLUMN weight_by_id INTEGER REFERENCES indicators(id) ON DELETE SET NULL",
    "ALTER TABLE indicators ADD COLUMN attribute TEXT CHECK (attribute IN ('binding', 'expected'))",
    """
CREATE TABLE indicator_target_revisions (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    old_value REAL,
    new_value REAL NOT NULL,
    revised_on TEXT NOT NULL,
    reason TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
)""",
    "CREATE INDEX indicator_target_revisions_indicator ON indicator_target_revisions(indicator_id, revised_on)",
)

# The cascade (README: The cascade): a plan received as a template a higher office issued. The plan keeps the
# issuer's keys, each task and indicator the issuer's row id (a later period's template updates them by it), and
# each template received is kept whole (its bytes and sha256), for the consolidated answer is written into it.
_V9: tuple[str, ...] = (
    "ALTER TABLE plans ADD COLUMN issuer_workspace_id TEXT",
    "ALTER TABLE plans ADD COLUMN issuer_plan_id INTEGER",
    "CREATE UNIQUE INDEX plans_issuer ON plans(issuer_workspace_id, issuer_plan_id)"
    " WHERE issuer_workspace_id IS NOT NULL",
    "ALTER TABLE tasks ADD COLUMN issuer_row_id INTEGER",
    "ALTER TABLE indicators ADD COLUMN issuer_row_id INTEGER",
    """
CREATE TABLE received_templates (
    id TEXT PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    region_id INTEGER NOT NULL REFERENCES regions(id),
    period_id INTEGER NOT NULL REFERENCES periods(id),
    deadline TEXT NOT NULL,
    checksum TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    file BLOB NOT NULL,
    received_at TEXT NOT NULL
)""",
    "CREATE INDEX received_templates_plan_period ON received_templates(plan_id, period_id)",
)

# The audit log keeps what a step replaced, not what it wrote (README: The workspace → The audit log): a reported
# value's row names the step that last wrote it, a step that changes or deletes a row keeps the version it replaced
# (its values that are not blank, and the step that had written it), and each step the boxes of the index by period
# that hold its rows. Values are no longer copied into the log as they are taken in.
_V10: tuple[str, ...] = (
    "ALTER TABLE task_progress ADD COLUMN step_id INTEGER REFERENCES audit_steps(id)",
    "ALTER TABLE indicator_values ADD COLUMN step_id INTEGER REFERENCES audit_steps(id)",
    "ALTER TABLE audit_steps ADD COLUMN wrote TEXT",
    """
CREATE TABLE audit_replaced (
    id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES audit_steps(id),
    entity TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    region_id INTEGER NOT NULL,
    period_id INTEGER NOT NULL,
    written_by INTEGER REFERENCES audit_steps(id),
    old TEXT NOT NULL
)""",
    "CREATE INDEX audit_replaced_step ON audit_replaced(step_id)",
    "CREATE INDEX audit_replaced_written_by ON audit_replaced(written_by)",
)
# The reported values' tables as schema 10 found them: (key columns, value columns, text columns).
_V10_TABLES = {
    "task_progress": (
        ("task_id", "region_id", "period_id"),
        ("status", "percent", "progress", "problems", "next_steps"),
        ("progress", "problems", "next_steps"),
    ),
    "indicator_values": (("indicator_id", "region_id", "period_id"), ("value", "note"), ("note",)),
}


def _v10_reverse(db: sqlite_utils.Database) -> None:
    """Each reported value's entries, row by row in their order, become the versions they replaced: the version
    before an entry is, per field, the entry's old value, else the new value of the last entry before it that
    changed the field, else the old value of the first after it, else the row's value now (blank: no row). A version
    holding nothing is no entry (the step made the row); the row names the step of its last entry."""

    def blank(value: object) -> bool:
        return value is None or value == ""

    for entity, (keys, columns, texts) in _V10_TABLES.items():
        on = " AND ".join(f"x.{k} = a.{'item_id' if k == keys[0] else k}" for k in keys)
        rows = db.execute(
            f"SELECT a.step_id, a.item_id, a.region_id, a.period_id, a.changes, x.{keys[0]} IS NOT NULL,"
            f" {', '.join('x.' + c for c in columns)} FROM audit_log a LEFT JOIN {entity} x ON {on}"
            " WHERE a.entity = ? ORDER BY a.item_id, a.region_id, a.period_id, a.id",
            [entity],
        ).fetchall()
        replaced: list[tuple] = []
        last: list[tuple] = []
        boxes: dict[int, dict[tuple[int, int], list[int]]] = {}
        start = 0
        while start < len(rows):
            end = start
            while end < len(rows) and rows[end][1:4] == rows[start][1:4]:
                end += 1
            group = rows[start:end]
            item, region, period = group[0][1:4]
            exists, now = group[0][5], dict(zip(columns, group[0][6:]))
            changes = [json.loads(r[4]) for r in group]
            version = {}
            for c in columns:  # the version before the first entry
                first = next((ch[c][0] for ch in changes if c in ch), now[c] if exists else None)
                version[c] = "" if first is None and c in texts else first
            for n, (r, ch) in enumerate(zip(group, changes)):
                written_by = group[n - 1][0] if n else None
                # A row written twice by one step (two writes of one second, schema 5 made them one step) keeps
                # the version before the first: the step's change is the two together.
                if any(not blank(version[c]) for c in columns) and written_by != r[0]:
                    held = {c: v for c, v in version.items() if not blank(v)}
                    replaced.append(
                        (
                            r[0],
                            entity,
                            item,
                            region,
                            period,
                            written_by,
                            json.dumps(held, ensure_ascii=False, separators=(",", ":")),
                        )
                    )
                version = {
                    c: ("" if ch[c][1] is None and c in texts else ch[c][1]) if c in ch else v
                    for c, v in version.items()
                }
            if exists:
                step = group[-1][0]
                last.append((step, item, region, period))
                box = boxes.setdefault(step, {}).setdefault((period, region), [item, item])
                box[0], box[1] = min(box[0], item), max(box[1], item)
            start = end
        db.conn.executemany(
            "INSERT INTO audit_replaced (step_id, entity, item_id, region_id, period_id, written_by, old)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            replaced,
        )
        db.conn.executemany(
            f"UPDATE {entity} SET step_id = ? WHERE {keys[0]} = ? AND region_id = ? AND period_id = ?", last
        )
        db.conn.executemany(
            "UPDATE audit_steps SET wrote = json(CASE WHEN wrote IS NULL THEN :new"
            " ELSE (SELECT json_group_array(json(value)) FROM (SELECT value FROM json_each(wrote)"
            " UNION ALL SELECT value FROM json_each(:new))) END) WHERE id = :id",
            [
                {"id": step, "new": json.dumps([[entity, p, r, low, high] for (p, r), (low, high) in held.items()])}
                for step, held in boxes.items()
            ],
        )


_V10_AFTER: tuple[str, ...] = ("DELETE FROM audit_log WHERE entity IN ('task_progress', 'indicator_values')",)

# The bytes of each accepted returned workbook that still stands (README: Review → Sending back): a return is
# written into the province's own file. Dropped when the submission is withdrawn or a later file replaces it.
_V11: tuple[str, ...] = (
    """
CREATE TABLE submission_files (
    submission_id INTEGER PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
    file BLOB NOT NULL
)""",
)

# A withdrawal finds its file's steps by the submission's id (a source is "submission:<id>:<file name>"): an index
# of that number alone, for the steps of files, instead of every step's whole source text, which at sixteen times
# the benchmark's size was 20 MB of the audit's 50 (README: The audit log's share).
_V12: tuple[str, ...] = (
    "DROP INDEX audit_steps_source",
    f"CREATE INDEX audit_steps_submission ON audit_steps({SUBMISSION_OF_SOURCE}) WHERE {IS_SUBMISSION_SOURCE}",
)

STEPS: tuple[Step, ...] = (
    Step(1, "initial schema", _V1),
    Step(2, "templates and submission details", _V2),
    Step(3, "drop the unused settings table", _V3),
    Step(4, "derived task status with the office's override; withdrawn submissions", _V4),
    Step(5, "a compact audit log of changes only; statuses in the index by period", _V5, vacuum=True),
    Step(6, "development index weights; themes across plans", _V6),
    Step(7, "the review of each region's report, locked periods, who made each change", _V7),
    Step(8, "indicator definitions and revised targets", _V8),
    Step(9, "plans received from a higher office's template", _V9),
    Step(
        10,
        "an audit log of the versions replaced, not of every value taken in",
        _V10,
        vacuum=True,
        rewrite=_v10_reverse,
        after=_V10_AFTER,
    ),
    Step(11, "the accepted returned workbooks kept, for a return written into the province's own file", _V11),
    Step(12, "the audit's steps of files found by the submission's id, not by their whole source text", _V12),
)
LATEST = STEPS[-1].version


def pending(db: sqlite_utils.Database, steps: Sequence[Step] | None = None) -> list[Step]:
    """Steps newer than the workspace; STEPS is read at call time, as make_golden_workspaces trims it."""
    current = user_version(db)
    return [s for s in (STEPS if steps is None else steps) if s.version > current]


def migrate(db: sqlite_utils.Database, *, upto: int = LATEST, steps: Sequence[Step] | None = None) -> list[Step]:
    """Apply every pending step (of *steps*, default STEPS) up to *upto*; returns the steps applied."""
    applied = []
    for step in pending(db, steps):
        if step.version > upto:
            break
        with transaction(db):
            step.apply(db)
            db.execute(f"PRAGMA user_version = {step.version}")
        if step.vacuum:
            db.execute("VACUUM")
        applied.append(step)
    return applied
