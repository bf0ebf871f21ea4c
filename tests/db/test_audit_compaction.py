"""Schema 5 compacts the audit log of a released workspace: what changed stays, in one entry per changed row under
a step saying when and from where; a blank staying blank and a value written as it was go. A submission taken in
before the upgrade can still be withdrawn from the compacted log."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from db import connection
from db.queries import audit
from workbench import browse
from workbench.reporting import withdrawal
from workbench.storage.workspace import Workspace

GOLDEN_V4 = Path(__file__).resolve().parents[1] / "fixtures" / "workspaces" / "v4.sqlite"
AT, LATER = "2024-03-01T10:00:00", "2024-03-01T10:05:00"
SOURCE = "submission:1:江苏省_2022H2.xlsx"


def key(task: int, region: int, period: int) -> str:
    """The key as schema 1–4 wrote it."""
    return json.dumps({"period_id": period, "region_id": region, "task_id": task}, sort_keys=True)


def old_log(db: sqlite3.Connection, rows: list[tuple]) -> None:
    db.executemany(
        "INSERT INTO audit_log (at, entity, entity_key, field, old_value, new_value, source) VALUES (?,?,?,?,?,?,?)",
        rows,
    )


def v4_with_a_submission(path: Path) -> dict[str, int]:
    """The golden v4 workspace after taking in 江苏省's file the way schema 4 did: task 1 moved on, task 4's row
    made, and an audit entry per value written, blanks and unchanged values included."""
    shutil.copyfile(GOLDEN_V4, path)
    db = sqlite3.connect(path, isolation_level=None)
    ids = {code: i for i, code in db.execute("SELECT id, code FROM regions")}
    js, period = ids["JS"], db.execute("SELECT id FROM periods WHERE code = '2022H2'").fetchone()[0]
    db.execute(
        "INSERT INTO submissions (id, plan_id, region_id, period_id, file_name, file_size, sha256, received_at,"
        " outcome) VALUES (1, 1, ?, ?, '江苏省_2022H2.xlsx', 1000, 'abc', ?, 'accepted')",
        [js, period, AT],
    )
    db.execute(
        "UPDATE task_progress SET status = 'done', percent = 100, origin = 'submission', submission_id = 1"
        " WHERE task_id = 1 AND region_id = ? AND period_id = ?",
        [js, period],
    )
    db.execute(
        "INSERT INTO task_progress (task_id, region_id, period_id, status, origin, submission_id, updated_at)"
        " VALUES (4, ?, ?, 'lagging', 'submission', 1, ?)",
        [js, period, AT],
    )
    one, four = key(1, js, period), key(4, js, period)
    old_log(
        db,
        [
            (AT, "task_progress", one, "status", "in_progress", "done", SOURCE),
            (AT, "task_progress", one, "percent", "20.0", "100", SOURCE),
            (AT, "task_progress", one, "progress", "黄金样本 0", "黄金样本 0", SOURCE),  # written as it was
            (AT, "task_progress", one, "problems", None, "", SOURCE),  # a blank staying blank
            (AT, "task_progress", four, "status", None, "lagging", SOURCE),
            (AT, "task_progress", four, "percent", None, None, SOURCE),
            (AT, "task_progress", four, "next_steps", None, "", SOURCE),
            (LATER, "task", json.dumps({"task_id": 2}), "status", None, "on_hold", "gui"),
            (LATER, "task", json.dumps({"task_id": 2}), "status", "on_hold", "lagging", "gui"),  # twice in a step
            (LATER, "workspace", "3fa4c0de", "restore", "a.sqlite", "b.sqlite", "restore"),
        ],
    )
    db.close()
    return {"js": js, "period": period}


def test_the_upgrade_keeps_every_change_in_one_entry_per_row_and_drops_non_changes(tmp_path):
    path = tmp_path / "v4.sqlite"
    ids = v4_with_a_submission(path)
    with Workspace.open(path) as ws:
        steps = list(ws.db.query("SELECT at, source FROM audit_steps ORDER BY id"))
        entries = audit.entries(ws.db, plan_id=None, since=None)  # as schema 10 shows them (test_audit_versions)
        shown = browse.audit(ws)
    assert [s["source"] for s in steps] == [
        "import:000_cb7a6a1268d93d61.txt",
        "golden",
        SOURCE,
        "gui",
        "restore",
    ]
    assert len([e for e in entries if e["source"] == "golden"]) == 6  # the golden file's six rows, 18 values
    mine = [
        (
            *(e[k] for k in ("source", "entity", "item_id", "region_id", "period_id", "entity_key")),
            json.loads(e["changes"]),
        )
        for e in entries
        if e["source"] != "golden" and not e["source"].startswith("import:")
    ]
    js, period = ids["js"], ids["period"]
    assert mine == [
        (SOURCE, "task_progress", 1, js, period, None, {"status": ["in_progress", "done"], "percent": [20.0, 100.0]}),
        (SOURCE, "task_progress", 4, js, period, None, {"status": [None, "lagging"]}),
        ("gui", "task", 2, None, None, None, {"status": [None, "on_hold"]}),
        ("gui", "task", 2, None, None, None, {"status": ["on_hold", "lagging"]}),  # both changes kept, in order
        ("restore", "workspace", None, None, None, "3fa4c0de", {"restore": ["a.sqlite", "b.sqlite"]}),
    ]
    plan = next(e for e in entries if e["entity"] == "plan")
    assert plan["item_id"] == 1 and plan["entity_key"] is None
    assert (shown[0].entity, shown[0].key, shown[0].field, shown[0].old, shown[0].new, shown[0].source) == (
        "workspace",
        "3fa4c0de",
        "restore",
        "a.sqlite",
        "b.sqlite",
        "restore",
    )
    submitted = [(e.item.split(" ")[0], e.region, e.period, e.field, e.old, e.new) for e in shown if e.source == SOURCE]
    assert submitted == [  # newest first
        ("4", "JS", "2022H2", "status", None, "lagging"),
        ("1", "JS", "2022H2", "status", "in_progress", "done"),
        ("1", "JS", "2022H2", "percent", "20.0", "100.0"),
    ]


def test_a_submission_taken_in_before_the_upgrade_is_withdrawn_from_the_compacted_log(tmp_path):
    path = tmp_path / "v4.sqlite"
    v4_with_a_submission(path)
    golden = connection.connect(GOLDEN_V4, read_only=True)
    before = golden.execute("SELECT task_id, region_id, period_id, status, percent FROM task_progress ORDER BY 1, 2")
    expected = before.fetchall()
    golden.close()
    with Workspace.open(path) as ws:
        done = withdrawal.withdraw(ws, 1)
        after = ws.db.execute("SELECT task_id, region_id, period_id, status, percent FROM task_progress ORDER BY 1, 2")
        assert after.fetchall() == expected  # task 1 back as it was, task 4's row gone
    assert len(done.changes) == 3
