"""A task's status as a whole: derived from each province's latest reported status by the stated rule, unless
the office sets one over it (kept from an older workspace, cleared on demand); `plan show --json` gives both.
An undo never writes over a value changed since."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.workbench.reporting import plans as test_plans
from workbench.planning import plans
from workbench.reference.statuses import TaskStatus
from workbench.storage.workspace import Workspace
from workbench.tracking import edits, progress, status

GOLDEN_V3 = Path(__file__).resolve().parents[2] / "fixtures" / "workspaces" / "v3.sqlite"


@pytest.mark.parametrize(
    "reported, derived",
    [
        ([], TaskStatus.NOT_STARTED),
        (["done", "in_progress", "lagging"], TaskStatus.LAGGING),
        (["done", "done"], TaskStatus.DONE),
        (["done", "not_started"], TaskStatus.IN_PROGRESS),
        (["on_hold", "in_progress"], TaskStatus.IN_PROGRESS),
        (["on_hold", "on_hold"], TaskStatus.ON_HOLD),
        (["on_hold", "not_started"], TaskStatus.ON_HOLD),
        (["not_started", "not_started"], TaskStatus.NOT_STARTED),
    ],
)
def test_the_rule(reported, derived):
    assert status.derive(reported) == derived


@pytest.fixture
def task_ids(workspace) -> list[int]:
    plan_id = plans.save(workspace, test_plans.plan(3))
    return [r[0] for r in workspace.db.execute("SELECT id FROM tasks WHERE plan_id = ? ORDER BY seq", [plan_id])]


def report(workspace, task_id: int, region: str, period: str, **values) -> None:
    key = {
        "task_id": task_id,
        "region_id": progress.region_id(workspace, region),
        "period_id": progress.period_id(workspace, period),
    }
    progress.record(workspace, progress.TASK_PROGRESS, key, values, origin="submission", source="test")


def test_each_provinces_latest_reported_status_counts(workspace, task_ids):
    first, second, third = task_ids
    report(workspace, first, "SH", "2022H2", status="lagging")
    report(workspace, first, "SH", "2023", status="in_progress")
    report(workspace, first, "SH", "2023H2", status="done")  # ends with the year, and is the shorter
    report(workspace, first, "JS", "2023H1", status="done", percent=100.0)
    report(workspace, first, "JS", "2023H2", percent=100.0)  # no status given: 2023H1's stands
    report(workspace, first, "JS-NJ", "2023H2", status="lagging")  # a city: its province speaks for the task
    report(workspace, second, "ZJ", "2023H1", status="on_hold")
    report(workspace, second, "AH", "2023H1", status="not_started")
    states = status.of_tasks(workspace, plan_id=None)
    assert [(r.region, r.status, r.period) for r in states[first].reports] == [
        ("SH", "done", "2023H2"),
        ("JS", "done", "2023H1"),
    ]
    assert (states[first].derived, states[first].status) == ("done", "done")
    assert states[second].status == "on_hold"
    assert states[third] == status.TaskState("not_started", None, ())
    assert status.of_tasks(workspace, plan_id=None, task_ids=[second]).keys() == {second}


def test_the_office_sets_a_status_over_the_reports_until_it_clears_it(workspace, task_ids):
    task = task_ids[0]
    report(workspace, task, "JS", "2023H1", status="in_progress")
    set_it = edits.task_status(workspace, task, "lagging")
    state = status.of_tasks(workspace, plan_id=None, task_ids=[task])[task]
    assert (state.status, state.override, state.derived) == ("lagging", "lagging", "in_progress")
    cleared = edits.task_status(workspace, task, "")
    assert [(c.old, c.new) for c in set_it + cleared] == [(None, "lagging"), ("lagging", None)]
    assert status.of_tasks(workspace, plan_id=None, task_ids=[task])[task].status == "in_progress"
    edits.undo(workspace, cleared)
    assert status.of_tasks(workspace, plan_id=None, task_ids=[task])[task].override == "lagging"


def test_an_undo_over_a_value_changed_since_is_refused_and_names_it(workspace, task_ids):
    mine = edits.task_progress(workspace, task_ids[0], "JS", "2023H1", "percent", "40")
    report(workspace, task_ids[0], "JS", "2023H1", percent=60.0)  # a file taken in after the edit
    with pytest.raises(progress.Conflict) as refused:
        edits.undo(workspace, mine)
    text = refused.value.text("zh_CN")
    assert all(part in text for part in ("第1项任务", "江苏省", "2023H1", "完成进度", "现为 60", "应为 40")), text
    assert refused.value.exit_code == 1
    key = {"task_id": task_ids[0], "region_id": progress.region_id(workspace, "JS")}
    stored = workspace.db.execute(
        "SELECT percent FROM task_progress WHERE task_id = :task_id AND region_id = :region_id", key
    ).fetchone()
    assert stored == (60.0,)


def test_plan_show_json_gives_each_tasks_derived_status_and_override(cli, workspace, task_ids):
    report(workspace, task_ids[0], "SH", "2023H1", status="done")
    edits.task_status(workspace, task_ids[1], "on_hold")
    code, out, _ = cli("plan", "show", test_plans.TITLE[:6], "--json")
    assert code == 0
    tasks = {t["id"]: t for t in json.loads(out)["tasks"]}
    assert {k: tasks[task_ids[0]][k] for k in ("status", "derived_status", "status_override")} == {
        "status": "done",
        "derived_status": "done",
        "status_override": None,
    }
    assert tasks[task_ids[0]]["status_reports"] == [{"region": "SH", "status": "done", "period": "2023H1"}]
    assert (tasks[task_ids[1]]["status"], tasks[task_ids[1]]["status_override"]) == ("on_hold", "on_hold")
    assert tasks[task_ids[2]]["status"] == tasks[task_ids[2]]["derived_status"] == "not_started"


def test_a_status_the_office_set_before_the_derivation_is_kept_as_its_override(tmp_path):
    path = tmp_path / "v3.sqlite"
    shutil.copyfile(GOLDEN_V3, path)
    with closing(sqlite3.connect(path)) as old:  # what the office had set in the window before the upgrade
        first = old.execute("SELECT min(id) FROM tasks").fetchone()[0]
        old.execute("UPDATE tasks SET status = 'done' WHERE id = ?", [first])
        old.commit()
    with Workspace.open(path, program="pytest") as ws:
        states = status.of_tasks(ws, plan_id=None)
    assert states[first].override == "done"
    assert {s.override for task_id, s in states.items() if task_id != first} == {None}
    assert {s.derived for s in states.values()} == {"in_progress", "not_started"}  # the golden file's reports
