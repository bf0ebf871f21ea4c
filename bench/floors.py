"""Floors: the least the benchmarked work could cost, done with the bare libraries on the
same data. Taking in a file: python-calamine's read of it plus one batched insert of its
values (the documented bulk path, executemany in one transaction). Writing a workbook:
openpyxl's write-only mode writing the same cell values, without styles or charts.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from workbench.reporting import layout
from workbench.storage.workspace import Workspace, now
from workbench.tracking import progress

STATUS_VALUES = {label: value for value, label in layout.STATUS_LABELS.items()}


def _ids(meta: list[list]) -> dict[str, list[int]]:
    """The row ids of each kind, in sheet order, from the template's hidden sheet."""
    marker = next(i for i, row in enumerate(meta) if row[0] == layout.META_ROWS_MARKER)
    ids: dict[str, list[int]] = {kind: [] for kind in layout.COLUMNS}
    for kind, row_id, *_ in meta[marker + 1 :]:
        ids[kind].append(int(row_id))
    return ids


def _blank_as_none(value: object) -> object:
    return None if value == "" else value


def take_in(workspace: Workspace, path: Path, region_id: int, period_id: int) -> int:
    """Read a filled template and insert its values as they are; returns the rows written."""
    book = CalamineWorkbook.from_path(str(path))
    ids = _ids(book.get_sheet_by_name(layout.SHEET_META).to_python())
    sheets = {
        kind: book.get_sheet_by_name(layout.SHEETS[kind]).to_python()[layout.FIRST_DATA_ROW - 1 :]
        for kind in layout.COLUMNS
    }
    common = {
        "region_id": region_id,
        "period_id": period_id,
        "origin": "submission",
        "submission_id": None,
        "updated_at": now(),
    }
    tasks = [
        {
            "task_id": i,
            "status": STATUS_VALUES.get(str(r[4])),
            "percent": _blank_as_none(r[5]),
            "progress": r[6],
            "problems": r[7],
            "next_steps": r[8],
            **common,
        }
        for i, r in zip(ids[layout.TASK], sheets[layout.TASK])
    ]
    values = [
        {"indicator_id": i, "value": _blank_as_none(r[7]), "note": r[8], **common}
        for i, r in zip(ids[layout.INDICATOR], sheets[layout.INDICATOR])
    ]
    with workspace.write():
        progress.bulk_load(workspace, progress.TASK_PROGRESS, tasks)
        progress.bulk_load(workspace, progress.INDICATOR_VALUE, values)
    return len(tasks) + len(values)


def cells_of(path: Path) -> dict[str, list[list]]:
    """Every sheet's cell values, as the workbook at *path* holds them."""
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def write_only(sheets: dict[str, list[list]], path: Path) -> Path:
    """The same cell values written in openpyxl's write-only (streaming) mode."""
    wb = Workbook(write_only=True)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append([_blank_as_none(v) for v in row])
    wb.save(path)
    return path


def delete_submission(workspace: Workspace, submission_id: int) -> None:
    """Delete the rows a file made (its plan's, for its region and period, by the index by period) in one
    transaction: the least withdrawing a file that made them could cost."""
    with workspace.write() as db:
        plan, region, period = db.execute(
            "SELECT plan_id, region_id, period_id FROM submissions WHERE id = ?", [submission_id]
        ).fetchone()
        for table, owner, item in (
            ("task_progress", "tasks", "task_id"),
            ("indicator_values", "indicators", "indicator_id"),
        ):
            db.execute(
                f"DELETE FROM {table} WHERE period_id = ? AND region_id = ?"
                f" AND {item} IN (SELECT id FROM {owner} WHERE plan_id = ?)",
                [period, region, plan],
            )
