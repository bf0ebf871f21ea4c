"""A corpus of realistic returned files for reading exactly: 江苏省's template of the test plan,
filled in completely (BASE), then changed the way provinces change it — in Excel (here
openpyxl), by a script that writes a sheet's XML itself, or saved again by LibreOffice — each
with the one outcome it must have: the values stored, or the problems that refuse it, and
the notices either way. Nothing silently wrong: every outcome is named in full."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.workbook import Workbook

from tests.workbench.reporting import hostile
from tests.workbench.reporting.workbooks import fill
from workbench.reporting import layout

T, IND, GUIDE = layout.SHEET_TASKS, layout.SHEET_INDICATORS, layout.SHEET_GUIDE
# The sheets' parts as openpyxl writes the template: the guide, then the tasks, then the indicators.
PARTS = {GUIDE: "xl/worksheets/sheet1.xml", T: "xl/worksheets/sheet2.xml", IND: "xl/worksheets/sheet3.xml"}
# 江苏省 reports tasks 1–4 and 6–8 (5 is 上海 and 浙江's) and indicators 1, 2 and 4 (3 is 青浦's),
# in rows 4–10 and 4–6; each filled in completely, as a province's whole report.
TASK_FIELDS = ("status", "percent", "progress", "problems", "next_steps")
_TASKS = {
    "1": ("推进中", 60, "完成方案编制，启动招标", "资金未到位", "开工建设"),
    "2": ("推进中", 45, "签订合作协议", "跨省协调慢", "推进试点"),
    "3": ("已完成", 100, "通过验收", "无", "总结推广"),
    "4": ("滞后", 20, "前期审批中", "用地指标未落实", "加快审批"),
    "6": ("未启动", 0, "完成前期调研", "需求未明确", "下半年启动"),
    "7": ("推进中", 75, "平台上线试运行", "数据标准不一", "全面推广"),
    "8": ("暂停", 30, "因机构调整暂停", "牵头单位调整", "明确牵头单位"),
}
_INDICATORS = {"1": (25.5, "省通信管理局"), "2": (85.5, "抽样调查"), "4": (98000000, "统计年报")}  # 万个, %, 个
_STATUS = {"推进中": "in_progress", "已完成": "done", "滞后": "lagging", "未启动": "not_started", "暂停": "on_hold"}

BASE_TASKS = {code: dict(zip(TASK_FIELDS, row, strict=True)) for code, row in _TASKS.items()}
BASE_INDICATORS = {code: {"value": value, "note": note} for code, (value, note) in _INDICATORS.items()}
# What the BASE file stores, read back: statuses as stored values, numbers as floats.
STORED_TASKS = {
    code: dict(zip(TASK_FIELDS, (_STATUS[status], float(percent), *texts), strict=True))
    for code, (status, percent, *texts) in _TASKS.items()
}
STORED_INDICATORS = {code: {"value": float(value), "note": note} for code, (value, note) in _INDICATORS.items()}

Edit = Callable[[Workbook], None]


@dataclass(frozen=True)
class Case:
    """How a returned file was made, and what becomes of it.

    Made: BASE with *tasks*/*indicators* cells changed over it (openpyxl, None clears), then
    *edit* on the workbook, then *xml* on the saved parts (a script's way), then, with
    *libreoffice*, opened and saved again by LibreOffice.
    Becomes: refused with exactly *problems*, or else accepted storing BASE changed by
    *stored_tasks*/*stored_indicators* (a row None: nothing stored for it); *notices* either
    way. A problem or notice reads "code sheet!cell", or "code sheet: what" when it names no cell.
    """

    tasks: dict[str, dict[str, object]] = field(default_factory=dict)
    indicators: dict[str, dict[str, object]] = field(default_factory=dict)
    edit: Edit | None = None
    xml: dict[str, dict[str, str]] = field(default_factory=dict)  # sheet → cell → the <c> element's inside
    libreoffice: bool = False
    problems: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    stored_tasks: dict[str, dict[str, object] | None] = field(default_factory=dict)
    stored_indicators: dict[str, dict[str, object] | None] = field(default_factory=dict)
    reported_on: str | None = None  # the guide's 填报日期 as recorded, where the case is about it


# --- edits a province makes in Excel ------------------------------------------------------------


def cells(sheet: str, values: dict[str, object], number_format: str | None = None) -> Edit:
    def edit(wb: Workbook) -> None:
        for ref, value in values.items():
            wb[sheet][ref].value = value
            if number_format:
                wb[sheet][ref].number_format = number_format

    return edit


def both(*edits: Edit) -> Edit:
    def edit(wb: Workbook) -> None:
        for each in edits:
            each(wb)

    return edit


def merge(sheet: str, area: str) -> Edit:
    """Excel's Merge Cells: the first cell's value stays, the others' are dropped."""
    return lambda wb: wb[sheet].merge_cells(area)


def insert_column(sheet: str, before: int, values: dict[int, object]) -> Edit:
    def edit(wb: Workbook) -> None:
        wb[sheet].insert_cols(before)
        for row, value in values.items():
            wb[sheet].cell(row, before).value = value

    return edit


def delete_column(sheet: str, column: int) -> Edit:
    return lambda wb: wb[sheet].delete_cols(column)


def insert_rows(sheet: str, before: int, count: int = 1) -> Edit:
    return lambda wb: wb[sheet].insert_rows(before, count)


def delete_row(sheet: str, row: int) -> Edit:
    return lambda wb: wb[sheet].delete_rows(row)


def clear_row(row: int) -> Edit:
    """Every fill-in cell of a task row emptied."""
    return cells(T, {f"{col}{row}": None for col in "EFGHI"})


def issued_before_columns_were_recorded(wb: Workbook) -> None:
    """A template of an earlier version: its metadata has no record of the columns."""
    meta = wb[layout.SHEET_META]
    for row in reversed(range(1, meta.max_row + 1)):
        if meta.cell(row, 1).value in layout.COLUMNS_META.values():
            meta.delete_rows(row)


# --- cells as a script writes them into the sheet's XML ---------------------------------------


def formula(text: str, cached: str | None = None, *, kind: str = "") -> str:
    """The inside of a formula cell as a script writes it: without <v> unless a result is given."""
    attribute = f' t="{kind}"' if kind else ""
    return f"{attribute}><f>{text}</f>" + (f"<v>{cached}</v>" if cached is not None else "")


def shared(area: str, text: str, cached: str | None = None) -> dict[str, str]:
    """A formula filled down a column, as Excel saves it: the top cell holds it, the others refer to it."""
    value = f"<v>{cached}</v>" if cached is not None else ""
    cells = re.fullmatch(r"([A-Z]+)(\d+):[A-Z]+(\d+)", area)
    assert cells
    column, top, bottom = cells.group(1), int(cells.group(2)), int(cells.group(3))
    found = {f"{column}{top}": f'><f t="shared" ref="{area}" si="0">{text}</f>{value}'}
    for row in range(top + 1, bottom + 1):
        found[f"{column}{row}"] = f'><f t="shared" si="0"/>{value}'
    return found


CASES: dict[str, Case] = {
    "the complete file as filled in": Case(),
    # Formulas: a script's file has no saved results; Excel's and LibreOffice's do.
    "formula without a saved result (a script wrote it)": Case(
        xml={T: {"F4": formula("40+40")}}, problems=("problem.formula_no_value 任务进展!F4",)
    ),
    "formula with an empty saved result (openpyxl wrote it)": Case(
        tasks={"2": {"percent": "=40+5"}}, problems=("problem.formula_no_value 任务进展!F5",)
    ),
    "indicator formula without a saved result": Case(
        xml={IND: {"H4": formula("SUM(20,5.5)")}}, problems=("problem.formula_no_value 指标数据!H4",)
    ),
    "formula with its saved result": Case(
        xml={T: {"F4": formula("40+40", "80")}},
        notices=("notice.formulas 任务进展: F4",),
        stored_tasks={"1": {"percent": 80.0}},
    ),
    "text formula with its saved result": Case(
        xml={T: {"G5": formula('CONCATENATE("已签订","框架协议")', "已签订框架协议", kind="str")}},
        notices=("notice.formulas 任务进展: G5",),
        stored_tasks={"2": {"progress": "已签订框架协议"}},
    ),
    "formula filled down, with saved results": Case(
        xml={T: shared("F4:F5", "50+10", "60")},
        notices=("notice.formulas 任务进展: F4、F5",),
        stored_tasks={"1": {"percent": 60.0}, "2": {"percent": 60.0}},
    ),
    "formula filled down, without saved results": Case(
        xml={T: shared("F4:F5", "50+10")},
        problems=("problem.formula_no_value 任务进展!F4", "problem.formula_no_value 任务进展!F5"),
    ),
    "=TODAY() as the reporting date without a saved result": Case(
        xml={GUIDE: {"B13": formula("TODAY()")}}, problems=("problem.formula_no_value 填报说明!B13",)
    ),
    "=DATE() as the reporting date with its saved result": Case(
        xml={GUIDE: {"B13": formula("DATE(2023,7,10)", "45117")}},
        notices=("notice.formulas 填报说明: B13",),
        reported_on="2023-07-10",
    ),
    "formulas recalculated by LibreOffice": Case(
        edit=cells(T, {"F4": "=40+40"}),
        indicators={"1": {"value": "=SUM(20,6.5)"}},
        libreoffice=True,
        notices=("notice.formulas 任务进展: F4", "notice.formulas 指标数据: H4"),
        stored_tasks={"1": {"percent": 80.0}},
        stored_indicators={"1": {"value": 26.5}},
    ),
    # Merged fill-in cells: what shows over several rows belongs to the first.
    "progress merged over two tasks": Case(
        tasks={"1": {"progress": "两项任务合并推进，完成方案编制"}},
        edit=merge(T, "G4:G5"),
        problems=("problem.merged_cell 任务进展!G5",),
    ),
    "status merged over three tasks": Case(
        edit=merge(T, "E4:E6"), problems=("problem.merged_cell 任务进展!E5", "problem.merged_cell 任务进展!E6")
    ),
    "indicator values merged over two rows": Case(
        edit=merge(IND, "H4:H5"), problems=("problem.merged_cell 指标数据!H5",)
    ),
    "empty cells merged over two tasks": Case(
        tasks={"7": {"progress": None}},
        edit=merge(T, "G9:G10"),
        stored_tasks={"7": {"progress": ""}, "8": {"progress": ""}},
    ),
    "progress, problems and next steps merged in one row": Case(
        edit=merge(T, "G4:I4"), stored_tasks={"1": {"problems": "", "next_steps": ""}}
    ),
    "progress merged over two tasks then saved by LibreOffice": Case(
        tasks={"1": {"progress": "两项任务合并推进，完成方案编制"}},
        edit=merge(T, "G4:G5"),
        libreoffice=True,
        problems=("problem.merged_cell 任务进展!G5",),
    ),
    # Headers as people reword them.
    "percent header with a note (as of December)": Case(edit=cells(T, {"F3": "完成进度%（截至12月底）"})),
    "fill-in headers reworded": Case(
        edit=cells(
            T,
            {
                "E3": "状态（请从下拉列表选择）",
                "F3": "完成进度(%)",
                "G3": "工作进展情况",
                "H3": "存在的问题",
                "I3": "下一步工作计划",
            },
        )
    ),
    "headers with full-width signs spaces and line breaks": Case(
        edit=cells(T, {"E3": "状态：", "F3": "完成进度\n（％）", "G3": "进 展 情 况", "I3": "下步计划*"})
    ),
    "indicator headers reworded": Case(edit=cells(IND, {"H3": "本期实际值（截至6月底）", "I3": "数据来源"})),
    "an unguessable header where the template has it": Case(
        edit=cells(T, {"F3": "进度完成情况"}), notices=("notice.header_by_position 任务进展!F3",)
    ),
    "an unguessable header after an inserted column": Case(
        edit=both(insert_column(T, 1, {3: "序号", 4: 1, 5: 2}), cells(T, {"G3": "进度完成情况"})),
        problems=("problem.missing_column 任务进展: 完成进度（%）",),
        notices=("notice.added_column 任务进展!A3", "notice.added_column 任务进展!G3"),
    ),
    "progress renamed and a column of the same name added": Case(
        edit=cells(T, {"G3": "进展", "J3": "工作进展", "J4": "另行说明"}), notices=("notice.added_column 任务进展!J3",)
    ),
    "a template issued before columns were recorded with headers reworded": Case(
        edit=both(issued_before_columns_were_recorded, cells(T, {"F3": "完成比例（%）", "G3": "工作进展"}))
    ),
    "a template issued before columns were recorded with an unguessable header": Case(
        edit=both(issued_before_columns_were_recorded, cells(T, {"F3": "进度完成情况"})),
        problems=("problem.missing_column 任务进展: 完成进度（%）",),
        notices=("notice.added_column 任务进展!F3",),
    ),
    "a fill-in column deleted": Case(edit=delete_column(T, 8), problems=("problem.missing_column 任务进展: 存在问题",)),
    "the header row cleared": Case(
        edit=cells(T, {f"{c}3": None for c in "ABCDEFGHI"}),
        problems=("problem.no_header 任务进展",),
        notices=("notice.not_reported 任务进展: 1、2、3、4、6、7、8",),
    ),
    "a blank row inserted above the header": Case(edit=insert_rows(T, 3)),
    "two blank rows inserted at the top": Case(edit=both(insert_rows(T, 1, 2), insert_rows(IND, 1, 2))),
    "a blank row above the header then saved by LibreOffice": Case(edit=insert_rows(T, 3), libreoffice=True),
    # Columns of the province's own.
    "a column added at the end": Case(
        edit=cells(T, {"J3": "备注", "J4": "已报分管领导"}), notices=("notice.added_column 任务进展!J3",)
    ),
    "a column inserted in the middle": Case(
        edit=insert_column(T, 6, {3: "责任处室", 4: "信息化处", 7: "规划处"}),
        notices=("notice.added_column 任务进展!F3",),
    ),
    "a row-number column inserted before the code column": Case(
        edit=insert_column(T, 1, {3: "序号", **{r: r - 3 for r in range(4, 11)}}),
        notices=("notice.added_column 任务进展!A3",),
    ),
    "the code column renamed to row number": Case(edit=cells(T, {"A3": "序号"})),
    "values in a column without a header": Case(
        edit=cells(T, {"K5": "补充：一期已完成"}), notices=("notice.added_column 任务进展!K5",)
    ),
    "a column added to the indicators": Case(
        edit=cells(IND, {"J3": "上期值", "J4": 20, "J6": 95000000}), notices=("notice.added_column 指标数据!J3",)
    ),
    # Percents: a percent-formatted cell holds the fraction, a plain number is as written.
    "percent-formatted cells holding 1 0.8 0.5": Case(
        edit=both(cells(T, {"F4": 1, "F5": 0.8}, "0%"), cells(T, {"F7": 0.5}, "0.0%")),
        stored_tasks={"1": {"percent": 100.0}, "2": {"percent": 80.0}, "4": {"percent": 50.0}},
    ),
    "plain 80": Case(tasks={"1": {"percent": 80}}, stored_tasks={"1": {"percent": 80.0}}),
    "plain 1 is 1%": Case(tasks={"2": {"percent": 1}}, stored_tasks={"2": {"percent": 1.0}}),
    "plain 0.8 is ambiguous": Case(tasks={"1": {"percent": 0.8}}, problems=("problem.ambiguous_percent 任务进展!F4",)),
    "text 80% and 0.5%": Case(
        tasks={"1": {"percent": "80%"}, "2": {"percent": "0.5%"}},
        stored_tasks={"1": {"percent": 80.0}, "2": {"percent": 0.5}},
    ),
    "full-width percents": Case(
        tasks={"1": {"percent": "８０％"}, "2": {"percent": "８０"}},
        stored_tasks={"1": {"percent": 80.0}, "2": {"percent": 80.0}},
    ),
    "pasted from last period with its format (100% is 1)": Case(edit=cells(T, {"F6": 1}, "0%")),
    "pasted from last period as values (1 for done)": Case(
        tasks={"3": {"percent": 1}},
        notices=("notice.status_percent 任务进展!E6",),
        stored_tasks={"3": {"percent": 1.0}},
    ),
    "percent-formatted cells then saved by LibreOffice": Case(
        edit=cells(T, {"F4": 0.8, "F5": 0.35}, "0%"),
        libreoffice=True,
        stored_tasks={"1": {"percent": 80.0}, "2": {"percent": 35.0}},
    ),
    # Status and percent against each other.
    "done with 70 percent": Case(
        tasks={"1": {"status": "已完成", "percent": 70}},
        notices=("notice.status_percent 任务进展!E4",),
        stored_tasks={"1": {"status": "done", "percent": 70.0}},
    ),
    "not started with 30 percent": Case(
        tasks={"6": {"percent": 30}},
        notices=("notice.status_percent 任务进展!E8",),
        stored_tasks={"6": {"percent": 30.0}},
    ),
    # Rows not reported.
    "a task row left blank": Case(
        edit=clear_row(8), notices=("notice.not_reported 任务进展: 6",), stored_tasks={"6": None}
    ),
    "a task row deleted": Case(
        edit=delete_row(T, 7), notices=("notice.not_reported 任务进展: 4",), stored_tasks={"4": None}
    ),
    "an indicator row deleted": Case(
        edit=delete_row(IND, 5), notices=("notice.not_reported 指标数据: 2",), stored_indicators={"2": None}
    ),
    "one row blank and one deleted": Case(
        edit=both(clear_row(5), delete_row(T, 9)),
        notices=("notice.not_reported 任务进展: 2、7",),
        stored_tasks={"2": None, "7": None},
    ),
    "blank rows inserted between tasks": Case(edit=insert_rows(T, 6, 2)),
    "an indicator with only a dash": Case(
        indicators={"4": {"value": "—", "note": None}},
        notices=("notice.not_reported 指标数据: 4",),
        stored_indicators={"4": None},
    ),
    # Indicator values as people write them.
    "full-width digits": Case(
        indicators={"1": {"value": "２５．５"}, "4": {"value": "９８，０００，０００"}},
    ),
    "thousands separators": Case(
        indicators={"1": {"value": "1,025.5"}, "4": {"value": "98,000,000"}}, stored_indicators={"1": {"value": 1025.5}}
    ),
    "wan and yi written in the cells": Case(indicators={"1": {"value": "25.5万"}, "4": {"value": "0.98亿"}}),
    "numbers with their unit": Case(indicators={"1": {"value": "25.5万个"}, "2": {"value": "85.5%"}}),
    "a percent indicator formatted as percent": Case(edit=cells(IND, {"H5": 0.855}, "0.0%")),
    "a dash for no value, with a note": Case(
        indicators={"2": {"value": "—", "note": "本期未统计"}},
        stored_indicators={"2": {"value": None, "note": "本期未统计"}},
    ),
    "full-width digits and wan then saved by LibreOffice": Case(
        indicators={"1": {"value": "２５．５万"}, "4": {"value": "9,800万"}}, libreoffice=True
    ),
    "a value that is no number": Case(
        indicators={"1": {"value": "约25万"}}, problems=("problem.bad_number 指标数据!H4",)
    ),
}


def _with_xml(path: Path, changes: dict[str, dict[str, str]]) -> None:
    """Each cell's element rewritten in the saved sheet XML, its position and style kept."""
    members = {PARTS[sheet]: cells for sheet, cells in changes.items()}

    def edit(name: str, data: bytes) -> bytes:
        for ref, inside in members.get(name, {}).items():
            element = re.compile(rf'<c r="{ref}"( s="\d+")?[^>]*?(/>|>.*?</c>)'.encode(), re.S)
            found = element.search(data)
            assert found, f"{ref} not in {name}"
            data = (
                data[: found.start()]
                + f'<c r="{ref}"'.encode()
                + (found.group(1) or b"")
                + inside.encode()
                + b"</c>"
                + data[found.end() :]
            )
        return data

    temporary = path.with_suffix(".tmp")
    hostile.rezip(path, temporary, edit=edit)
    temporary.replace(path)


def build(case: Case, template: Path, target: Path) -> Path:
    """The returned file of *case*, made from the issued *template* (LibreOffice's re-save is the caller's)."""
    tasks = {code: {**cells, **case.tasks.get(code, {})} for code, cells in BASE_TASKS.items()}
    indicators = {code: {**cells, **case.indicators.get(code, {})} for code, cells in BASE_INDICATORS.items()}
    fill(template, target, tasks=tasks, indicators=indicators, change=case.edit)
    if case.xml:
        _with_xml(target, case.xml)
    return target
