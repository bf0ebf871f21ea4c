"""Withdrawing a file taken in: exactly its changes go, its record stays (withdrawn) and the file may come again;
refused, changing nothing, while a later file stands over it or a value it wrote was changed since."""

from __future__ import annotations

import json

import pytest

from tests.workbench.reporting import plans as test_plans
from tests.workbench.reporting.workbooks import fill, issue, submissions
from workbench import browse
from workbench.app import services
from workbench.errors import InputError, NotFound
from workbench.planning import plans
from workbench.reporting import submissions as reporting
from workbench.reporting import withdrawal
from workbench.reporting.states import Outcome, RegionState
from workbench.storage.workspace import Workspace
from workbench.tracking import edits
from workbench.tracking.progress import Conflict

PERIOD = "2023H1"


def values(ws: Workspace) -> dict[str, list[tuple]]:
    """Every stored value, by its key: what a withdrawal must put back exactly."""
    return {
        "tasks": ws.db.execute(
            "SELECT task_id, region_id, period_id, status, percent, progress, problems, next_steps"
            " FROM task_progress ORDER BY 1, 2, 3"
        ).fetchall(),
        "indicators": ws.db.execute(
            "SELECT indicator_id, region_id, period_id, value, note FROM indicator_values ORDER BY 1, 2, 3"
        ).fetchall(),
    }


def task_id(ws: Workspace, plan_id: int, number: str) -> int:
    return ws.db.execute("SELECT id FROM tasks WHERE plan_id = ? AND number = ?", [plan_id, number]).fetchone()[0]


def take(ws: Workspace, plan_id: int, folder, name: str, percent: int, **options) -> int:
    """江苏省's file: tasks 1 and 2 and the first indicator filled in; its submission id."""
    template = issue(ws, plan_id, "JS", PERIOD, folder / f"issued-{name}")
    filled = fill(
        template,
        folder / name,
        tasks={
            "1": {"status": "已完成", "percent": 100},
            "2": {"status": "滞后", "percent": percent, "problems": "资金未到位"},
        },
        indicators={"1": {"value": 26.5}},
    )
    outcome = services.submit(ws, filled, **options)
    assert outcome.status == Outcome.ACCEPTED
    assert outcome.submission_id is not None
    return outcome.submission_id


def test_withdrawing_puts_back_exactly_what_the_file_changed(workspace, plan_id, tmp_path):
    edits.task_progress(workspace, task_id(workspace, plan_id, "1"), "JS", PERIOD, "percent", "30")  # before it
    before = values(workspace)
    taken = take(workspace, plan_id, tmp_path, "back.xlsx", 20)
    assert values(workspace) != before

    done = withdrawal.withdraw(workspace, taken)
    assert values(workspace) == before  # the office's 30 % is back; the rows the file created are gone
    assert done.changes and done.text("zh_CN") == (
        f"已撤回报送 {taken}（江苏省 2023H1，back.xlsx）：{len(done.changes)} 个值恢复为接收前的内容"
    )
    [js] = [s for s in reporting.status(workspace, plan_id, PERIOD) if s.region == "JS"]
    assert (js.state, js.file_name) == (RegionState.WITHDRAWN, "back.xlsx")
    assert browse.submissions(workspace, plan_id)[0].outcome == RegionState.WITHDRAWN
    audited = {(e.entity, e.field, e.old, e.new) for e in browse.audit(workspace) if e.source.startswith("withdrawal:")}
    assert ("submission", "outcome", "accepted", "withdrawn") in audited and len(audited) > 1

    again = services.submit(workspace, tmp_path / "back.xlsx")  # no longer a duplicate: it can come again
    assert again.status == Outcome.ACCEPTED and again.submission_id != taken


def test_a_value_changed_since_keeps_the_file_and_is_named(workspace, plan_id, tmp_path):
    taken = take(workspace, plan_id, tmp_path, "back.xlsx", 20)
    mine = edits.task_progress(workspace, task_id(workspace, plan_id, "2"), "JS", PERIOD, "percent", "25")
    before = values(workspace)
    with pytest.raises(Conflict) as refused:
        withdrawal.withdraw(workspace, taken)
    text = refused.value.text("zh_CN")
    assert all(part in text for part in ("back.xlsx", "第2项任务", "江苏省", "完成进度", "现为 25", "应为 20")), text
    assert values(workspace) == before and submissions(workspace)[-1]["withdrawn_at"] is None

    edits.undo(workspace, mine)  # the value the file wrote is back: now it can go
    withdrawal.withdraw(workspace, taken)
    assert submissions(workspace)[-1]["withdrawn_at"] is not None


def test_a_later_file_over_it_is_withdrawn_first(workspace, plan_id, tmp_path):
    before = values(workspace)
    first = take(workspace, plan_id, tmp_path, "first.xlsx", 20)
    second = take(workspace, plan_id, tmp_path, "second.xlsx", 40, replace=True)
    with pytest.raises(Conflict) as refused:
        withdrawal.withdraw(workspace, first)
    assert f"请先撤回报送 {second}" in refused.value.text("zh_CN")

    withdrawal.withdraw_all(workspace, [first, second])  # newest first, in one transaction
    assert values(workspace) == before
    assert [s["withdrawn_at"] is not None for s in submissions(workspace)] == [True, True]


def test_only_a_standing_accepted_file_can_be_withdrawn(workspace, plan_id, tmp_path):
    taken = take(workspace, plan_id, tmp_path, "back.xlsx", 20)
    template = issue(workspace, plan_id, "JS", PERIOD, tmp_path / "issued")
    refused = services.submit(workspace, fill(template, tmp_path / "bad.xlsx", tasks={"1": {"percent": 150}}))
    assert refused.status == Outcome.REJECTED and refused.submission_id is not None
    with pytest.raises(InputError, match="未被接收"):
        withdrawal.withdraw(workspace, refused.submission_id)
    with pytest.raises(NotFound):
        withdrawal.withdraw(workspace, 999)
    withdrawal.withdraw(workspace, taken)
    with pytest.raises(InputError, match="已于"):
        withdrawal.withdraw(workspace, taken)


def test_the_withdraw_command(cli, workspace_path, tmp_path):
    with Workspace.open(workspace_path, create=True, program="pytest") as ws:
        plan_id = plans.save(ws, test_plans.plan(8))
        taken = take(ws, plan_id, tmp_path, "back.xlsx", 20)
        edits.task_progress(ws, task_id(ws, plan_id, "2"), "JS", PERIOD, "percent", "25")
    code, _, err = cli("withdraw", str(taken))
    assert code == 1 and "第2项任务" in err

    with Workspace.open(workspace_path, program="pytest") as ws:
        edits.task_progress(ws, task_id(ws, plan_id, "2"), "JS", PERIOD, "percent", "20")
    code, out, _ = cli("withdraw", str(taken), "--json")
    done = json.loads(out)
    assert code == 0 and (done["submission_id"], done["region"], done["period"]) == (taken, "JS", PERIOD)
    assert {"entity": "task_progress", "field": "percent", "old": 20.0, "new": None} in [
        {k: r[k] for k in ("entity", "field", "old", "new")} for r in done["reverted"]
    ]
    assert cli("withdraw", str(taken))[0] == 2  # withdrawn already
    assert cli("withdraw", "999")[0] == 2
