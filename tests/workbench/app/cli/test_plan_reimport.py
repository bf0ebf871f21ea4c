"""`workbench plan import FILE --update PLAN [--dry-run] [--json]`: a corrected version of a plan updates it in
place, its changes listed first; a same-titled document without --update is refused, not added twice."""

from __future__ import annotations

import json

from tests.conftest import SEED_000, content
from tests.workbench.planning.test_reimport import corrected_000


def test_update_lists_the_changes_and_keeps_the_plan(cli, workspace_path, tmp_path):
    assert cli("plan", "import", str(SEED_000))[0] == 0
    corrected = corrected_000(tmp_path)
    before = content(workspace_path)
    code, out, err = cli("plan", "import", str(corrected), "--update", "1", "--dry-run")
    assert code == 0, err
    assert "新增 1 项，删除 1 项" in out and "+ 任务 5 共建长三角算力调度平台" in out
    assert (
        "~ 任务 3 加快新型技术基础设施协同部署：标题（加快新技术基础设施协同部署 → 加快新型技术基础设施协同部署）"
        in out
    )
    assert "未保存" in out and content(workspace_path) == before

    code, out, _ = cli("plan", "import", str(corrected), "--update", "三年行动计划", "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["dry_run"] is True and data["updated"] is False
    assert (data["update"]["added"], data["update"]["removed"], data["update"]["refused"]) == (1, 1, False)
    assert [(c["kind"], c["number"], c["id"]) for c in data["update"]["changes"] if c["change"] == "added"] == [
        ("task", "5", None)
    ]

    code, out, err = cli("plan", "import", str(corrected), "--update", "1", "--json")
    assert code == 0, err
    assert json.loads(out)["updated"] is True
    plans = json.loads(cli("plan", "list", "--json")[1])
    assert [(p["id"], p["tasks"]) for p in plans] == [(1, 16)]
    assert json.loads(cli("check", "--json")[1])["ok"] is True


def test_removing_a_task_with_progress_is_refused_with_exit_1(cli, workspace_path, tmp_path):
    assert cli("plan", "import", str(SEED_000))[0] == 0
    from workbench.storage.workspace import Workspace
    from workbench.tracking import edits

    with Workspace.open(workspace_path, write=True) as ws:
        edits.task_progress(ws, 7, "SH", "2023H1", "percent", 50)
    before = content(workspace_path)
    code, out, err = cli(
        "plan", "import", str(corrected_000(tmp_path, drop="7.探索发展数字经济新模式")), "--update", "1"
    )
    assert code == 1
    assert "- 任务 7 探索发展数字经济新模式（有 1 条进展或数值，不能删除）" in out
    assert "未更新" in err and "探索发展数字经济新模式" in err
    assert content(workspace_path) == before


def test_a_second_plan_of_the_same_title_is_refused_naming_update(cli, workspace_path, tmp_path):
    assert cli("plan", "import", str(SEED_000))[0] == 0
    before = content(workspace_path)
    code, _, err = cli("plan", "import", str(corrected_000(tmp_path)))
    assert code == 1 and "--update 1" in err
    assert content(workspace_path) == before
    code, _, err = cli("plan", "import", str(SEED_000), "--update", "1")
    assert code == 0, err  # the same document again: nothing to change
