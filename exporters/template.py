"""Writing a submission template (.xlsx) from a `TemplateSpec` the core planned.

Layout from workbench.reporting.layout: a guide sheet, one sheet per row kind with locked
and editable columns, a hidden list sheet behind the status dropdown (a defined name, not
an inline list), and a hidden metadata sheet. Protection is a guard against accidental
edits, not security; the checksum in the metadata is what the reader relies on.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from exporters import workbook_style as style
from exporters.cells import put
from exporters.files import stage
from workbench.reporting import layout
from workbench.reporting.model import TemplateRow, TemplateSpec

UNLOCKED = Protection(locked=False)
_NOTES = {
    layout.TASK: "灰色列由办公室填写，已锁定；请在白色列填写状态、完成进度和进展。已预填上期数据，请在此基础上更新。",
    layout.INDICATOR: "灰色列由办公室填写，已锁定；请填写本期实际值（纯数字，单位见“单位”列）和数据来源。"
    "已预填上期数据。",
}
_INSTRUCTIONS = (
    "本模板含“任务进展”“指标数据”两张表。灰色列由办公室填写，已锁定，请勿修改；白色列请填写。",
    "状态请从下拉列表选择：未启动、推进中、已完成、滞后、暂停。",
    "完成进度填 0 到 100 之间的数字，例如 80 表示完成 80%。",
    "本期实际值请填纯数字，单位见“单位”列；可写 12.5万、1,234 这样的写法。",
    "已预填上期已确认的数据，请在此基础上更新，不必重新填写未变化的内容。",
    "可以调整列宽、排序或插入空行，但请不要改动编号、任务和指标名称，也不要删除隐藏的工作表。",
    "请在截止日期前将本文件以 .xlsx 格式发回（WPS 用户请“另存为”Excel 工作簿 .xlsx）。",
)


def _protect(ws: Worksheet) -> None:
    ws.protection.sheet = True
    # Allowed on the protected sheet: widths, heights, inserting rows, filtering, sorting.
    for allowed in ("formatColumns", "formatRows", "insertRows", "autoFilter", "sort"):
        setattr(ws.protection, allowed, False)


def _guide(ws: Worksheet, spec: TemplateSpec) -> None:
    style.widths(ws, (14, 36, 30, 30))
    style.title_row(ws, 1, layout.guide_title(spec.plan_title), 4)
    style.title_row(ws, 2, "灰色为办公室填写的内容（已锁定）；白色为需要填写的内容。", 4, font=style.NOTE)
    facts = spec.fixed()
    row = layout.GUIDE_FIRST_ROW
    for key, label in layout.GUIDE_INFO:
        _guide_line(ws, row, label, facts[f"guide.{key}"], editable=False)
        row += 1
    row += 1
    style.title_row(ws, row, "填报信息（请填写）", 4, font=style.BOLD)
    for _, label in layout.GUIDE_FIELDS:
        row += 1
        _guide_line(ws, row, label, None, editable=True)
    row += 2
    style.title_row(ws, row, "填写说明", 4, font=style.BOLD)
    for number, text in enumerate(_INSTRUCTIONS, 1):
        row += 1
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        put(ws.cell(row, 1), f"{number}. {text}").alignment = style.WRAP
        ws.cell(row, 1).font = style.BODY
        style.fit_height(ws, row, [(text, 105)])
    if spec.definitions:
        row += 2
        style.title_row(ws, row, "指标口径（请按此口径填报）", 4, font=style.BOLD)
    for name, text in spec.definitions:
        row += 1
        _guide_line(ws, row, name, text, editable=False)
        style.fit_height(ws, row, [(text, 90)])
    _protect(ws)
    style.print_setup(ws)


def _guide_line(ws: Worksheet, row: int, label: str, value: object, *, editable: bool) -> None:
    put(ws.cell(row, 1), label).font = style.BOLD
    ws.cell(row, 1).fill = style.LOCKED_FILL
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
    cell = put(ws.cell(row, 2), value)
    cell.font = style.BODY
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    cell.fill = style.INPUT_FILL if editable else style.LOCKED_FILL
    if editable:
        cell.protection = UNLOCKED
    for col in range(1, 5):
        ws.cell(row, col).border = style.GRID
    ws.row_dimensions[row].height = 20


def _data_sheet(ws: Worksheet, kind: str, spec: TemplateSpec, rows: list[TemplateRow]) -> None:
    columns = layout.COLUMNS[kind]
    style.widths(ws, [c.width for c in columns])
    style.title_row(ws, layout.TITLE_ROW, spec.fixed()[f"title.{kind}"], len(columns))
    style.title_row(ws, layout.NOTE_ROW, _NOTES[kind], len(columns), font=style.NOTE)
    style.header_row(ws, layout.HEADER_ROW, [c.header for c in columns])
    for r, row in enumerate(rows, layout.FIRST_DATA_ROW):
        for col, column in enumerate(columns, 1):
            value = row.cells.get(column.key)
            style.styled(
                put(ws.cell(r, col), value),
                font=style.BODY,
                border=style.GRID,
                alignment=style.CENTER if column.kind in ("code", "status", "year", "percent") else style.WRAP,
                number_format=style.number_format(value, column.kind),
                **({"fill": style.LOCKED_FILL} if column.locked else {"protection": UNLOCKED}),
            )
        style.fit_height(ws, r, [(row.cells.get(c.key), c.width) for c in columns if c.kind == "text"])
    last = layout.FIRST_DATA_ROW + max(len(rows), 1) - 1
    _validations(ws, kind, last)
    ws.freeze_panes = ws.cell(layout.FIRST_DATA_ROW, 3)
    ws.auto_filter.ref = f"A{layout.HEADER_ROW}:{get_column_letter(len(columns))}{last}"
    _protect(ws)
    style.print_setup(ws, title_rows=f"{layout.HEADER_ROW}:{layout.HEADER_ROW}", header=spec.fixed()[f"title.{kind}"])


def _validations(ws: Worksheet, kind: str, last: int) -> None:
    """Guides, not gates (warning style): the reader is tolerant and says what is wrong."""

    def column(key: str) -> str:
        index = next(i for i, c in enumerate(layout.COLUMNS[kind], 1) if c.key == key)
        letter = get_column_letter(index)
        return f"{letter}{layout.FIRST_DATA_ROW}:{letter}{last}"

    checks = []
    if kind == layout.TASK:
        checks.append(
            (
                DataValidation(
                    type="list",
                    formula1=layout.STATUS_LIST_NAME,
                    allow_blank=True,
                    errorStyle="warning",
                    error="请从列表中选择状态",
                    prompt="未启动/推进中/已完成/滞后/暂停",
                ),
                column("status"),
            )
        )
        checks.append(
            (
                DataValidation(
                    type="decimal",
                    operator="between",
                    formula1="0",
                    formula2="100",
                    allow_blank=True,
                    errorStyle="warning",
                    error="完成进度应为 0 到 100 之间的数字",
                    prompt="0–100，如 80",
                ),
                column("percent"),
            )
        )
    else:
        checks.append(
            (
                DataValidation(
                    type="decimal",
                    operator="between",
                    formula1="-1E+15",
                    formula2="1E+15",
                    allow_blank=True,
                    errorStyle="warning",
                    error="请填写数字",
                    prompt="纯数字，单位见“单位”列",
                ),
                column("value"),
            )
        )
    for validation, cells in checks:
        validation.showErrorMessage = validation.showInputMessage = True
        validation.add(cells)
        ws.add_data_validation(validation)


def _lists(wb: Workbook) -> None:
    ws = wb.create_sheet(layout.SHEET_LISTS)
    for row, label in enumerate(layout.STATUS_LABELS.values(), 1):
        put(ws.cell(row, 1), label)
    ws.sheet_state = "hidden"
    count = len(layout.STATUS_LABELS)
    wb.defined_names[layout.STATUS_LIST_NAME] = DefinedName(
        layout.STATUS_LIST_NAME, attr_text=f"'{layout.SHEET_LISTS}'!$A$1:$A${count}"
    )


def _meta(wb: Workbook, spec: TemplateSpec) -> None:
    ws = wb.create_sheet(layout.SHEET_META)
    put(ws.cell(1, 1), layout.FORMAT)
    row = 2
    for key, value in spec.meta().items():
        put(ws.cell(row, 1), key)
        put(ws.cell(row, 2), value)
        row += 1
    put(ws.cell(row, 1), layout.META_ROWS_MARKER)
    for kind in layout.COLUMNS:
        for r in spec.rows[kind]:
            row += 1
            put(ws.cell(row, 1), kind)
            ws.cell(row, 2).value = r.row_id
            put(ws.cell(row, 3), str(r.cells["code"]))
    ws.sheet_state = "veryHidden"  # Excel users cannot unhide it by accident
    ws.protection.sheet = True


def build(spec: TemplateSpec) -> Workbook:
    wb = Workbook()
    guide = wb.active
    guide.title = layout.SHEET_GUIDE
    _guide(guide, spec)
    for kind in layout.COLUMNS:
        _data_sheet(wb.create_sheet(layout.SHEETS[kind]), kind, spec, spec.rows[kind])
    _lists(wb)
    _meta(wb, spec)
    return wb


def stage_template(spec: TemplateSpec, target: Path) -> Path:
    """The template written whole beside *target* under a temporary name: `templates.issue` renames it."""
    return stage(build(spec), target)
