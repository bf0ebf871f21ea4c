"""The cascade through the `workbench` command, three workspaces in one test: the office issues a template to
江苏省 → the province's workspace receives it → issues templates to three of its cities → their files, filled as a
person would, are taken in → the province consolidates → the office takes the province's file in, accepted, with
the consolidated values. A tampered consolidated file is still refused by the office."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.workbench.reporting import plans as test_plans
from tests.workbench.reporting.workbooks import fill, indicator_value, set_cells, task_values
from workbench import browse
from workbench.planning import plans
from workbench.reporting import layout
from workbench.storage.workspace import Workspace

PERIOD = "2023H1"
CITIES = ("JS-NJ", "JS-WX", "JS-SZ")
# What each city reports: tasks 1 and 2 (status, percent, progress), indicators 1 (万个) and 2 (%).
REPORTS = {
    "JS-NJ": {"1": ("已完成", 100, "南京建成枢纽"), "2": ("推进中", 40, "")},
    "JS-WX": {"1": ("已完成", 100, "无锡完成验收"), "2": ("滞后", 20, "无锡用地未批")},
    "JS-SZ": {"1": ("已完成", 100, ""), "2": ("推进中", 60, "苏州推进中")},
}
VALUES = {"JS-NJ": (3.5, 70.0), "JS-WX": (2.0, 80.0), "JS-SZ": (4.5, 90.0)}


@pytest.fixture
def office(tmp_path) -> tuple[Path, int]:
    path = tmp_path / "office.sqlite"
    with Workspace.open(path, create=True, program="pytest") as ws:
        return path, plans.save(ws, test_plans.plan(8))


def city_fill(template: Path, out: Path, city: str) -> Path:
    tasks = {
        code: {"status": s, "percent": p, "progress": text or None} for code, (s, p, text) in REPORTS[city].items()
    }
    first, second = VALUES[city]
    return fill(template, out, tasks=tasks, indicators={"1": {"value": first}, "2": {"value": second}})


def run_chain(cli, tmp_path: Path, office: tuple[Path, int]) -> tuple[Path, Path, int]:
    """Office → 江苏省 → three cities → back into the province; returns the province's workspace, the received
    template and the province's plan id."""
    office_path, plan_id = office
    code, out, err = cli(
        "template",
        "--plan",
        str(plan_id),
        "--region",
        "JS",
        "--period",
        PERIOD,
        "--out",
        str(tmp_path / "from-office"),
        "--json",
        workspace=office_path,
    )
    assert code == 0, err
    [received] = [Path(row["path"]) for row in json.loads(out)]

    province = tmp_path / "province.sqlite"
    code, out, err = cli("receive", str(received), "--json", workspace=province)
    assert code == 0, err
    taken = json.loads(out)
    assert (taken["region"], taken["period"], taken["tasks"], taken["indicators"]) == ("JS", PERIOD, 7, 3)
    province_plan = taken["plan_id"]

    code, out, err = cli(
        "template",
        "--plan",
        str(province_plan),
        *[a for c in CITIES for a in ("--region", c)],
        "--period",
        PERIOD,
        "--deadline",
        "2023-07-05",
        "--out",
        str(tmp_path / "to-cities"),
        "--json",
        workspace=province,
    )
    assert code == 0, err
    issued = {row["region"]: Path(row["path"]) for row in json.loads(out)}
    assert sorted(issued) == sorted(CITIES)
    back = tmp_path / "from-cities"
    for city, path in issued.items():
        city_fill(path, back / path.name, city)
    code, out, err = cli("submit", str(back), "--json", workspace=province)
    assert code == 0, out + err
    assert [f["status"] for f in json.loads(out)["files"]] == ["accepted"] * 3
    return province, received, province_plan


def test_the_chain_office_province_cities_and_back(cli, tmp_path, office):
    from workbench.tracking import edits

    with Workspace.open(office[0], program="pytest") as ws:  # last period's value, pre-filled in the template
        ports = next(ws.db.query("SELECT id FROM indicators WHERE seq = 4"))["id"]
        edits.indicator_value(ws, ports, "JS", "2022H2", "98000000")
    province, received, province_plan = run_chain(cli, tmp_path, office)
    # The province's status lists its own cities, three of them in.
    code, out, _ = cli("status", "--plan", str(province_plan), "--period", PERIOD, "--json", workspace=province)
    states = {s["region"]: s["state"] for s in json.loads(out)}
    assert len(states) == 13 and [c for c, s in states.items() if s == "accepted"] == list(CITIES)

    filled = tmp_path / "江苏省_汇总.xlsx"
    args = ("consolidate", "--plan", str(province_plan), "--period", PERIOD, "--out", str(filled))
    code, out, err = cli(*args, "--dry-run", "--json", workspace=province)
    assert code == 0, err
    preview = json.loads(out)
    assert not filled.exists()
    assert preview["not_reported"] == [] and preview["reported"] == list(CITIES)  # the three asked all reported
    tasks = {t["code"]: t for t in preview["tasks"]}
    assert (tasks["1"]["status"], tasks["1"]["percent"]) == ("done", 100.0)
    assert (tasks["2"]["status"], tasks["2"]["percent"]) == ("lagging", 40.0)  # 无锡 lags; (40 + 20 + 60) / 3
    assert tasks["2"]["texts"]["progress"] == "无锡市：无锡用地未批；苏州市：苏州推进中"
    indicators = {i["code"]: i for i in preview["indicators"]}
    assert (indicators["1"]["aggregate"], indicators["1"]["value"]) == ("sum", 10.0)
    assert (indicators["2"]["aggregate"], indicators["2"]["value"]) == ("mean", 80.0)  # unit %: the mean

    code, out, err = cli(*args, "--status", "1=推进中", "--text", "1=全省枢纽建设基本完成", workspace=province)
    assert code == 0, err
    assert "尚未报送" not in out and "汇总规则" in out

    office_path, plan_id = office
    code, out, err = cli("submit", str(filled), "--json", workspace=office_path)
    assert code == 0, out + err
    [taken] = json.loads(out)["files"]
    assert (taken["status"], taken["region"], taken["period"]) == ("accepted", "JS", PERIOD)
    with Workspace.open(office_path, write=False) as ws:
        one = task_values(ws, plan_id, "1", "JS", PERIOD)
        two = task_values(ws, plan_id, "2", "JS", PERIOD)
        assert (one["status"], one["percent"], one["progress"]) == ("in_progress", 100.0, "全省枢纽建设基本完成")
        assert (two["status"], two["percent"]) == ("lagging", 40.0)
        assert two["progress"] == "无锡市：无锡用地未批；苏州市：苏州推进中"
        assert indicator_value(ws, plan_id, 1, "JS", PERIOD)["value"] == 10.0
        assert indicator_value(ws, plan_id, 2, "JS", PERIOD)["value"] == 80.0
        # Nobody reported it: the cell stays as the office pre-filled it.
        assert indicator_value(ws, plan_id, 4, "JS", PERIOD)["value"] == 98000000.0

    # The issuer's file, keys and locked cells as issued: only input cells differ.
    issued, answered = openpyxl.load_workbook(received), openpyxl.load_workbook(filled)
    assert issued.sheetnames == answered.sheetnames
    assert answered[layout.SHEET_META].sheet_state == "veryHidden"
    for name in issued.sheetnames:
        for row_a, row_b in zip(issued[name].iter_rows(), answered[name].iter_rows()):
            for a, b in zip(row_a, row_b):
                if a.protection.locked:
                    assert a.value == b.value, (name, a.coordinate)


def test_a_tampered_consolidated_file_is_refused_by_the_office(cli, tmp_path, office):
    province, _, province_plan = run_chain(cli, tmp_path, office)
    filled = tmp_path / "filled.xlsx"
    code, _, err = cli(
        "consolidate", "--plan", str(province_plan), "--period", PERIOD, "--out", str(filled), workspace=province
    )
    assert code == 0, err
    tampered = tmp_path / "tampered.xlsx"
    wb = openpyxl.load_workbook(filled)
    set_cells(wb, layout.TASK, {"1": {"title": "改过的任务名称"}})
    wb.save(tampered)
    code, out, _ = cli("submit", str(tampered), "--json", workspace=office[0])
    assert code == 1
    [refused] = json.loads(out)["files"]
    assert refused["status"] == "rejected"
    altered = [p for p in refused["problems"] if p["code"] == "problem.locked_altered"]
    assert [(p["sheet"], p["value"]) for p in altered] == [(layout.SHEET_TASKS, "改过的任务名称")]


def test_the_provinces_own_values_and_choices_take_precedence(cli, tmp_path, office):
    province, _, province_plan = run_chain(cli, tmp_path, office)
    from workbench.tracking import edits

    with Workspace.open(province, program="pytest") as ws:
        task = next(ws.db.query("SELECT id FROM tasks WHERE plan_id = ? AND number = '2'", [province_plan]))["id"]
        edits.task_progress(ws, task, "JS", PERIOD, "percent", "55")
        indicator = next(ws.db.query("SELECT id FROM indicators WHERE plan_id = ? AND seq = 1", [province_plan]))
        edits.indicator_value(ws, indicator["id"], "JS", PERIOD, "12")
    code, out, err = cli(
        "consolidate",
        "--plan",
        str(province_plan),
        "--period",
        PERIOD,
        "--out",
        str(tmp_path / "x.xlsx"),
        "--dry-run",
        "--json",
        "--aggregate",
        "2=none",
        "--status",
        "2=已完成",
        workspace=province,
    )
    assert code == 0, err
    found = json.loads(out)
    tasks = {t["code"]: t for t in found["tasks"]}
    assert (tasks["2"]["percent"], tasks["2"]["percent_rule"]) == (55.0, "own")
    assert (tasks["2"]["status"], tasks["2"]["status_rule"]) == ("done", "set")
    indicators = {i["code"]: i for i in found["indicators"]}
    assert (indicators["1"]["value"], indicators["1"]["rule"]) == (12.0, "own")
    assert (indicators["2"]["value"], indicators["2"]["aggregate"]) == (None, "none")


def issue(cli, office_path: Path, plan: int, region: str, period: str, folder: Path) -> Path:
    code, out, err = cli(
        "template",
        "--plan",
        str(plan),
        "--region",
        region,
        "--period",
        period,
        "--out",
        str(folder),
        "--json",
        workspace=office_path,
    )
    assert code == 0, err
    [path] = [Path(row["path"]) for row in json.loads(out)]
    return path


def test_a_later_periods_template_updates_the_slice_and_lists_what_changes(cli, tmp_path, office):
    office_path, plan_id = office
    province = tmp_path / "province.sqlite"
    first = issue(cli, office_path, plan_id, "JS", "2023H1", tmp_path / "h1")
    assert cli("receive", str(first), workspace=province)[0] == 0
    with Workspace.open(office_path, program="pytest") as ws, ws.write() as db:
        db.execute(
            "UPDATE tasks SET title = '第1项任务：建成长三角算力枢纽' WHERE plan_id = ? AND number = '1'", [plan_id]
        )
        db.execute(
            "INSERT INTO tasks (plan_id, seq, number, title, body, span_start, span_end)"
            " VALUES (?, 9, '9', '第9项任务：数据跨境流动试点', '', 0, 0)",
            [plan_id],
        )
    second = issue(cli, office_path, plan_id, "JS", "2023H2", tmp_path / "h2")
    code, out, err = cli("receive", str(second), "--dry-run", workspace=province)
    assert code == 0, err
    assert "新增任务 9：第9项任务：数据跨境流动试点" in out
    assert "任务 1 改名：第1项任务：推进数字长三角建设工作1 → 第1项任务：建成长三角算力枢纽" in out
    code, out, err = cli("receive", str(second), "--json", workspace=province)
    assert code == 0, err
    taken = json.loads(out)
    assert taken["updated"] and [a["code"] for a in taken["added"]] == ["9"]
    with Workspace.open(province, write=False) as ws:
        titles = {
            t["number"]: t["title"] for t in ws.db.query("SELECT * FROM tasks WHERE plan_id = ?", [taken["plan_id"]])
        }
        assert titles["1"] == "第1项任务：建成长三角算力枢纽" and "9" in titles and len(titles) == 8
        assert ws.db.execute("SELECT count(*) FROM plans").fetchone()[0] == 1
        renamed = [a for a in browse.audit(ws) if a.field == "title" and a.source == f"receive:{second.name}"]
        assert [(a.old, a.new) for a in renamed] == [
            ("第1项任务：推进数字长三角建设工作1", "第1项任务：建成长三角算力枢纽")
        ]
    code, _, err = cli("receive", str(second), workspace=province)
    assert code == 2 and "已经接收过" in err


def test_a_received_plan_is_read_only_and_answers_for_its_own_region(cli, tmp_path, office):
    from workbench.errors import InputError
    from workbench.tracking import edits

    office_path, plan_id = office
    province = tmp_path / "province.sqlite"
    assert (
        cli("receive", str(issue(cli, office_path, plan_id, "JS", PERIOD, tmp_path / "in")), workspace=province)[0] == 0
    )
    code, _, err = cli(
        "template", "--plan", "1", "--region", "ZJ-HZ", "--period", PERIOD, "--out", str(tmp_path), workspace=province
    )
    assert code == 2 and "不是江苏省的下辖地区" in err
    with Workspace.open(province, program="pytest") as ws:
        task = next(ws.db.query("SELECT id FROM tasks ORDER BY id"))["id"]
        with pytest.raises(InputError) as refused:
            edits.task_status(ws, task, "done")
        assert refused.value.code == "receive.read_only"
        with pytest.raises(InputError) as refused:
            edits.task_progress(ws, task, "ZJ", PERIOD, "percent", "50")
        assert refused.value.code == "receive.not_own_region"
        edits.task_progress(ws, task, "JS-NJ", PERIOD, "percent", "50")  # a city of its own: recorded
    # Its indicators' definitions and targets are the issuer's too.
    for args in (
        ("define", "--definition", "按本省口径"),
        ("revise", "--year", "2025", "--target", "9", "--reason", "x"),
    ):
        code, _, err = cli("indicator", args[0], "--plan", "1", "--indicator", "1", *args[1:], workspace=province)
        assert code == 2 and err, args
    # Its own templates are not received; nor is a file that is no template.
    code, _, err = cli(
        "receive", str(issue(cli, office_path, plan_id, "ZJ", PERIOD, tmp_path / "zj")), workspace=office_path
    )
    assert code == 2 and "本工作区下发的模板" in err
    code, _, err = cli(
        "receive", str(issue(cli, office_path, plan_id, "ZJ", "2023H2", tmp_path / "zj2")), workspace=province
    )
    assert code == 2 and "发给浙江省的模板" in err


def test_two_levels_down_a_city_relays_to_its_districts(cli, tmp_path, office):
    """苏州市 receives the office's template, sends one to 吴江区, and answers with what 吴江区 reported: the same
    commands, the regions under the one the template was issued to."""
    office_path, plan_id = office
    city = tmp_path / "suzhou.sqlite"
    received = issue(cli, office_path, plan_id, "JS-SZ", PERIOD, tmp_path / "in")
    code, out, err = cli("receive", str(received), "--json", workspace=city)
    assert code == 0, err
    city_plan = json.loads(out)["plan_id"]
    district = issue(cli, city, city_plan, "吴江", PERIOD, tmp_path / "down")
    fill(
        district,
        tmp_path / "back" / district.name,
        tasks={"1": {"status": "已完成", "percent": 100}},
        indicators={"1": {"value": 1.5}},
    )
    assert cli("submit", str(tmp_path / "back"), workspace=city)[0] == 0
    filled = tmp_path / "苏州市.xlsx"
    code, out, err = cli(
        "consolidate", "--plan", str(city_plan), "--period", PERIOD, "--out", str(filled), "--json", workspace=city
    )
    assert code == 0, err
    answer = json.loads(out)
    assert answer["region"] == "JS-SZ" and answer["asked"] == ["JS-SZ-WJ"] and answer["reported"] == ["JS-SZ-WJ"]
    code, out, err = cli("submit", str(filled), "--json", workspace=office_path)
    assert code == 0, out + err
    with Workspace.open(office_path, write=False) as ws:
        assert task_values(ws, plan_id, "1", "JS-SZ", PERIOD)["status"] == "done"
        assert indicator_value(ws, plan_id, 1, "JS-SZ", PERIOD)["value"] == 1.5


def test_a_received_template_is_untrusted_input(cli, tmp_path, office):
    """Read by the reader of returned workbooks within its limits; a file that is no template, or one whose rows
    were altered, is refused with its reason and nothing is stored."""
    office_path, plan_id = office
    province = tmp_path / "province.sqlite"
    not_xlsx = tmp_path / "模板.xlsx"
    not_xlsx.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    code, _, err = cli("receive", str(not_xlsx), workspace=province)
    assert code == 2 and "不是 Excel 工作簿" in err
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    code, _, err = cli("receive", str(plain), workspace=province)
    assert code == 2 and "不是本程序下发的报送模板" in err
    template = issue(cli, office_path, plan_id, "JS", PERIOD, tmp_path / "in")
    altered = tmp_path / "altered.xlsx"
    wb = openpyxl.load_workbook(template)
    wb[layout.SHEET_TASKS].delete_rows(layout.FIRST_DATA_ROW)
    wb.save(altered)
    code, _, err = cli("receive", str(altered), workspace=province)
    assert code == 2 and "第 1 行在表中找不到" in err
    with Workspace.open(province, write=False) as ws:
        assert ws.db.execute("SELECT count(*) FROM plans").fetchone()[0] == 0
        assert ws.db.execute("SELECT count(*) FROM received_templates").fetchone()[0] == 0


def test_once_the_province_approves_a_citys_return_only_approved_returns_are_counted(cli, tmp_path, office):
    province, _, plan = run_chain(cli, tmp_path, office)
    args = ("consolidate", "--plan", str(plan), "--period", PERIOD, "--out", str(tmp_path / "x.xlsx"), "--dry-run")
    code, out, _ = cli(*args, "--json", workspace=province)
    assert code == 0 and json.loads(out)["basis"] == "accepted" and json.loads(out)["reported"] == list(CITIES)
    approve = ("approve", "--plan", str(plan), "--period", PERIOD, "--region", "JS-WX")
    assert cli(*approve, workspace=province)[0] == 0
    code, out, _ = cli(*args, "--json", workspace=province)
    preview = json.loads(out)
    assert preview["basis"] == "approved" and preview["reported"] == ["JS-WX"]
    tasks = {t["code"]: t for t in preview["tasks"]}
    assert (tasks["2"]["status"], tasks["2"]["percent"]) == ("lagging", 20.0)  # 无锡's alone
    assert "仅计审核通过的报送" in cli(*args, workspace=province)[1]


def test_a_received_plan_is_shown_by_the_province_and_its_cities(cli, tmp_path, office):
    """Every view of a received plan (status chart, indicator values and chart, status, review, summary) shows the
    region the workspace answers for and its cities, in their order; the office's own plan the four provinces."""
    from workbench.planning import received as received_plans
    from workbench.reference import regions
    from workbench.reference.statuses import TaskStatus, parse
    from workbench.reporting import meeting, review, submissions, summary

    province, _, plan = run_chain(cli, tmp_path, office)
    cities = regions.children("JS")
    with Workspace.open(province, program="pytest") as ws:
        assert received_plans.reporting_regions(ws, plan) == ["JS", *cities]
        counts = browse.status_counts(ws, plan, PERIOD)
        assert counts.regions == ("JS", *CITIES)  # the cities with a status; the province itself always
        for city, tasks in REPORTS.items():
            reported = [parse(status) for status, _, _ in tasks.values()]
            for status in TaskStatus:
                assert counts.counts.get((city, status.value), 0) == reported.count(status)
        first = next(i for i in browse.indicators(ws, plan, period=PERIOD) if i.seq == 1)
        assert first.values == {city: VALUES[city][0] for city in CITIES}
        chart = browse.indicator_chart(ws, first.id, period=PERIOD)
        assert list(chart.series) == ["JS", *cities] and {p.value for p in chart.series["JS-NJ"]} == {3.5}
        assert browse.indicator_regions(ws, first.id) == []  # the cities are charted already, nothing to add
        for asked in (False, True):
            assert [s.region for s in submissions.status(ws, plan, PERIOD, cities=asked)] == cities
            assert [r.region for r in review.review(ws, plan, PERIOD, cities=asked).regions] == cities
        assert sorted(review.timeliness(ws, plan, PERIOD)) == sorted(cities)
        data = summary.summary_data(ws, plan, PERIOD)
        assert data.regions == ["JS", *cities]
        task_one = next(t for t in data.tasks if t.code == "1")
        assert task_one.cells["JS-WX"]["status"] == TaskStatus.DONE and task_one.cells["JS-XZ"] == {}
        assert next(i for i in data.indicators if i.code == "1").actual["JS-SZ"] == 4.5
        # A task's status as a whole is derived from the cities' reports (all three done; 无锡 lagging on task 2).
        states = {t.number: t.state for t in browse.tasks(ws, plan)}
        assert states["1"].derived == TaskStatus.DONE and states["2"].derived == TaskStatus.LAGGING
        assert [r.region for r in states["2"].reports] == list(CITIES)
        # The joint meeting's report of the province counts the province and its cities, and says who reported.
        report = meeting.meeting_report(ws, plan, PERIOD)
        assert report.basis.regions == ("JS", *cities) and report.reporters == "江苏省及其下辖地区"
        assert sorted(report.reported) == sorted(regions.BY_CODE[c].name for c in CITIES)
    out = tmp_path / "汇总.xlsx"
    code, _, err = cli("summary", "--plan", str(plan), "--period", PERIOD, "--out", str(out), workspace=province)
    assert code == 0, err
    sheet = openpyxl.load_workbook(out)["任务汇总"]
    names = [regions.BY_CODE[code].name for code in ("JS", *cities)]
    assert [sheet.cell(3, c).value for c in range(4, 4 + 2 * len(names), 2)] == names

    with Workspace.open(office[0], program="pytest") as ws:
        assert received_plans.reporting_regions(ws, office[1]) == list(regions.PROVINCES)
        assert browse.status_counts(ws, office[1], PERIOD).regions == regions.PROVINCES
        assert summary.summary_data(ws, office[1], PERIOD).regions == list(regions.PROVINCES)
        assert [r.region for r in review.review(ws, office[1], PERIOD).regions] == list(regions.PROVINCES)
        assert len(review.review(ws, office[1], PERIOD, cities=True).regions) == len(regions.CITIES)
