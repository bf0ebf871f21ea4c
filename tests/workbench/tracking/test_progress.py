"""Recording progress in batches: what changed comes back in order, each changed row has its
audit entry (its changed values, old and new; a blank staying blank or a value written as it
was is no change), and the batch is written whole or not at all."""

from __future__ import annotations

import json
import sqlite3

import pytest

from db.queries import audit
from tests.workbench.reporting import plans as test_plans
from workbench.planning import plans
from workbench.tracking import edits, progress


@pytest.fixture
def keys(workspace) -> list[dict]:
    plan_id = plans.save(workspace, test_plans.plan(3))
    region, period = progress.region_id(workspace, "JS"), progress.period_id(workspace, "2023H1")
    task_ids = [r[0] for r in workspace.db.execute("SELECT id FROM tasks WHERE plan_id = ? ORDER BY seq", [plan_id])]
    return [{"task_id": t, "region_id": region, "period_id": period} for t in task_ids]


def stored(workspace, key: dict) -> dict:
    return next(
        workspace.db.query(
            "SELECT status, percent, progress FROM task_progress WHERE task_id = ? AND region_id = ? AND period_id = ?",
            [key["task_id"], key["region_id"], key["period_id"]],
        )
    )


def entries(workspace, source: str) -> list[tuple]:
    return [(e["item_id"], json.loads(e["changes"])) for e in audit.entries_of(workspace.db, source)]


def test_a_batch_returns_every_change_and_audits_each_changed_row(workspace, keys):
    progress.record(
        workspace,
        progress.TASK_PROGRESS,
        keys[0],
        {"status": "in_progress", "percent": 10.0},
        origin="manual",
        source="test",
    )
    before = audit.count(workspace.db)
    changes = progress.record_many(
        workspace,
        progress.TASK_PROGRESS,
        [
            (keys[0], {"status": "in_progress", "percent": 20.0}),  # status unchanged
            (keys[1], {"status": "done", "percent": 100.0, "progress": "完成"}),
        ],
        origin="submission",
        source="batch",
    )
    assert [(c.key_dict["task_id"], c.field, c.old, c.new) for c in changes] == [
        (keys[0]["task_id"], "percent", 10.0, 20.0),
        (keys[1]["task_id"], "status", None, "done"),
        (keys[1]["task_id"], "percent", None, 100.0),
        (keys[1]["task_id"], "progress", None, "完成"),
    ]
    assert audit.count(workspace.db) == before + 2
    assert entries(workspace, "batch") == [
        (keys[0]["task_id"], {"percent": [10.0, 20.0]}),
        (keys[1]["task_id"], {"status": [None, "done"], "percent": [None, 100.0], "progress": [None, "完成"]}),
    ]
    assert stored(workspace, keys[0]) == {"status": "in_progress", "percent": 20.0, "progress": ""}
    assert stored(workspace, keys[1]) == {"status": "done", "percent": 100.0, "progress": "完成"}


def test_a_blank_staying_blank_or_a_value_written_as_it_was_is_no_change(workspace, keys):
    progress.record(
        workspace, progress.TASK_PROGRESS, keys[0], {"percent": 50.0, "progress": "推进"}, origin="manual", source="a"
    )
    before = audit.count(workspace.db)
    rewritten = progress.record_many(
        workspace,
        progress.TASK_PROGRESS,
        [
            (keys[0], {"status": None, "percent": 50, "progress": "推进", "problems": None, "next_steps": ""}),
            (keys[1], {"status": None, "percent": None, "progress": "", "problems": None}),  # a blank row
        ],
        origin="submission",
        source="b",
    )
    assert rewritten == [] and audit.count(workspace.db) == before
    assert workspace.db.execute("SELECT count(*) FROM task_progress").fetchone()[0] == 1  # no blank row made


def test_a_key_given_twice_takes_its_values_in_order(workspace, keys):
    changes = progress.record_many(
        workspace,
        progress.TASK_PROGRESS,
        [(keys[2], {"status": "lagging", "percent": 5.0}), (keys[2], {"percent": 7.0})],
        origin="manual",
        source="test",
    )
    assert stored(workspace, keys[2])["percent"] == 7.0 and len(changes) == 2
    edits.undo(workspace, changes)
    assert stored(workspace, keys[2]) == {"status": None, "percent": None, "progress": ""}


def test_a_batch_that_fails_half_way_writes_nothing(workspace, keys):
    before = audit.count(workspace.db)
    missing = {**keys[1], "task_id": 10_000}  # no such task: the foreign key fails in SQLite
    with pytest.raises(sqlite3.IntegrityError):
        progress.record_many(
            workspace,
            progress.TASK_PROGRESS,
            [(keys[0], {"status": "done"}), (missing, {"status": "done"})],
            origin="manual",
            source="test",
        )
    assert audit.count(workspace.db) == before
    assert workspace.db.execute("SELECT count(*) FROM task_progress").fetchone()[0] == 0
