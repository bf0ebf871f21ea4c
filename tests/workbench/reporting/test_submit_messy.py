"""Realistically messy but acceptable files are accepted with the right values."""

from __future__ import annotations

import openpyxl
import pytest

from tests.workbench.reporting.workbooks import fill, indicator_value, issue, set_guide, submissions, task_values
from workbench.app import services
from workbench.reporting import layout
from workbench.reporting.model import Expectation

PERIOD = "2023H1"


@pytest.fixture
def template(workspace, plan_id, tmp_path):
    return issue(workspace, plan_id, "JS", PERIOD, tmp_path / "issued")


def _percent_cells(wb):
    ws = wb[layout.SHEET_TASKS]
    for r, value in ((6, 0.8), (8, 1.0)):  # rows of tasks 3 and 6
        ws.cell(r, 6).value = value
        ws.cell(r, 6).number_format = "0%"


def _codes_as_numbers(wb):
    ws = wb[layout.SHEET_TASKS]
    ws.cell(4, 1).value = 1  # Excel took the code for a number
    ws.cell(5, 1).value = "002"  # or someone padded it


def _blank_rows(wb):
    wb[layout.SHEET_TASKS].insert_rows(6, 2)
    wb[layout.SHEET_INDICATORS].insert_rows(5, 1)


def _resorted(wb):
    ws = wb[layout.SHEET_TASKS]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=layout.FIRST_DATA_ROW)]
    for r, values in enumerate(reversed(rows), layout.FIRST_DATA_ROW):
        for col, value in enumerate(values, 1):
            ws.cell(r, col).value = value


def _extra_sheet(wb):
    wb.create_sheet("我的草稿")["A1"] = "计算过程"


CASES = {
    "percent forms": (
        {
            "1": {"status": "推进中", "percent": "80%"},
            "2": {"status": "推进中", "percent": "８０"},
            "3": {"status": "推进中"},
            "4": {"status": "推进中", "percent": "0.5%"},  # a plain 0.8 is ambiguous: test_returned_reading
            "6": {"status": "已完成"},
        },
        {},
        _percent_cells,
        {
            "1": {"percent": 80.0},
            "2": {"percent": 80.0},
            "3": {"percent": 80.0},
            "4": {"percent": 0.5},
            "6": {"percent": 100.0, "status": "done"},
        },
        {},
    ),
    "numbers with separators, 万 and percent signs": (
        {},
        {"1": {"value": "12.5万"}, "2": {"value": "85%"}, "4": {"value": "1,234"}},
        None,
        {},
        {1: 12.5, 2: 85.0, 4: 1234.0},
    ),
    "full-width digits and a number with its unit": (
        {},
        {"1": {"value": "３０万个"}, "4": {"value": " ９８,０００,０００ "}},
        None,
        {},
        {1: 30.0, 4: 98000000.0},
    ),
    "statuses typed, spaces around text": (
        {
            "1": {"status": "完成 ", "percent": 100, "progress": "  已开工建设  "},
            "2": {"status": " 进行中", "next_steps": "继续推进   "},
            "4": {"status": "暂缓"},
        },
        {},
        None,
        {
            "1": {"status": "done", "progress": "已开工建设"},
            "2": {"status": "in_progress", "next_steps": "继续推进"},
            "4": {"status": "on_hold"},
        },
        {},
    ),
    "codes whose leading zeros were dropped or added": (
        {"1": {"status": "推进中", "percent": 10}, "2": {"status": "推进中", "percent": 20}},
        {},
        _codes_as_numbers,
        {"1": {"percent": 10.0}, "2": {"percent": 20.0}},
        {},
    ),
    "blank rows inserted": (
        {"4": {"status": "滞后", "problems": "资金未到位"}, "8": {"status": "推进中"}},
        {"4": {"value": 5}},
        _blank_rows,
        {"4": {"status": "lagging", "problems": "资金未到位"}, "8": {"status": "in_progress"}},
        {4: 5.0},
    ),
    "rows re-sorted": (
        {"1": {"status": "推进中", "percent": 11}, "8": {"status": "已完成", "percent": 100}},
        {},
        _resorted,
        {"1": {"percent": 11.0}, "8": {"status": "done"}},
        {},
    ),
    "extra sheet added": ({"2": {"status": "推进中"}}, {}, _extra_sheet, {"2": {"status": "in_progress"}}, {}),
}


@pytest.mark.parametrize("case", CASES)
def test_messy_file_is_accepted_with_the_right_values(case, workspace, plan_id, template, tmp_path):
    tasks, indicators, change, want_tasks, want_values = CASES[case]
    path = fill(template, tmp_path / "back.xlsx", tasks=tasks, indicators=indicators, change=change)
    outcome = services.submit(workspace, path)
    assert outcome.status == "accepted", [p.text() for p in outcome.problems]
    for number, want in want_tasks.items():
        stored = task_values(workspace, plan_id, number, "JS", PERIOD)
        assert {k: stored[k] for k in want} == want
    for seq, want in want_values.items():
        assert indicator_value(workspace, plan_id, seq, "JS", PERIOD)["value"] == want


def test_who_and_when_from_the_guide_are_recorded(workspace, template, tmp_path):
    def guide(wb):
        set_guide(wb, "填报人", "王五 ")
        set_guide(wb, "填报日期", "2023年7月")

    outcome = services.submit(
        workspace, fill(template, tmp_path / "back.xlsx", tasks={"1": {"status": "推进中"}}, change=guide)
    )
    assert outcome.status == "accepted"
    [record] = submissions(workspace)
    assert (record["reporter"], record["reported_on"]) == ("王五", "2023-07")


def test_text_that_looks_like_a_formula_is_stored_as_typed(workspace, plan_id, template, tmp_path):
    typed = '=HYPERLINK("http://example.com","详见")'

    def as_text(wb):
        wb[layout.SHEET_TASKS].cell(4, 7).data_type = "s"  # typed as text, the way Excel stores '=…

    path = fill(template, tmp_path / "back.xlsx", tasks={"1": {"status": "推进中", "progress": typed}}, change=as_text)
    assert services.submit(workspace, path).status == "accepted"
    assert task_values(workspace, plan_id, "1", "JS", PERIOD)["progress"] == typed


def test_rows_copied_into_a_fresh_workbook_are_taken_as_assigned_and_said_so(workspace, plan_id, template, tmp_path):
    source = openpyxl.load_workbook(template)[layout.SHEET_TASKS]
    fresh = openpyxl.Workbook()
    sheet = fresh.active
    sheet.title = "Sheet1"
    for row in source.iter_rows(min_row=layout.HEADER_ROW, values_only=True):
        sheet.append(list(row))
    sheet.cell(2, 5).value = "已完成"  # task 1's status, in a file without any metadata
    sheet.cell(2, 6).value = 100
    path = tmp_path / "江苏省2023H1进展（整理）.xlsx"
    fresh.save(path)
    # Its name is no proof of whose it is: only the user's assignment places it.
    outcome = services.submit(workspace, path, expect=Expectation(as_region="JS", as_period=PERIOD))
    assert outcome.status == "accepted", [p.text() for p in outcome.problems]
    assert outcome.preview.identified_by == "assigned"
    assert outcome.preview.notices[0].code == "notice.assigned_no_meta"
    assert "按指定" in outcome.preview.notices[0].text()
    assert task_values(workspace, plan_id, "1", "JS", PERIOD)["status"] == "done"
    assert submissions(workspace)[0]["identified_by"] == "assigned"


def test_a_copy_without_metadata_needs_an_explicit_assignment(workspace, template, tmp_path):
    source = openpyxl.load_workbook(template)[layout.SHEET_TASKS]
    fresh = openpyxl.Workbook()
    for row in source.iter_rows(min_row=layout.HEADER_ROW, values_only=True):
        fresh.active.append(list(row))
    fresh.active.cell(2, 5).value = "推进中"
    fresh.save(tmp_path / "进展.xlsx")
    for expect in (None, Expectation(region="JS", period=PERIOD)):  # --region/--period filter, they do not place
        outcome = services.submit(workspace, tmp_path / "进展.xlsx", expect=expect)
        assert outcome.status == "rejected" and [p.code for p in outcome.problems] == ["problem.no_metadata"]
    assert "--as-region JS --as-period 2023H1" in outcome.problems[0].text()
    placed = services.submit(workspace, tmp_path / "进展.xlsx", expect=Expectation(as_region="JS", as_period=PERIOD))
    assert placed.status == "accepted" and placed.preview.region == "JS"


def test_dry_run_shows_new_changed_unchanged_and_writes_nothing(workspace, plan_id, template, tmp_path):
    first = fill(template, tmp_path / "first.xlsx", tasks={"1": {"status": "推进中", "percent": 30}})
    assert services.submit(workspace, first).status == "accepted"
    second = fill(
        template, tmp_path / "second.xlsx", tasks={"1": {"status": "推进中", "percent": 60, "problems": "审批慢"}}
    )
    before = task_values(workspace, plan_id, "1", "JS", PERIOD)
    assert services.submit(workspace, second, dry_run=True).status == "needs_confirmation"  # it replaces `first`
    outcome = services.submit(workspace, second, dry_run=True, replace=True)
    assert outcome.status == "valid" and outcome.submission_id is None
    kinds = {(c.code, c.field): c.change for c in outcome.preview.changes}
    assert kinds[("1", "status")] == "unchanged"
    assert kinds[("1", "percent")] == "changed"
    assert kinds[("1", "problems")] == "new"
    assert [c.cell for c in outcome.preview.changes if c.code == "1" and c.field == "percent"] == ["F4"]
    assert task_values(workspace, plan_id, "1", "JS", PERIOD) == before
    assert len(submissions(workspace)) == 1
