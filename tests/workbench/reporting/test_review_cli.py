"""A round through the `workbench` command: submit → review → return → resubmit → approve → lock, each step
audited (who, when, why); in a locked period every change is refused and the workspace left as it was."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import content
from tests.workbench.reporting.workbooks import fill
from workbench.reporting import layout
from workbench.storage.workspace import Workspace

PLAN = "三年行动计划"
PERIOD = "2023H2"
DEADLINE = "2024-01-20"


def states(cli, ws: Path) -> dict[str, dict]:
    code, out, _ = cli("review", "--plan", PLAN, "--period", PERIOD, "--json", workspace=ws)
    assert code == 0
    return {r["region"]: r for r in json.loads(out)["regions"]}


def review_steps(ws: Path) -> list[tuple[str, str, dict]]:
    """The review's audit entries: entity, user, changes."""
    with Workspace.open(ws, write=False) as w:
        return [
            (r["entity"], r["user"], json.loads(r["changes"]))
            for r in w.db.query(
                "SELECT a.entity, s.user, a.changes FROM audit_log a JOIN audit_steps s ON s.id = a.step_id"
                " WHERE s.source = 'review' ORDER BY a.id"
            )
        ]


def issued(cli, ws: Path, region: str, folder: Path) -> Path:
    code, out, err = cli(
        "template",
        "--plan",
        PLAN,
        "--region",
        region,
        "--period",
        PERIOD,
        "--out",
        str(folder),
        "--deadline",
        DEADLINE,
        "--json",
        workspace=ws,
    )
    assert code == 0, err
    return Path(json.loads(out)[0]["path"])


@pytest.fixture
def submitted(cli, demo_path, tmp_path) -> Path:
    """江苏省 and 上海市 have each sent a file for 2023H2."""
    for region, percent in (("JS", 40), ("SH", 30)):
        template = issued(cli, demo_path, region, tmp_path / "issued")
        filled = fill(template, tmp_path / f"{region}.xlsx", tasks={"1": {"status": "推进中", "percent": percent}})
        code, _, err = cli("submit", str(filled), workspace=demo_path)
        assert code == 0, err
    return demo_path


def test_a_round_from_submission_to_lock(cli, submitted, tmp_path):
    ws = submitted
    assert {r: s["state"] for r, s in states(cli, ws).items()} == {
        "SH": "submitted",
        "JS": "submitted",
        "ZJ": "not_submitted",
        "AH": "not_submitted",
    }
    code, _, err = cli("approve", "--plan", PLAN, "--period", PERIOD, "--region", "ZJ", workspace=ws)
    assert code == 1 and "尚未报送" in err  # nothing to approve

    back = tmp_path / "back.xlsx"
    args = ("return", "--plan", PLAN, "--period", PERIOD, "--region", "JS", "--reason", "进展写得过于简略")
    code, out, err = cli(*args, "--cell", "任务进展!F5", "--task", "2", "--out", str(back), workspace=ws)
    assert code == 0, err
    assert str(back) in out
    js = states(cli, ws)["JS"]
    assert (js["state"], js["reason"], js["cells"], js["tasks"]) == (
        "returned",
        "进展写得过于简略",
        ["任务进展!F5"],
        ["2"],
    )
    code, _, err = cli(*args, "--out", str(back), workspace=ws)
    assert code == 2 and str(back) in err  # never over a file without --force

    book = openpyxl.load_workbook(back)
    assert book.sheetnames[0] == "退回说明" and book.active.title == "退回说明"
    assert "进展写得过于简略" in [c.value for c in book["退回说明"]["B"]]
    assert DEADLINE in [c.value for c in book[layout.SHEET_GUIDE]["B"]]  # the round's deadline, as issued
    tasks = book[layout.SHEET_TASKS]
    assert tasks["F5"].comment is not None and "进展写得过于简略" in tasks["F5"].comment.text
    assert tasks["F5"].fill.fgColor.rgb.endswith("FFC7CE")
    second = next(r for r in range(layout.FIRST_DATA_ROW, tasks.max_row + 1) if str(tasks.cell(r, 1).value) == "2")
    assert tasks.cell(second, 1).comment is not None  # the task's row is marked
    assert tasks.cell(second, 1).comment is not None and tasks.cell(second + 1, 1).comment is None

    # The province revises the return workbook and sends it again, as an ordinary return (no --replace).
    revised = fill(
        back, tmp_path / "revised.xlsx", tasks={"2": {"status": "推进中", "percent": 55, "progress": "已完成选址"}}
    )
    code, out, err = cli("submit", str(revised), workspace=ws)
    assert code == 0, out + err
    assert states(cli, ws)["JS"]["state"] == "submitted"

    code, _, err = cli("approve", "--plan", PLAN, "--period", PERIOD, "--region", "JS", workspace=ws)
    assert code == 0, err
    js = states(cli, ws)["JS"]
    assert js["state"] == "approved" and js["approved_at"]
    code, _, _ = cli("approve", "--plan", PLAN, "--period", PERIOD, "--region", "JS", workspace=ws)
    assert code == 1  # approved already

    # An approved region's values change only after a reopen.
    again = fill(revised, tmp_path / "again.xlsx", tasks={"2": {"percent": 60}})
    before = content(ws)
    code, out, _ = cli("submit", str(again), workspace=ws)
    assert code == 1 and "审核通过" in out
    assert content(ws) == before

    code, _, err = cli("lock", "--plan", PLAN, "--period", PERIOD, workspace=ws)
    assert code == 0, err
    assert {s["state"] for s in states(cli, ws).values()} == {"locked"}

    steps = review_steps(ws)
    assert [(e, c["state"]) for e, _, c in steps if e == "review"] == [
        ("review", ["submitted", "returned"]),
        ("review", ["returned", "submitted"]),
        ("review", ["submitted", "approved"]),
    ]
    assert steps[0][2]["reason"] == [None, "进展写得过于简略"]
    assert steps[-1][0] == "period_lock" and steps[-1][2] == {"locked": [False, True]}
    assert {user for _, user, _ in steps} == {getpass.getuser()}


def test_a_locked_period_refuses_every_change_and_changes_nothing(cli, submitted, tmp_path):
    ws = submitted
    sh = issued(cli, ws, "SH", tmp_path / "later")
    late = fill(sh, tmp_path / "late.xlsx", tasks={"1": {"status": "滞后", "percent": 10}})
    assert cli("lock", "--plan", PLAN, "--period", PERIOD, workspace=ws)[0] == 0
    code, _, err = cli("lock", "--plan", PLAN, "--period", PERIOD, workspace=ws)
    assert code == 1 and "已锁定" in err
    before = content(ws)

    code, out, _ = cli("submit", str(late), "--replace", workspace=ws)
    assert code == 1 and "已锁定" in out
    with Workspace.open(ws, write=False) as w:
        accepted = w.db.execute("SELECT max(id) FROM submissions WHERE outcome = 'accepted'").fetchone()[0]
    for args in (
        ("withdraw", str(accepted)),
        ("approve", "--plan", PLAN, "--period", PERIOD, "--region", "SH"),
        ("reopen", "--plan", PLAN, "--period", PERIOD, "--region", "SH", "--reason", "再看看"),
        (
            "return",
            "--plan",
            PLAN,
            "--period",
            PERIOD,
            "--region",
            "SH",
            "--reason",
            "补充",
            "--out",
            str(tmp_path / "b.xlsx"),
        ),
    ):
        code, _, err = cli(*args, workspace=ws)
        assert code == 1 and "已锁定" in err, args
    assert not (tmp_path / "b.xlsx").exists()
    assert content(ws) == before

    code, _, err = cli("unlock", "--plan", PLAN, "--period", PERIOD, "--reason", "", workspace=ws)
    assert code == 2 and "原因" in err
    code, out, err = cli(
        "--lang", "en", "unlock", "--plan", PLAN, "--period", PERIOD, "--reason", "数据需更正", workspace=ws
    )
    assert code == 0 and out.startswith("Unlocked: 2023H2"), err
    assert review_steps(ws)[-1][2] == {"locked": [True, False], "reason": [None, "数据需更正"]}
    code, out, _ = cli("submit", str(late), "--replace", workspace=ws)
    assert code == 0, out


def test_reopen_needs_a_reason_and_lets_values_change(cli, submitted, tmp_path):
    ws = submitted
    assert cli("approve", "--plan", PLAN, "--period", PERIOD, "--region", "SH", workspace=ws)[0] == 0
    code, _, err = cli("reopen", "--plan", PLAN, "--period", PERIOD, "--region", "SH", "--reason", " ", workspace=ws)
    assert code == 2 and "原因" in err
    code, _, err = cli(
        "--lang", "en", "reopen", "--plan", PLAN, "--period", PERIOD, "--region", "JS", "--reason", "x", workspace=ws
    )
    assert code == 1 and "not approved" in err
    code, _, err = cli(
        "reopen", "--plan", PLAN, "--period", PERIOD, "--region", "SH", "--reason", "数字有误", workspace=ws
    )
    assert code == 0, err
    assert states(cli, ws)["SH"]["state"] == "submitted"
    assert review_steps(ws)[-1][2] == {"state": ["approved", "submitted"], "reason": [None, "数字有误"]}


@pytest.mark.parametrize("cell", ["F5", "其他表!F5", "任务进展!5F", "任务进展!"])
def test_a_cell_not_understood_is_unusable_input(cli, submitted, tmp_path, cell):
    args = ("return", "--plan", PLAN, "--period", PERIOD, "--region", "JS", "--reason", "补充", "--cell", cell)
    code, _, err = cli(*args, "--out", str(tmp_path / "b.xlsx"), workspace=submitted)
    assert code == 2 and cell in err
    assert not (tmp_path / "b.xlsx").exists()
