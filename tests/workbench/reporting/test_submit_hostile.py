"""Hostile and wrong files are refused with the reason a person can act on; afterwards the
workspace's plans, progress and values are unchanged by content, and at most the record
of the refused attempt is added."""

from __future__ import annotations

import time

import openpyxl
import pytest

from tests.workbench.reporting import hostile
from tests.workbench.reporting import plans as test_plans
from tests.workbench.reporting.workbooks import fill, issue, set_guide, snapshot, submissions
from workbench.app import services
from workbench.planning import plans
from workbench.reporting import layout
from workbench.reporting.model import Expectation
from workbench.storage.workspace import Workspace

PERIOD = "2023H1"
FILLED = {"1": {"status": "推进中", "percent": 50}}
LATER = {"1": {"status": "推进中", "percent": 60}}  # differs from what was accepted (else a duplicate)


@pytest.fixture
def template(workspace, plan_id, tmp_path):
    path = issue(workspace, plan_id, "JS", PERIOD, tmp_path / "issued")
    # Something is stored already, so "unchanged" has content to compare.
    assert services.submit(workspace, fill(path, tmp_path / "earlier.xlsx", tasks=FILLED)).status == "accepted"
    return path


def _meta(wb, key: str, value: str) -> None:
    ws = wb[layout.SHEET_META]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == key:
            ws.cell(r, 2).value = value


def _add_row_key(wb) -> None:
    ws = wb[layout.SHEET_META]
    ws.append(["task", 9999, "99"])


def _title_claims_sh(wb) -> None:
    wb[layout.SHEET_TASKS]["A1"] = wb[layout.SHEET_TASKS]["A1"].value.replace("江苏省", "上海市")


def _duplicate_row(wb) -> None:
    ws = wb[layout.SHEET_TASKS]
    ws.append([c.value for c in ws[layout.FIRST_DATA_ROW]])


REFUSED = {
    # name: (tasks, change, expectation, problem code, sheet, cell)
    "altered locked cell": (
        {},
        lambda wb: wb[layout.SHEET_TASKS].cell(5, 2).__setattr__("value", "改过的任务"),
        None,
        "problem.locked_altered",
        layout.SHEET_TASKS,
        "B5",
    ),
    "altered metadata": ({}, lambda wb: _meta(wb, "region", "SH"), None, "problem.meta_altered", layout.SHEET_META, ""),
    "a row key added to the metadata": ({}, _add_row_key, None, "problem.checksum", "", ""),
    "a JS file whose guide claims SH": (
        {},
        lambda wb: set_guide(wb, "地区", "上海市"),
        None,
        "problem.region_claim",
        layout.SHEET_GUIDE,
        "B4",
    ),
    "a JS file whose title claims SH": ({}, _title_claims_sh, None, "problem.region_claim", layout.SHEET_TASKS, "A1"),
    "another region than asked": (LATER, None, Expectation(region="SH"), "problem.wrong_region", "", ""),
    "status not allowed": ({"2": {"status": "差不多了"}}, None, None, "problem.bad_status", layout.SHEET_TASKS, "E5"),
    "percent out of range": (
        {"2": {"status": "推进中", "percent": 120}},
        None,
        None,
        "problem.bad_percent",
        layout.SHEET_TASKS,
        "F5",
    ),
    "progress without a status": (
        {"2": {"progress": "做了一些工作"}},
        None,
        None,
        "problem.missing_status",
        layout.SHEET_TASKS,
        "E5",
    ),
    "not a number": (
        {},
        lambda wb: wb[layout.SHEET_INDICATORS].cell(4, 8).__setattr__("value", "约30"),
        None,
        "problem.bad_number",
        layout.SHEET_INDICATORS,
        "H4",
    ),
    "an error cell": (
        {},
        lambda wb: wb[layout.SHEET_TASKS].cell(5, 6).__setattr__("value", "#DIV/0!"),
        None,
        "problem.error_cell",
        layout.SHEET_TASKS,
        "F5",
    ),
    "a code that is not in the template": (
        {},
        lambda wb: wb[layout.SHEET_TASKS].cell(5, 1).__setattr__("value", "99"),
        None,
        "problem.unknown_row",
        layout.SHEET_TASKS,
        "A5",
    ),
    "a row twice": ({}, _duplicate_row, None, "problem.duplicate_row", layout.SHEET_TASKS, "A11"),
    "a bad date": (
        {},
        lambda wb: set_guide(wb, "填报日期", "六月底"),
        None,
        "problem.bad_date",
        layout.SHEET_GUIDE,
        "B13",
    ),
}


@pytest.mark.parametrize("case", REFUSED)
def test_refused_with_the_reason_and_only_the_attempt_recorded(case, workspace, template, tmp_path):
    tasks, change, expect, code, sheet, cell = REFUSED[case]
    path = fill(template, tmp_path / "back.xlsx", tasks=tasks, change=change)
    before, attempts = snapshot(workspace), len(submissions(workspace))
    outcome = services.submit(workspace, path, expect=expect)
    assert outcome.status == "rejected" and outcome.exit_code == 1
    found = [(p.code, p.sheet, p.cell) for p in outcome.problems]
    assert (code, sheet, cell) in found, found
    assert snapshot(workspace) == before
    records = submissions(workspace)
    assert len(records) == attempts + 1 and records[-1]["outcome"] == "rejected"
    assert code in records[-1]["problems"]


def test_every_problem_names_sheet_cell_value_and_reason_in_both_languages(workspace, template, tmp_path):
    path = fill(template, tmp_path / "back.xlsx", tasks={"2": {"status": "差不多了"}})
    [problem] = services.submit(workspace, path).problems
    assert (
        problem.text("zh_CN") == "“任务进展”表 E5 单元格（“差不多了”）："
        "状态“差不多了”无效，请从下拉列表选择：未启动、推进中、已完成、滞后、暂停"
    )
    assert problem.text("en").startswith("Sheet '任务进展', cell E5 ('差不多了'): Invalid status")


def test_a_file_of_another_plan_than_asked(workspace, template, tmp_path):
    other = plans.save(workspace, test_plans.plan(5, title="另一个测试规划"))
    path = fill(template, tmp_path / "back.xlsx", tasks=LATER)
    outcome = services.submit(workspace, path, expect=Expectation(plan=str(other)))
    assert outcome.status == "rejected"
    assert [p.code for p in outcome.problems] == ["problem.wrong_plan"]
    assert "另一个测试规划" in outcome.problems[0].text()


def test_a_template_of_another_workspace(workspace, template, tmp_path):
    with Workspace.open(tmp_path / "other.sqlite", create=True) as other:
        other_template = issue(other, plans.save(other, test_plans.plan(8)), "JS", PERIOD, tmp_path / "other")
    path = fill(other_template, tmp_path / "back.xlsx", tasks=FILLED)
    before, attempts = snapshot(workspace), submissions(workspace)
    outcome = services.submit(workspace, path)
    assert outcome.status == "rejected"
    assert [p.code for p in outcome.problems] == ["problem.other_workspace"]
    assert snapshot(workspace) == before and submissions(workspace) == attempts  # nothing to record it against


def _unusable_cases(template, folder):
    return {
        "xlsx.not_xlsx": hostile.not_xlsx(folder),
        "xlsx.not_xlsx (a zip of something else)": hostile.zip_not_xlsx(folder),
        "xlsx.encrypted": hostile.encrypted(folder),
        "xlsx.legacy_xls": hostile.legacy_xls(folder),
        "xlsx.absurd_dimension": hostile.far_cell(template, folder),
        "xlsx.bomb": hostile.zip_bomb(template, folder),
        "xlsx.xml_entities": hostile.entity_bomb(template, folder),
        "xlsx.damaged": hostile.truncated_sheet(template, folder),
    }


def test_unusable_files_are_refused_quickly_and_nothing_is_recorded(workspace, template, tmp_path):
    cases = _unusable_cases(template, tmp_path)
    before, attempts = snapshot(workspace), submissions(workspace)
    for name, path in cases.items():
        started = time.monotonic()
        outcome = services.submit(workspace, path)
        assert time.monotonic() - started < 5, name
        assert outcome.status == "unusable" and outcome.exit_code == 2, name
        assert outcome.problems[0].code == name.split(" ")[0], (name, outcome.problems[0].code)
        assert path.name in outcome.problems[0].text(), name
    assert snapshot(workspace) == before and submissions(workspace) == attempts


def test_xls_is_told_how_to_save_as_xlsx(tmp_path, workspace):
    outcome = services.submit(workspace, hostile.legacy_xls(tmp_path))
    assert "另存为" in outcome.problems[0].text("zh_CN") and "*.xlsx" in outcome.problems[0].text("zh_CN")
    assert "Save As" in outcome.problems[0].text("en")


def test_a_claimed_dimension_is_ignored(workspace, template, tmp_path):
    path = hostile.claimed_dimension(
        fill(template, tmp_path / "back.xlsx", tasks={"2": {"status": "推进中"}}), tmp_path
    )
    assert services.submit(workspace, path, replace=True).status == "accepted"  # in place of earlier.xlsx


def test_a_workbook_that_is_no_template(workspace, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "电话"])
    wb.save(tmp_path / "通讯录.xlsx")
    outcome = services.submit(workspace, tmp_path / "通讯录.xlsx")
    assert outcome.status == "unusable" and outcome.problems[0].code == "submission.unidentified"


def test_the_received_file_is_never_written(workspace, template, tmp_path):
    path = fill(template, tmp_path / "back.xlsx", tasks={"2": {"status": "差不多了"}})
    before = path.read_bytes(), path.stat().st_mtime_ns
    outcome = services.submit(workspace, path)
    services.write_report([outcome], tmp_path / "report.xlsx")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_copy_whose_name_says_another_region_than_asked(workspace, template, tmp_path):
    source = openpyxl.load_workbook(template)[layout.SHEET_TASKS]
    fresh = openpyxl.Workbook()
    for row in source.iter_rows(min_row=layout.HEADER_ROW, values_only=True):
        fresh.active.append(list(row))
    fresh.active.cell(2, 5).value = "推进中"
    fresh.save(tmp_path / "江苏省2023H1.xlsx")
    outcome = services.submit(workspace, tmp_path / "江苏省2023H1.xlsx", expect=Expectation(region="SH"))
    assert outcome.status == "rejected" and [p.code for p in outcome.problems] == ["problem.no_metadata"]
    assert "--as-region JS --as-period 2023H1" in outcome.problems[0].text()  # what its name says, to confirm
    assigned = Expectation(region="SH", as_region="JS", as_period=PERIOD)
    outcome = services.submit(workspace, tmp_path / "江苏省2023H1.xlsx", expect=assigned)
    assert outcome.status == "rejected"
    assert outcome.problems[0].text() == "这份文件是江苏省的报送，不是要求的上海市"


@pytest.mark.parametrize("days", [1e15, -1e15])
def test_a_duration_beyond_the_readers_range_is_refused_not_a_crash(workspace, template, tmp_path, days):
    """A cell formatted as hours holding more days than the reader's clock holds made python-calamine overflow or
    panic (a BaseException): the file is refused with the reason and nothing is recorded (found by hypothesis)."""
    wb = openpyxl.load_workbook(template)
    cell = wb[layout.SHEET_TASKS].cell(5, 6)
    cell.value, cell.number_format = days, "[h]:mm:ss"
    path = tmp_path / f"duration{days:+.0e}.xlsx"
    wb.save(path)
    before, attempts = snapshot(workspace), submissions(workspace)
    outcome = services.submit(workspace, path)
    assert outcome.status == "unusable" and outcome.problems[0].code == "xlsx.damaged"
    assert path.name in outcome.problems[0].text()
    assert snapshot(workspace) == before and submissions(workspace) == attempts
