"""Helpers of the Excel tests: issue a template, fill it the way a province would (with
openpyxl, as a script stands in for Excel/WPS), and snapshot a workspace's content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
from openpyxl.workbook import Workbook

from workbench.app import services
from workbench.reporting import layout
from workbench.storage.workspace import Workspace

CONTENT = (
    "plans",
    "tasks",
    "task_regions",
    "indicators",
    "indicator_targets",
    "periods",
    "templates",
    "task_progress",
    "indicator_values",
    "audit_log",
    "submission_files",
)


def issue(ws: Workspace, plan: int | str, region: str, period: str, folder: Path) -> Path:
    [path] = services.issue_templates(ws, plan, [region], period, folder)
    return path


def columns(ws, kind: str) -> dict[str, int]:
    """Column number of each key, found by header text as the reader does."""
    found = {}
    for cell in ws[layout.HEADER_ROW]:
        column = layout.column_for_header(kind, cell.value)
        if column:
            found[column.key] = cell.column
    return found


def row_of(ws, kind: str, code: str) -> int:
    code_col = columns(ws, kind)["code"]
    for r in range(layout.FIRST_DATA_ROW, ws.max_row + 1):
        if layout.canonical_code(ws.cell(r, code_col).value) == code:
            return r
    raise KeyError(code)


def set_cells(wb: Workbook, kind: str, rows: dict[str, dict[str, object]], *, number_format: str | None = None) -> None:
    ws = wb[layout.SHEETS[kind]]
    cols = columns(ws, kind)
    for code, values in rows.items():
        r = row_of(ws, kind, code)
        for key, value in values.items():
            cell = ws.cell(r, cols[key])
            cell.value = value
            if number_format and isinstance(value, float):
                cell.number_format = number_format


def set_guide(wb: Workbook, label: str, value: object) -> None:
    ws = wb[layout.SHEET_GUIDE]
    for r in range(1, ws.max_row + 1):
        if ws.cell(r, 1).value == label:
            ws.cell(r, 2).value = value
            return
    raise KeyError(label)


def fill(
    template: Path,
    out: Path,
    *,
    tasks: dict[str, dict] | None = None,
    indicators: dict[str, dict] | None = None,
    change: Callable[[Workbook], None] | None = None,
) -> Path:
    """A province's copy: the template with these cells set, saved under a new name."""
    wb = openpyxl.load_workbook(template)
    set_cells(wb, layout.TASK, tasks or {})
    set_cells(wb, layout.INDICATOR, indicators or {})
    if change:
        change(wb)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out


def snapshot(ws: Workspace) -> dict[str, list[dict]]:
    """The workspace's content, table by table, to compare before and after."""
    return {t: list(ws.db.query(f"SELECT * FROM {t} ORDER BY 1, 2")) for t in CONTENT}


def submissions(ws: Workspace) -> list[dict]:
    return list(ws.db.query("SELECT * FROM submissions ORDER BY id"))


def task_values(ws: Workspace, plan_id: int, number: str, region: str, period: str) -> dict | None:
    return next(
        ws.db.query(
            "SELECT tp.status, tp.percent, tp.progress, tp.problems, tp.next_steps, tp.origin, tp.submission_id"
            " FROM task_progress tp JOIN tasks t ON t.id = tp.task_id JOIN regions r ON r.id = tp.region_id"
            " JOIN periods p ON p.id = tp.period_id WHERE t.plan_id = ? AND t.number = ? AND r.code = ?"
            " AND p.code = ?",
            [plan_id, number, region, period],
        ),
        None,
    )


def indicator_value(ws: Workspace, plan_id: int, seq: int, region: str, period: str) -> dict | None:
    return next(
        ws.db.query(
            "SELECT iv.value, iv.note FROM indicator_values iv JOIN indicators i ON i.id = iv.indicator_id"
            " JOIN regions r ON r.id = iv.region_id JOIN periods p ON p.id = iv.period_id"
            " WHERE i.plan_id = ? AND i.seq = ? AND r.code = ? AND p.code = ?",
            [plan_id, seq, region, period],
        ),
        None,
    )
