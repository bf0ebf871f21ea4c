"""The review shows each region's deadline and lateness and the tasks whose narratives it copied; the joint
meeting's report counts only approved reports once any is approved, and says so."""

from __future__ import annotations

import docx

from db.queries import plans as plan_queries
from tests.workbench.reporting.test_review_cli import PERIOD, PLAN, states, submitted  # noqa: F401 (fixture)
from workbench.planning import plans
from workbench.reporting import meeting
from workbench.storage.workspace import Workspace
from workbench.tracking import edits


def test_the_review_names_deadline_lateness_and_copied_narratives(cli, submitted):  # noqa: F811
    with Workspace.open(submitted) as ws:
        plan = plans.resolve(ws, PLAN)
        task = plan_queries.tasks(ws.db, plan["id"])[0]
        # The files kept the texts their templates pre-filled from 2023H1: copied, unless written anew.
        edits.task_progress(ws, task["id"], "SH", PERIOD, "progress", "上海新建成一批算力枢纽节点")
    found = states(cli, submitted)
    # The templates' deadline, 2024-01-20, is long past: the files came after it, and 浙江省 sent none.
    assert found["JS"]["deadline"] == "2024-01-20" and found["JS"]["overdue"] and found["JS"]["days_late"] > 0
    assert found["ZJ"]["deadline"] == "" and not found["ZJ"]["overdue"]  # no template went to 浙江省
    assert task["number"] in found["JS"]["copied"] and task["number"] not in found["SH"]["copied"]
    assert found["SH"]["copied"] and found["ZJ"]["copied"] == []  # 浙江省 reported nothing for 2023H2
    code, out, _ = cli("review", "--plan", PLAN, "--period", PERIOD, workspace=submitted)
    assert code == 0 and "截止日期" in out and "逾期" in out


def test_the_report_counts_approved_reports_once_any_is_approved(cli, submitted, tmp_path):  # noqa: F811
    with Workspace.open(submitted, write=False) as ws:
        plan_id = plans.resolve(ws, PLAN)["id"]
        assert meeting.report_basis(ws, plan_id, PERIOD) == meeting.Basis(meeting.ACCEPTED, ("SH", "JS", "ZJ", "AH"))
    assert cli("approve", "--plan", PLAN, "--period", PERIOD, "--region", "JS", workspace=submitted)[0] == 0
    with Workspace.open(submitted, write=False) as ws:
        assert meeting.report_basis(ws, plan_id, PERIOD) == meeting.Basis(meeting.APPROVED, ("JS",))
        report = meeting.meeting_report(ws, plan_id, PERIOD)
    assert [row.region for row in report.regions] == ["JS"]
    out = tmp_path / "report.docx"
    assert cli("report", "--plan", PLAN, "--period", PERIOD, "--out", str(out), workspace=submitted)[0] == 0
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "本报告依据已审核通过的报送数据生成（江苏省）" in text
