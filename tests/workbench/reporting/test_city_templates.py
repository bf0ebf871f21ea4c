"""Templates for the 41 cities: a city reports the tasks its province reports and the
indicators whose scope covers it; its file writes the city's rows, never its province's."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.workbench.reporting import plans as test_plans
from tests.workbench.reporting.test_submission_backups import made_yesterday
from tests.workbench.reporting.workbooks import fill, issue, task_values
from workbench.app import services
from workbench.planning import plans
from workbench.planning.document import ParsedIndicator, ParsedTarget, Span
from workbench.reference import regions
from workbench.reporting import layout, submissions
from workbench.storage import backups

PERIOD = "2023H1"


def codes(path: Path, kind: str) -> list[str]:
    ws = openpyxl.load_workbook(path)[layout.SHEETS[kind]]
    return [layout.canonical(ws.cell(r, 1).value) for r in range(layout.FIRST_DATA_ROW, ws.max_row + 1)]


def names(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path)[layout.SHEET_INDICATORS]
    return [ws.cell(r, 2).value for r in range(layout.FIRST_DATA_ROW, ws.max_row + 1)]


@pytest.fixture
def scoped_plan(workspace) -> int:
    """The test plan, plus an indicator of 江苏省 and one of 苏州市."""
    parsed = test_plans.plan(8)
    parsed.indicators += [
        ParsedIndicator(name, "个", Span(0, 5), scope_region=scope, targets=[ParsedTarget(2023, 1)])
        for name, scope in (("江苏指标", "JS"), ("苏州指标", "JS-SZ"))
    ]
    return plans.save(workspace, parsed)


def test_a_city_reports_the_tasks_of_its_province(workspace, plan_id, tmp_path):
    # Task 3 names 江苏 only; task 5 names 上海 and 杭州 (so 浙江).
    suzhou = issue(workspace, plan_id, "苏州", PERIOD, tmp_path)
    ningbo = issue(workspace, plan_id, "ZJ-NB", PERIOD, tmp_path)
    assert codes(suzhou, layout.TASK) == codes(issue(workspace, plan_id, "JS", PERIOD, tmp_path), layout.TASK)
    assert codes(suzhou, layout.TASK) == ["1", "2", "3", "4", "6", "7", "8"]
    assert codes(ningbo, layout.TASK) == ["1", "2", "4", "5", "6", "7", "8"]


def test_a_city_reports_the_indicators_whose_scope_covers_it(workspace, scoped_plan, tmp_path):
    suzhou = names(issue(workspace, scoped_plan, "JS-SZ", PERIOD, tmp_path))
    nanjing = names(issue(workspace, scoped_plan, "南京", PERIOD, tmp_path))
    hangzhou = names(issue(workspace, scoped_plan, "杭州", PERIOD, tmp_path))
    shanghai = names(issue(workspace, scoped_plan, "SH-SH", PERIOD, tmp_path))
    delta = ["5G基站数", "固定宽带家庭普及率", "宽带接入端口"]
    assert suzhou == [*delta, "江苏指标（江苏）", "苏州指标（苏州）"]
    assert nanjing == [*delta, "江苏指标（江苏）"]
    assert hangzhou == delta
    assert shanghai == [delta[0], delta[1], "产业规模（产值/营收）（青浦）", delta[2]]  # 青浦 lies in 上海市
    # The province still reports the indicators of its cities.
    assert names(issue(workspace, scoped_plan, "JS", PERIOD, tmp_path))[-2:] == ["江苏指标（江苏）", "苏州指标（苏州）"]


def test_a_city_file_is_named_and_titled_for_the_city(workspace, plan_id, tmp_path):
    path = issue(workspace, plan_id, "苏州", PERIOD, tmp_path)
    assert "苏州市" in path.name
    assert "苏州市" in openpyxl.load_workbook(path)[layout.SHEET_TASKS].cell(layout.TITLE_ROW, 1).value


def test_a_city_submission_writes_the_citys_rows_only(workspace, plan_id, tmp_path):
    template = issue(workspace, plan_id, "苏州", PERIOD, tmp_path / "issued")
    back = fill(template, tmp_path / "back.xlsx", tasks={"1": {"status": "推进中", "percent": 40}})
    outcome = services.submit(workspace, back)
    assert outcome.status == "accepted" and outcome.preview.region == "JS-SZ"
    assert task_values(workspace, plan_id, "1", "JS-SZ", PERIOD)["percent"] == 40
    assert task_values(workspace, plan_id, "1", "JS", PERIOD) is None
    cities = {s.region: s.state for s in submissions.status(workspace, plan_id, PERIOD, cities=True)}
    assert len(cities) == len(regions.CITIES) == 41 and cities["JS-SZ"] == "accepted"
    assert {s.state for s in submissions.status(workspace, plan_id, PERIOD)} == {"not_submitted"}


def test_city_files_in_one_batch_take_one_backup(workspace, plan_id, tmp_path):
    made_yesterday(workspace)  # the import took the day's backup
    cities = ["JS-NJ", "ZJ-HZ", "AH-HF"]
    issued = services.issue_templates(workspace, plan_id, cities, PERIOD, tmp_path / "issued")
    for n, template in enumerate(issued):
        fill(template, tmp_path / "back" / template.name, tasks={"2": {"status": "已完成", "percent": 100 - n}})
    outcomes = services.submit_many(workspace, [tmp_path / "back"])
    assert sorted(o.preview.region for o in outcomes if o.status == "accepted") == sorted(cities)
    assert [task_values(workspace, plan_id, "2", city, PERIOD)["percent"] for city in cities] == [100, 99, 98]
    assert len([p for p in backups.listing(workspace.path) if p.stem.endswith("before-submission")]) == 1


def test_cli_writes_city_templates_and_lists_city_status(cli, workspace, plan_id, tmp_path):
    workspace.close()
    code, out, err = cli(
        "template",
        "--plan",
        str(plan_id),
        "--region",
        "南京",
        "--region",
        "JS",
        "--period",
        PERIOD,
        "--out",
        str(tmp_path / "one"),
        "--json",
    )
    assert code == 0, err
    assert [row["region"] for row in json.loads(out)] == ["JS-NJ", "JS"]
    code, out, err = cli(
        "template", "--plan", str(plan_id), "--all-cities", "--period", PERIOD, "--out", str(tmp_path / "all"), "--json"
    )
    assert code == 0, err
    assert [row["region"] for row in json.loads(out)] == list(regions.CITIES)
    assert len(list((tmp_path / "all").glob("*.xlsx"))) == 41
    code, out, _ = cli("status", "--plan", str(plan_id), "--period", PERIOD, "--cities", "--json")
    assert code == 0 and [s["region"] for s in json.loads(out)] == list(regions.CITIES)
    code, _, err = cli(
        "template", "--plan", str(plan_id), "--region", "青浦", "--period", PERIOD, "--out", str(tmp_path / "none")
    )
    assert code == 2 and "41" in err
