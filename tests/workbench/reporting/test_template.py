"""Templates: one workbook per plan × region × period, laid out for people and for the reader."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from tests.workbench.reporting import plans as test_plans
from tests.workbench.reporting.workbooks import fill, issue, row_of
from workbench.app import services
from workbench.errors import InputError
from workbench.planning import plans
from workbench.reporting import layout
from workbench.tracking import edits, indicators


@pytest.fixture
def js_template(workspace, plan_id, tmp_path):
    return issue(workspace, plan_id, "JS", "2023H1", tmp_path / "out")


def codes(ws) -> list[str]:
    return [layout.canonical(ws.cell(r, 1).value) for r in range(layout.FIRST_DATA_ROW, ws.max_row + 1)]


def test_named_to_be_told_apart_in_a_mail(js_template):
    assert "江苏省" in js_template.name and "2023H1" in js_template.name and js_template.suffix == ".xlsx"


def test_sheets_guide_first_lists_and_metadata_hidden(js_template):
    wb = openpyxl.load_workbook(js_template)
    assert wb.sheetnames == [
        layout.SHEET_GUIDE,
        layout.SHEET_TASKS,
        layout.SHEET_INDICATORS,
        layout.SHEET_LISTS,
        layout.SHEET_META,
    ]
    assert wb[layout.SHEET_LISTS].sheet_state == "hidden"
    assert wb[layout.SHEET_META].sheet_state == "veryHidden"
    guide = [c.value for c in wb[layout.SHEET_GUIDE]["A"]]
    assert {"规划", "地区", "报送期", "截止日期", "填报人", "填报日期"} <= set(guide)


def test_rows_are_the_regions_own(workspace, plan_id, tmp_path):
    js = openpyxl.load_workbook(issue(workspace, plan_id, "JS", "2023H1", tmp_path))
    sh = openpyxl.load_workbook(issue(workspace, plan_id, "SH", "2023H1", tmp_path))
    # Task 3 names 江苏 only; task 5 names 上海 and 杭州 (浙江); the others name nobody: all four.
    assert codes(js[layout.SHEET_TASKS]) == ["1", "2", "3", "4", "6", "7", "8"]
    assert codes(sh[layout.SHEET_TASKS]) == ["1", "2", "4", "5", "6", "7", "8"]
    # The 青浦 indicator is Shanghai's alone.
    assert len(codes(js[layout.SHEET_INDICATORS])) == 3
    assert "产业规模（产值/营收）（青浦）" in [c.value for c in sh[layout.SHEET_INDICATORS]["B"]]


def test_target_of_the_periods_year_or_the_next_staged_one(js_template):
    ws = openpyxl.load_workbook(js_template)[layout.SHEET_INDICATORS]
    rows = {
        ws.cell(r, 2).value: [ws.cell(r, c).value for c in range(3, 8)]
        for r in range(layout.FIRST_DATA_ROW, ws.max_row + 1)
    }
    assert rows["5G基站数"] == ["万个", 10, 2020, 30, 2023]
    assert rows["固定宽带家庭普及率"] == ["%", 62.5, 2020, 90, 2025]


def test_dropdown_comes_from_a_hidden_list_through_a_defined_name(js_template):
    wb = openpyxl.load_workbook(js_template)
    [status] = [v for v in wb[layout.SHEET_TASKS].data_validations.dataValidation if v.type == "list"]
    assert status.formula1 == layout.STATUS_LIST_NAME  # a name, never an inline "a,b,c" list
    target = wb.defined_names[layout.STATUS_LIST_NAME].attr_text
    assert target == f"'{layout.SHEET_LISTS}'!$A$1:$A$5"
    assert [c.value for c in wb[layout.SHEET_LISTS]["A"]] == ["未启动", "推进中", "已完成", "滞后", "暂停"]
    assert "E4:E10" in str(status.sqref)


def test_locked_columns_protected_editable_ones_open(js_template):
    ws = openpyxl.load_workbook(js_template)[layout.SHEET_TASKS]
    assert ws.protection.sheet
    r = layout.FIRST_DATA_ROW
    locked = {c.key: ws.cell(r, i).protection.locked for i, c in enumerate(layout.TASK_COLUMNS, 1)}
    assert locked == {c.key: c.locked for c in layout.TASK_COLUMNS}


def test_print_ready_frozen_wrapped_and_sized(js_template):
    ws = openpyxl.load_workbook(js_template)[layout.SHEET_TASKS]
    assert ws.freeze_panes == "C4"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.print_title_rows == "$3:$3"
    assert ws.column_dimensions["B"].width == 36
    assert ws.cell(layout.FIRST_DATA_ROW, 2).alignment.wrap_text


def test_metadata_matches_the_record_of_the_issued_template(workspace, js_template):
    ws = openpyxl.load_workbook(js_template)[layout.SHEET_META]
    meta = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(2, 2 + len(layout.META_KEYS))}
    [record] = workspace.db.query("SELECT * FROM templates")
    assert meta["template_id"] == record["id"] and meta["checksum"] == record["checksum"]
    assert meta["workspace_id"] == workspace.workspace_id
    assert (meta["region"], meta["period"], meta["format_version"]) == ("JS", "2023H1", "1")
    # Each column's key and letter as written, so a reworded header is still found.
    tasks = openpyxl.load_workbook(js_template)[layout.SHEET_TASKS]
    recorded = layout.recorded_columns(meta["columns.task"])
    assert {key: tasks.cell(layout.HEADER_ROW, c).value for key, c in recorded.items()} == {
        c.key: c.header for c in layout.TASK_COLUMNS
    }
    assert meta["columns.indicator"].startswith("code:A,name:B,unit:C")
    assert record["file_name"] == js_template.name and record["task_count"] == 7


def test_last_accepted_values_are_prefilled(workspace, plan_id, js_template, tmp_path):
    filled = fill(
        js_template,
        tmp_path / "back.xlsx",
        tasks={"2": {"status": "推进中", "percent": 40, "progress": "已完成选址"}},
        indicators={"1": {"value": 21, "note": "统计局"}},
    )
    assert services.submit(workspace, filled).status == "accepted"
    later = openpyxl.load_workbook(issue(workspace, plan_id, "JS", "2023H2", tmp_path / "h2"))
    tasks = later[layout.SHEET_TASKS]
    r = row_of(tasks, layout.TASK, "2")
    assert [tasks.cell(r, c).value for c in (5, 6, 7)] == ["推进中", 40, "已完成选址"]
    assert [later[layout.SHEET_INDICATORS].cell(4, c).value for c in (8, 9)] == [21, "统计局"]


def test_a_new_periods_preview_shows_the_last_periods_value(workspace, plan_id, js_template, tmp_path):
    first = fill(js_template, tmp_path / "h1.xlsx", tasks={"2": {"status": "推进中", "percent": 40}})
    assert services.submit(workspace, first).status == "accepted"
    later = issue(workspace, plan_id, "JS", "2023H2", tmp_path / "h2")
    moved = fill(later, tmp_path / "h2.xlsx", tasks={"2": {"status": "滞后", "percent": 55}})
    preview = services.submit(workspace, moved, dry_run=True).preview
    change = {(c.code, c.field): c for c in preview.changes}
    percent = change["2", "percent"]
    assert (percent.old, percent.new, percent.previous) == (None, 55, 40)
    assert (change["2", "status"].change, change["2", "status"].previous) == ("new", "in_progress")
    # Once the period holds values, the change is against them and there is no earlier value to show.
    assert services.submit(workspace, moved).status == "accepted"
    again = fill(later, tmp_path / "h2b.xlsx", tasks={"2": {"status": "滞后", "percent": 60}})
    change = {(c.code, c.field): c for c in services.submit(workspace, again, dry_run=True).preview.changes}
    assert (change["2", "percent"].old, change["2", "percent"].previous) == (55, None)


def test_text_that_looks_like_a_formula_is_written_as_text(workspace, tmp_path):
    parsed = test_plans.plan(6, title="公式测试规划")
    parsed.tasks[0].lead_units = ['=HYPERLINK("http://example.com","点我")']
    parsed.tasks[1].lead_units = ["+86 021 1234", "@SUM(A1)"]
    plan = plans.save(workspace, parsed)
    path = issue(workspace, plan, "AH", "2023H1", tmp_path)
    ws = openpyxl.load_workbook(path)[layout.SHEET_TASKS]
    cell = ws.cell(layout.FIRST_DATA_ROW, 3)
    assert cell.value.startswith("=HYPERLINK") and cell.data_type == "s" and cell.quotePrefix
    with zipfile.ZipFile(path) as z:
        assert b"<f>" not in z.read("xl/worksheets/sheet2.xml")


def test_control_characters_from_pdf_or_word_copies_do_not_break_the_round_trip(workspace, tmp_path):
    """A form feed (PDF copy) or vertical tab (Word) in a task cannot live in XML: the
    workbook is still written, and the province's file is still accepted."""
    parsed = test_plans.plan(6, title="控制字符测试规划")
    parsed.tasks[0].title = "推进\x0c数字化转型\x0b工作"
    parsed.tasks[1].lead_units = ["省经信厅\x07"]
    plan = plans.save(workspace, parsed)
    path = issue(workspace, plan, "AH", "2023H1", tmp_path)
    ws = openpyxl.load_workbook(path)[layout.SHEET_TASKS]
    assert ws.cell(layout.FIRST_DATA_ROW, 2).value == "推进数字化转型工作"
    filled = fill(path, tmp_path / "back.xlsx", tasks={"1": {"status": "推进中", "percent": 30}})
    assert services.submit(workspace, filled).status == "accepted"
    summary = services.write_summary(workspace, plan, "2023H1", tmp_path / "汇总.xlsx")
    assert summary.exists()


def test_one_out_file_for_one_region_only(workspace, plan_id, tmp_path):
    with pytest.raises(InputError) as err:
        services.issue_templates(workspace, plan_id, ["SH", "JS"], "2023H1", tmp_path / "one.xlsx")
    assert err.value.code == "template.out_is_file"
    assert workspace.db.execute("SELECT count(*) FROM templates").fetchone()[0] == 0


def test_templates_go_to_provinces_and_cities_only(workspace, plan_id, tmp_path):
    with pytest.raises(InputError) as err:
        services.issue_templates(workspace, plan_id, ["青浦"], "2023H1", tmp_path)
    assert err.value.code == "template.not_a_region"


def test_a_failed_batch_leaves_no_files_and_no_records(workspace, plan_id, tmp_path):
    from workbench.errors import Cancelled

    calls = iter([False, False, True])
    with pytest.raises(Cancelled):
        services.issue_templates(
            workspace, plan_id, ["SH", "JS", "ZJ"], "2023H1", tmp_path / "out", cancel=lambda: next(calls)
        )
    assert list((tmp_path / "out").glob("*.xlsx")) == []
    assert workspace.db.execute("SELECT count(*) FROM templates").fetchone()[0] == 0


def test_the_guide_prints_each_indicators_definition_and_the_template_the_target_in_force(workspace, plan_id, tmp_path):
    broadband = indicators.detail(workspace, plan_id, "固定宽带")
    edits.indicator_definition(
        workspace, broadband.id, {"definition": "接入固定宽带的家庭户数/家庭总户数", "attribute": "binding"}
    )
    edits.revise_target(workspace, broadband.id, 2025, 95, "中期评估上调", on="2022-06-30")
    wb = openpyxl.load_workbook(issue(workspace, plan_id, "JS", "2023H1", tmp_path))
    guide = wb[layout.SHEET_GUIDE]
    lines = {guide.cell(r, 1).value: guide.cell(r, 2).value for r in range(1, guide.max_row + 1)}
    [(_, text)] = [(k, v) for k, v in lines.items() if k and "固定宽带家庭普及率" in str(k)]
    assert "口径：接入固定宽带的家庭户数/家庭总户数" in text and "指标属性：约束性" in text
    [(_, other)] = [(k, v) for k, v in lines.items() if k and "5G基站数" in str(k)]
    assert "口径：未说明" in other  # every indicator of the template is listed, stated or not
    ws = wb[layout.SHEET_INDICATORS]
    row = {ws.cell(r, 2).value: ws.cell(r, 6).value for r in range(layout.FIRST_DATA_ROW, ws.max_row + 1)}
    assert row["固定宽带家庭普及率"] == 95  # the target in force, the plan's 90 revised
