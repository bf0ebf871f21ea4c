"""Every edit the window makes, run as a command (`task set`, `indicator set | revise | define`), and the audit
log read back with `audit`: the workspace afterwards, the audit entry, and the refusals with their exit codes."""

from __future__ import annotations

import json

import pytest

from workbench import browse
from workbench.planning import plans
from workbench.storage.workspace import Workspace
from workbench.tracking import indicators
from workbench.tracking.trajectory import Verdict

ACTION_PLAN, DIGITAL = "三年行动计划", "数字干线"


@pytest.fixture
def run(cli, demo_path):
    def invoke(*args: str) -> tuple[int, str, str]:
        return cli(*args, workspace=demo_path)

    return invoke


def read(demo_path, query: str, params: list) -> list[tuple]:
    with Workspace.open(demo_path, write=False) as ws:
        return [tuple(r) for r in ws.db.execute(query, params)]


def last_audit(run, *args: str) -> dict:
    code, out, err = run("audit", "--json", *args)
    assert code == 0, err
    return json.loads(out)[-1]


def test_task_set_writes_a_regions_progress_and_is_audited(run, demo_path):
    code, out, err = run(
        "task", "set", "--plan", ACTION_PLAN, "--task", "1", "--region", "江苏", "--period", "2023年下半年",
        "--status", "滞后", "--percent", "45%", "--progress", "已完成招标", "--problems", "资金未到位",
        "--next", "年底前开工",
    )  # fmt: skip
    assert code == 0, err
    assert "45" in out
    rows = read(
        demo_path,
        "SELECT tp.status, tp.percent, tp.progress, tp.problems, tp.next_steps, tp.origin FROM task_progress tp"
        " JOIN tasks t ON t.id = tp.task_id JOIN plans p ON p.id = t.plan_id JOIN regions r ON r.id = tp.region_id"
        " JOIN periods pe ON pe.id = tp.period_id WHERE instr(p.title, ?) AND t.number = '1' AND r.code = 'JS'"
        " AND pe.code = '2023H2'",
        [ACTION_PLAN],
    )
    assert rows == [("lagging", 45.0, "已完成招标", "资金未到位", "年底前开工", "manual")]
    entry = last_audit(run, "--plan", ACTION_PLAN)
    assert entry["source"] == "cli" and entry["who"]
    assert entry["item"].startswith("1 ") and entry["region"] == "JS" and entry["period"] == "2023H2"
    assert entry["region_name"] == "江苏省"
    assert entry["changes"]["status"] == [None, "lagging"] and entry["changes"]["next_steps"] == [None, "年底前开工"]


def test_task_set_takes_status_codes_and_refuses_what_it_cannot_use(run, demo_path):
    base = ("task", "set", "--plan", ACTION_PLAN, "--task", "2", "--region", "SH", "--period", "2023H2")
    assert run(*base, "--status", "done")[0] == 0
    before = read(demo_path, "SELECT count(*) FROM audit_log", [])
    for bad in (
        ("--status", "差不多"),
        ("--percent", "120"),
        ("--percent", "八成"),
    ):
        code, _, err = run(*base, *bad)
        assert code == 2 and err.strip()
    assert run("task", "set", "--plan", ACTION_PLAN, "--task", "99", "--region", "SH", "--period", "2023H2",
               "--status", "done")[0] == 2  # fmt: skip
    assert run(*base[:-2], "--period", "2023H9", "--status", "done")[0] == 2
    assert run(*base[:-4], "--region", "火星", "--period", "2023H2", "--status", "done")[0] == 2
    assert run("task", "set", "--plan", "没有这个规划", *base[4:], "--status", "done")[0] == 2
    assert run(*base)[0] == 2  # nothing to set
    assert read(demo_path, "SELECT count(*) FROM audit_log", []) == before


def test_task_status_sets_and_clears_the_offices_status_over_the_derived_one(run, demo_path):
    """The Tasks view's 任务状态 column: the office's status of the task as a whole, or the derived one again."""
    with Workspace.open(demo_path, write=False) as ws:
        plan = plans.resolve(ws, ACTION_PLAN)["id"]
        derived = next(t for t in browse.tasks(ws, plan) if t.number == "3").status
    code, out, err = run("task", "status", "--plan", ACTION_PLAN, "--task", "3", "--status", "暂停")
    assert code == 0 and "暂停" in out, err
    with Workspace.open(demo_path, write=False) as ws:
        task = next(t for t in browse.tasks(ws, plan) if t.number == "3")
    assert task.status == "on_hold" and task.state.override == "on_hold"
    assert last_audit(run, "--plan", ACTION_PLAN)["changes"] == {"status": [None, "on_hold"]}
    code, out, err = run("task", "status", "--plan", ACTION_PLAN, "--task", "3", "--derived", "--json")
    assert code == 0 and json.loads(out)["changes"] == [{"field": "status", "old": "on_hold", "new": None}], err
    with Workspace.open(demo_path, write=False) as ws:
        task = next(t for t in browse.tasks(ws, plan) if t.number == "3")
    assert task.status == derived and task.state.override is None
    before = read(demo_path, "SELECT count(*) FROM audit_log", [])
    assert run("task", "status", "--plan", ACTION_PLAN, "--task", "3", "--status", "乱写")[0] == 2
    with pytest.raises(SystemExit) as usage:  # --status or --derived: argparse says so
        run("task", "status", "--plan", ACTION_PLAN, "--task", "3")
    assert usage.value.code == 2
    assert read(demo_path, "SELECT count(*) FROM audit_log", []) == before


def test_indicator_set_reads_the_value_in_the_indicators_unit(run, demo_path):
    code, _, err = run(
        "indicator", "set", "--plan", DIGITAL, "--indicator", "1", "--region", "上海", "--period", "2023H2",
        "--value", "5200亿",
    )  # fmt: skip
    assert code == 0, err
    [(value,)] = read(
        demo_path,
        "SELECT v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id JOIN regions r"
        " ON r.id = v.region_id JOIN periods p ON p.id = v.period_id WHERE i.seq = 1 AND r.code = 'SH'"
        " AND p.code = '2023H2' AND i.plan_id = (SELECT id FROM plans WHERE instr(title, ?))",
        [DIGITAL],
    )
    assert value == 5200
    entry = last_audit(run, "--plan", DIGITAL)
    assert entry["entity"] == "indicator_values" and entry["item"] == "产业规模（产值/营收）"
    assert entry["period"] == "2023H2" and float(entry["changes"]["value"][1]) == 5200


def test_an_indicator_by_a_name_that_two_share_is_refused_naming_both(run):
    code, _, err = run("indicator", "show", "--plan", DIGITAL, "--indicator", "产业规模")
    assert code == 2
    assert "1 产业规模（产值/营收）（数字三体）" in err and "2 产业规模（产值/营收）（青浦）" in err
    code, out, _ = run("indicator", "show", "--plan", DIGITAL, "--indicator", "产业规模（产值/营收）（青浦）", "--json")
    assert code == 0 and json.loads(out)["seq"] == 2  # as the templates name it
    assert run("indicator", "show", "--plan", DIGITAL, "--indicator", "不存在的指标")[0] == 2
    code, out, _ = run("indicator", "show", "--plan", "十三五", "--indicator", "3", "--json")
    assert code == 0 and json.loads(out)["seq"] == 3


def test_indicator_define_stores_the_definition_shows_it_and_audits_it(run, demo_path):
    code, _, err = run(
        "indicator", "define", "--plan", DIGITAL, "--indicator", "2", "--definition", "青浦区规上企业营业收入",
        "--source", "区统计局", "--formula", "∑ 企业营收", "--weight-by", "1", "--direction", "increase",
        "--attribute", "binding",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run("indicator", "show", "--plan", DIGITAL, "--indicator", "2", "--json")
    shown = json.loads(out)
    assert shown["definition"] == "青浦区规上企业营业收入" and shown["data_source"] == "区统计局"
    assert shown["formula"] == "∑ 企业营收" and shown["attribute"] == "binding"
    assert shown["aggregation"] == "mean" and shown["weight_by"] == "产业规模（产值/营收）"  # weighted: a mean
    entry = last_audit(run, "--plan", DIGITAL)
    assert entry["entity"] == "indicator" and entry["changes"]["attribute"] == [None, "binding"]
    code, out, _ = run("indicator", "show", "--plan", DIGITAL, "--indicator", "2")
    assert "青浦区规上企业营业收入" in out and "约束性" in out and "加权平均" in out
    # A weighted indicator cannot be summed; weighted by itself is no weight; the workspace stays as it was.
    before = read(demo_path, "SELECT count(*) FROM audit_log", [])
    assert run("indicator", "define", "--plan", DIGITAL, "--indicator", "2", "--aggregation", "sum")[0] == 2
    assert run("indicator", "define", "--plan", DIGITAL, "--indicator", "2", "--weight-by", "2")[0] == 2
    with pytest.raises(SystemExit) as refused:  # argparse refuses a value outside the choices
        run("indicator", "define", "--plan", DIGITAL, "--indicator", "2", "--attribute", "maybe")
    assert refused.value.code == 2
    assert read(demo_path, "SELECT count(*) FROM audit_log", []) == before
    code, _, _ = run("indicator", "define", "--plan", DIGITAL, "--indicator", "2", "--weight-by", "", "--aggregation",
                     "none")  # fmt: skip
    assert code == 0
    code, out, _ = run("indicator", "list", "--plan", DIGITAL, "--json")
    assert [(i["seq"], i["aggregation"], i["weight_by"]) for i in json.loads(out)] == [
        (1, None, None),
        (2, "none", None),
    ]


def test_a_revised_target_keeps_its_history_and_verdicts_use_the_target_in_force(run, demo_path):
    """SH's 2022H2 value (4,385.65) is on its path to the plan's 2023 target of 5,000 and its 2023H1 value
    (4,788.31) too; revised to 5,200 from 2023-03-31, 2023H1 is judged on the new target and falls behind, while
    2022H2, whose period ended before the revision, keeps the plan's."""
    with Workspace.open(demo_path, write=False) as ws:
        plan_id = plans.resolve(ws, DIGITAL)["id"]
        indicator_id = indicators.detail(ws, plan_id, "1").id
        before = {p: browse.indicator_chart(ws, indicator_id, period=p).assessments["SH"] for p in ("2022H2", "2023H1")}
    assert {p: a.verdict for p, a in before.items()} == {"2022H2": Verdict.ON_TRACK, "2023H1": Verdict.ON_TRACK}
    code, out, err = run(
        "indicator", "revise", "--plan", DIGITAL, "--indicator", "1", "--year", "2023", "--target", "5200",
        "--reason", "中期评估上调", "--date", "2023年3月31日", "--source", "中期评估报告",
    )  # fmt: skip
    assert code == 0, err
    assert "5,000 → 5,200" in out
    with Workspace.open(demo_path, write=False) as ws:
        after = {p: browse.indicator_chart(ws, indicator_id, period=p).assessments["SH"] for p in ("2022H2", "2023H1")}
        chart = browse.indicator_chart(ws, indicator_id)
    assert after["2022H2"] == before["2022H2"]
    assert after["2023H1"].verdict == Verdict.OFF_TRACK
    first = 3368.78  # SH's 2021H1 value starts its path: the plan states no baseline
    assert after["2023H1"].expected == pytest.approx(first + (5200 - first) * 2.0 / 2.5)
    assert chart.original is not None and [p.value for p in chart.original.points][:1] == [5000]
    assert [p.value for p in chart.trajectory.points][:1] == [5200]
    # The plan's target stays; the revision is history beside it.
    assert read(demo_path, "SELECT value FROM indicator_targets WHERE indicator_id = ? AND year = 2023",
                [indicator_id]) == [(5000.0,)]  # fmt: skip
    code, out, _ = run("indicator", "show", "--plan", DIGITAL, "--indicator", "1", "--json")
    shown = json.loads(out)
    assert [t["value"] for t in shown["targets"] if t["year"] == 2023] == [5000]
    assert [t["value"] for t in shown["in_force"] if t["year"] == 2023] == [5200]
    assert shown["revisions"] == [
        {"year": 2023, "old": 5000, "new": 5200, "on": "2023-03-31", "reason": "中期评估上调", "source": "中期评估报告"}
    ]
    entry = last_audit(run, "--since", "2000-01-01")
    assert entry["entity"] == "indicator_target" and entry["source"] == "cli"
    assert entry["changes"]["reason"] == [None, "中期评估上调"] and entry["changes"]["year"] == [None, "2023"]
    # A second revision is recorded from the first's value; the history keeps both.
    assert run("indicator", "revise", "--plan", DIGITAL, "--indicator", "1", "--year", "2023", "--target", "5100",
               "--reason", "再次评估")[0] == 0  # fmt: skip
    code, out, _ = run("indicator", "show", "--plan", DIGITAL, "--indicator", "1", "--json")
    assert [(r["old"], r["new"]) for r in json.loads(out)["revisions"]] == [(5000, 5200), (5200, 5100)]


def test_revise_refuses_what_it_cannot_use(run, demo_path):
    base = ("indicator", "revise", "--plan", DIGITAL, "--indicator", "1", "--year", "2025")
    before = read(demo_path, "SELECT count(*) FROM indicator_target_revisions", [])
    assert run(*base, "--target", "abc", "--reason", "x")[0] == 2
    assert run(*base, "--target", "7000", "--reason", "unchanged")[0] == 2
    assert run(*base, "--target", "7500", "--reason", " ")[0] == 2
    assert run(*base, "--target", "7500", "--reason", "x", "--date", "someday")[0] == 2
    assert run(*base[:-1], "20x5", "--target", "7500", "--reason", "x")[0] == 2
    assert read(demo_path, "SELECT count(*) FROM indicator_target_revisions", []) == before


def test_audit_lists_changes_since_a_date_and_of_one_plan(run):
    run("task", "set", "--plan", ACTION_PLAN, "--task", "3", "--region", "ZJ", "--period", "2023H2", "--percent", "10")
    code, out, _ = run("audit", "--since", "2000-01-01")
    assert code == 0 and "浙江省" in out and "2023H2" in out and "完成进度" in out
    code, out, _ = run("audit", "--since", "2999-01-01", "--json")
    assert code == 0 and json.loads(out) == []
    code, out, _ = run("audit", "--plan", DIGITAL, "--json")
    assert all(e["entity"] != "task_progress" for e in json.loads(out))
    assert run("audit", "--since", "不是日期")[0] == 2
