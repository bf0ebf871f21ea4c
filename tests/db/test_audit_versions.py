"""Schema 10 keeps the versions a step replaced, not every value taken in: the audit shows what it showed before,
on the same history. For each path a value takes (made, changed, deleted, withdrawn, undone) the audit is compared
with the log the earlier design wrote for the same changes (an entry per changed row, per field its first old and
last new value); for the upgrade, a schema 9 workspace with a real history is compared before and after."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from db import connection
from db.queries import audit
from tests.workbench.reporting import plans as test_plans
from tests.workbench.reporting.workbooks import fill, issue
from workbench.app import services
from workbench.planning import plans
from workbench.reporting import withdrawal
from workbench.reporting.states import Outcome
from workbench.storage.workspace import Workspace
from workbench.tracking import edits, progress
from workbench.tracking.progress import Change, Conflict

GOLDEN_V9 = Path(__file__).resolve().parents[1] / "fixtures" / "workspaces" / "v9.sqlite"
VALUES = ("task_progress", "indicator_values")


def blank(value: object) -> object:
    return None if value == "" else value


def earlier_design(changes: list[Change], source: str) -> list[tuple]:
    """The entries schema 5–9 wrote for one step's changes: per changed row, per field its first old and last new."""
    rows: dict[tuple, dict[str, list]] = {}
    for c in changes:
        fields = rows.setdefault((c.entity, c.key), {})
        fields[c.field] = [fields[c.field][0] if c.field in fields else c.old, c.new]
    found = []
    for (entity, key), fields in rows.items():
        ids = dict(key)
        item = ids.get("task_id", ids.get("indicator_id"))
        changed = {f: [blank(o), blank(n)] for f, (o, n) in fields.items() if blank(o) != blank(n)}
        if changed:
            found.append((source, entity, item, ids["region_id"], ids["period_id"], changed))
    return sorted(found, key=lambda e: e[:5])


def shown(db, sources: tuple[str, ...] = ()) -> list[tuple]:
    """The reported values' entries the audit shows (of *sources*, or all), oldest first."""
    return [
        (
            e["source"],
            e["entity"],
            e["item_id"],
            e["region_id"],
            e["period_id"],
            {f: [blank(o), blank(n)] for f, (o, n) in json.loads(e["changes"]).items()},
        )
        for e in audit.entries(db, plan_id=None, since=None)
        if e["entity"] in VALUES and (not sources or e["source"] in sources)
    ]


@pytest.fixture
def plan(workspace) -> dict:
    plan_id = plans.save(workspace, test_plans.plan(4))
    tasks = [t for (t,) in workspace.db.execute("SELECT id FROM tasks WHERE plan_id = ? ORDER BY seq", [plan_id])]
    indicator = workspace.db.execute("SELECT id FROM indicators WHERE plan_id = ?", [plan_id]).fetchone()[0]
    return {"id": plan_id, "tasks": tasks, "indicator": indicator}


def key(workspace, task: int) -> dict:
    return {
        "task_id": task,
        "region_id": progress.region_id(workspace, "JS"),
        "period_id": progress.period_id(workspace, "2023H1"),
    }


def record(workspace, rows: list[tuple[dict, dict]], source: str) -> list[tuple]:
    changes = progress.record_many(workspace, progress.TASK_PROGRESS, rows, origin="submission", source=source)
    return earlier_design(changes, source)


def test_made_rows_show_as_before(workspace, plan):
    t1, t2 = (key(workspace, t) for t in plan["tasks"][:2])
    expected = record(workspace, [(t1, {"status": "in_progress", "percent": 20.0}), (t2, {"progress": "启动"})], "a")
    assert shown(workspace.db) == expected
    assert workspace.db.execute("SELECT count(*) FROM audit_replaced").fetchone()[0] == 0  # nothing replaced


def test_changed_rows_show_as_before(workspace, plan):
    t1, t2 = (key(workspace, t) for t in plan["tasks"][:2])
    expected = record(workspace, [(t1, {"status": "in_progress", "percent": 20.0}), (t2, {"progress": "启动"})], "a")
    expected += record(
        workspace, [(t1, {"status": "done", "percent": 20.0}), (t2, {"progress": "", "percent": 5})], "b"
    )
    expected += record(workspace, [(t1, {"percent": 100.0, "problems": "无"})], "c")
    assert shown(workspace.db) == expected
    assert shown(workspace.db, ("b",)) == expected[2:4]


def test_deleted_rows_show_as_before(workspace, plan, tmp_path):
    """A file's new rows, withdrawn, are deleted: the withdrawal shows each value going."""
    submission = take(workspace, plan["id"], tmp_path, "a.xlsx", 30)
    made = shown(workspace.db)
    assert made and all(all(old is None for old, _ in e[5].values()) for e in made)
    done = withdrawal.withdraw(workspace, submission)
    source = f"withdrawal:{submission}:a.xlsx"
    assert shown(workspace.db, (source,)) == earlier_design(list(done.changes), source)
    assert workspace.db.execute("SELECT count(*) FROM task_progress").fetchone()[0] == 0
    assert shown(workspace.db)[: len(made)] == made  # what the file did is still shown


def test_a_withdrawn_file_shows_as_before_and_puts_back_exact_values(workspace, plan, tmp_path):
    first = take(workspace, plan["id"], tmp_path, "a.xlsx", 30)
    before = held(workspace.db)
    second = take(workspace, plan["id"], tmp_path, "b.xlsx", 60, replace=True)
    history = shown(workspace.db)
    done = withdrawal.withdraw(workspace, second)
    assert held(workspace.db) == before  # exact to the value (marked as the office's, as before)
    source = f"withdrawal:{second}:b.xlsx"
    assert shown(workspace.db, (source,)) == earlier_design(list(done.changes), source)
    assert shown(workspace.db)[: len(history)] == history
    assert first != second


def test_an_undone_edit_shows_as_before(workspace, plan):
    t1 = key(workspace, plan["tasks"][0])
    expected = record(workspace, [(t1, {"status": "in_progress", "percent": 20.0})], "submission:1:a.xlsx")
    edit = edits.task_report(workspace, plan["tasks"][0], "JS", "2023H1", {"percent": "45", "progress": "过半"})
    expected += earlier_design(edit, "gui")
    undone = edits.undo(workspace, edit)
    expected += earlier_design(undone, "gui:undo")
    assert shown(workspace.db) == expected
    redone = edits.redo(workspace, edit)
    assert shown(workspace.db) == expected + earlier_design(redone, "gui:redo")


def test_a_deleted_row_made_again_shows_both(workspace, plan, tmp_path):
    submission = take(workspace, plan["id"], tmp_path, "a.xlsx", 30)
    withdrawal.withdraw(workspace, submission)
    history = shown(workspace.db)
    again = take(workspace, plan["id"], tmp_path, "again.xlsx", 30)
    new = shown(workspace.db)
    assert new[: len(history)] == history
    assert new[len(history) :] and all(e[0].startswith(f"submission:{again}:") for e in new[len(history) :])
    assert all(all(old is None for old, _ in e[5].values()) for e in new[len(history) :])


def take(ws: Workspace, plan_id: int, folder: Path, name: str, percent: int, **options) -> int:
    template = issue(ws, plan_id, "JS", "2023H1", folder / f"issued-{name}")
    filled = fill(
        template,
        folder / name,
        tasks={"1": {"status": "已完成", "percent": 100}, "2": {"status": "滞后", "percent": percent}},
        indicators={"1": {"value": 20.0 + percent}},
    )
    outcome = services.submit(ws, filled, **options)
    assert outcome.status == Outcome.ACCEPTED and outcome.submission_id is not None
    return outcome.submission_id


COLUMNS = {
    "task_progress": "task_id, region_id, period_id, status, percent, progress, problems, next_steps, origin,"
    " submission_id, updated_at",
    "indicator_values": "indicator_id, region_id, period_id, value, note, origin, submission_id, updated_at",
}


def stored(db) -> dict[str, list[tuple]]:
    """Every reported value with its origin and file (not the step that wrote it: schema 9 had none)."""
    return {t: db.execute(f"SELECT {c} FROM {t} ORDER BY 1, 2, 3").fetchall() for t, c in COLUMNS.items()}


def held(db) -> dict[str, list[tuple]]:
    """Every reported value by its key, without who wrote it."""
    return {t: [r[:-3] for r in rows] for t, rows in stored(db).items()}


# The upgrade: a schema 9 workspace whose history is written as schema 9 wrote it.
A, B, C = "submission:1:a.xlsx", "submission:2:b.xlsx", "submission:3:c.xlsx"
W = "withdrawal:2:b.xlsx"


def v9_with_history(path: Path) -> dict:
    """The golden v9 workspace, then: file 1 makes two rows (task 4, task 5) and an indicator value; the window
    changes task 4's percent; file 2 changes task 4's status and percent and makes task 6's row; file 2 is withdrawn
    (task 4 back, task 6's row deleted); file 3 makes task 7's row and changes golden task 1's progress."""
    shutil.copyfile(GOLDEN_V9, path)
    db = sqlite3.connect(path, isolation_level=None)
    js, period = db.execute("SELECT id FROM regions WHERE code = 'JS'").fetchone()[0], 1
    indicator = db.execute("SELECT min(id) FROM indicators").fetchone()
    assert indicator[0] is None  # the golden plan has no indicator: make one
    db.execute(
        "INSERT INTO indicators (plan_id, seq, name, unit, scope_region_id, span_start, span_end)"
        " VALUES (1, 1, '指标', '%', 1, 0, 1)"
    )
    indicator = db.execute("SELECT max(id) FROM indicators").fetchone()[0]
    for n, name in ((1, "a.xlsx"), (2, "b.xlsx"), (3, "c.xlsx")):
        db.execute(
            "INSERT INTO submissions (id, plan_id, region_id, period_id, file_name, file_size, sha256, received_at,"
            " outcome) VALUES (?, 1, ?, ?, ?, 1000, ?, '2024-01-01T00:00:00', 'accepted')",
            [n, js, period, name, f"sha{n}"],
        )

    def step(source: str, entries: list[tuple]) -> None:
        step_id = db.execute(
            "INSERT INTO audit_steps (at, source, user) VALUES ('2024-01-02T00:00:00', ?, 'clerk')", [source]
        ).lastrowid
        db.executemany(
            "INSERT INTO audit_log (step_id, entity, item_id, region_id, period_id, entity_key, changes)"
            " VALUES (?, ?, ?, ?, ?, NULL, ?)",
            [(step_id, e, item, js, period, json.dumps(ch, ensure_ascii=False)) for e, item, ch in entries],
        )

    def put(task: int, **values) -> None:
        db.execute(
            "INSERT INTO task_progress (task_id, region_id, period_id, status, percent, progress, origin, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, 'submission', 'now') ON CONFLICT DO UPDATE SET status = excluded.status,"
            " percent = excluded.percent, progress = excluded.progress",
            [task, js, period, values.get("status"), values.get("percent"), values.get("progress", "")],
        )

    put(4, status="in_progress", percent=20.0)
    put(5, status="lagging", percent=10.0, progress="资金未到位")
    db.execute(
        "INSERT INTO indicator_values (indicator_id, region_id, period_id, value, origin, updated_at)"
        " VALUES (?, ?, ?, 26.5, 'submission', 'now')",
        [indicator, js, period],
    )
    step(
        A,
        [
            ("task_progress", 4, {"status": [None, "in_progress"], "percent": [None, 20.0]}),
            (
                "task_progress",
                5,
                {"status": [None, "lagging"], "percent": [None, 10.0], "progress": [None, "资金未到位"]},
            ),
        ],
    )
    step(A, [("indicator_values", indicator, {"value": [None, 26.5]})])
    put(4, status="in_progress", percent=50.0)
    step("gui", [("task_progress", 4, {"percent": [20.0, 50.0]})])
    put(4, status="done", percent=100.0)
    put(6, status="lagging", percent=5.0)
    step(
        B,
        [
            ("task_progress", 4, {"status": ["in_progress", "done"], "percent": [50.0, 100.0]}),
            ("task_progress", 6, {"status": [None, "lagging"], "percent": [None, 5.0]}),
        ],
    )
    put(4, status="in_progress", percent=50.0)
    db.execute("DELETE FROM task_progress WHERE task_id = 6")
    step(
        W,
        [
            ("task_progress", 4, {"status": ["done", "in_progress"], "percent": [100.0, 50.0]}),
            ("task_progress", 6, {"status": ["lagging", None], "percent": [5.0, None]}),
        ],
    )
    db.execute("UPDATE submissions SET withdrawn_at = '2024-01-03T00:00:00' WHERE id = 2")
    step(W, [("submission", 2, {"outcome": ["accepted", "withdrawn"]})])
    put(7, status="done", percent=100.0)
    db.execute("UPDATE task_progress SET progress = '改写' WHERE task_id = 1 AND region_id = ?", [js])
    step(
        C,
        [
            ("task_progress", 1, {"progress": ["黄金样本 0", "改写"]}),
            ("task_progress", 7, {"status": [None, "done"], "percent": [None, 100.0]}),
        ],
    )
    db.close()
    return {"js": js, "period": period}


def schema9_shown(path: Path) -> list[tuple]:
    """What schema 9's audit showed of the reported values: its log as it stood."""
    db = connection.connect(path, read_only=True)
    try:
        assert connection.user_version(db) == 9
        return [
            (r[0], r[1], r[2], r[3], r[4], {f: [blank(o), blank(n)] for f, (o, n) in json.loads(r[5]).items()})
            for r in db.execute(
                "SELECT s.source, a.entity, a.item_id, a.region_id, a.period_id, a.changes FROM audit_log a"
                " JOIN audit_steps s ON s.id = a.step_id WHERE a.entity IN ('task_progress', 'indicator_values')"
                " ORDER BY a.id"
            )
        ]
    finally:
        db.close()


def test_the_upgrade_shows_a_real_history_as_before(tmp_path):
    path = tmp_path / "v9.sqlite"
    v9_with_history(path)
    before = schema9_shown(path)
    old = connection.connect(path, read_only=True)
    values_before = stored(old)
    old.close()
    with Workspace.open(path) as ws:
        assert shown(ws.db) == before  # the same entries, in the same order
        assert stored(ws.db) == values_before
        assert (
            ws.db.execute(
                "SELECT count(*) FROM audit_log WHERE entity IN ('task_progress', 'indicator_values')"
            ).fetchone()[0]
            == 0
        )  # no value is kept twice


def test_after_the_upgrade_a_file_is_withdrawn_exactly_or_refused_as_before(tmp_path):
    path = tmp_path / "v9.sqlite"
    ids = v9_with_history(path)
    with Workspace.open(path) as ws:
        done = withdrawal.withdraw(ws, 3)
        rows = {
            r[0]: r[1:]
            for r in ws.db.execute(
                "SELECT task_id, status, percent, progress FROM task_progress WHERE region_id = ?", [ids["js"]]
            )
        }
        assert rows[1] == ("in_progress", 20.0, "黄金样本 0")  # changed by file 3: back as it was
        assert 7 not in rows  # made by file 3: gone
        assert rows[4] == ("in_progress", 50.0, "")  # untouched
        assert shown(ws.db, ("withdrawal:3:c.xlsx",)) == earlier_design(list(done.changes), "withdrawal:3:c.xlsx")
        with pytest.raises(Conflict) as refused:  # the window changed task 4's percent after file 1
            withdrawal.withdraw(ws, 1)
        assert refused.value.code == "withdraw.changed_since" and "50" in str(refused.value)


def test_every_golden_workspace_shows_the_same_changes_after_the_upgrade(tmp_path):
    path = tmp_path / "v9.sqlite"
    shutil.copyfile(GOLDEN_V9, path)
    before = schema9_shown(path)
    with Workspace.open(path) as ws:
        assert shown(ws.db) == before
