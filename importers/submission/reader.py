"""Reading a returned template, or rows copied out of one into a fresh workbook, into a
`SubmittedWorkbook`: metadata, rows by kind, the guide's facts and fields, and the
problems found in single cells. Judging the whole (identity, locked content, what
changes) is the core's job.

Read with python-calamine, which returns integers as floats, error cells and formulas
without a cached value as "", and a percent cell's fraction (0.8 for 80%); the safety
scan supplies what it does not tell (error cells, percent formats, the 1904 date system).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from python_calamine import CalamineError, CalamineWorkbook

from importers.submission import safety, values
from workbench.errors import InputError
from workbench.reference import periods, regions
from workbench.reporting import layout
from workbench.reporting.model import FileFacts, Problem, ReadCell, SubmittedRow, SubmittedWorkbook

HEADER_SEARCH_ROWS = 12


@dataclass
class Grid:
    name: str
    rows: list[list[Any]]  # as calamine gives them: str, int, float, bool, date, time, timedelta
    scan: safety.SheetScan

    def value(self, row: int, col: int) -> Any:
        """1-based, like the sheet; "" outside the data."""
        if 0 < row <= len(self.rows) and 0 < col <= len(self.rows[row - 1]):
            return self.rows[row - 1][col - 1]
        return ""

    def cell(self, row: int, col: int) -> ReadCell:
        return ReadCell(self.name, f"{get_column_letter(col)}{row}", self.value(row, col))


def display(value: object) -> str:
    text = layout.canonical(value) if not isinstance(value, str) else value.strip()
    return text if len(text) <= 80 else text[:77] + "…"


def _facts(path: Path) -> FileFacts:
    data = path.read_bytes()
    return FileFacts(path, path.name, len(data), hashlib.sha256(data).hexdigest())


def _grids(path: Path, safe: safety.SafeXlsx) -> list[Grid]:
    try:
        workbook = CalamineWorkbook.from_filelike(safe.data)
        return [
            Grid(
                name,
                workbook.get_sheet_by_name(name).to_python(skip_empty_area=False),
                safe.sheets.get(name, safety.SheetScan()),
            )
            for name in workbook.sheet_names
        ]
    except (CalamineError, ValueError) as exc:
        raise InputError("xlsx.damaged", path=str(path), file=path.name, detail=str(exc)) from exc


def _read_meta(grid: Grid, book: SubmittedWorkbook) -> None:
    meta: dict[str, str] = {}
    row = 2
    while row <= len(grid.rows) and layout.canonical(grid.value(row, 1)) != layout.META_ROWS_MARKER:
        meta[layout.canonical(grid.value(row, 1))] = layout.canonical(grid.value(row, 2))
        row += 1
    for r in range(row + 1, len(grid.rows) + 1):
        kind, row_id, code = (grid.value(r, c) for c in (1, 2, 3))
        if kind == "" and row_id == "":
            continue
        try:
            book.meta_rows.append((layout.canonical(kind), int(row_id), layout.canonical_code(code)))
        except (TypeError, ValueError):
            book.problems.append(
                Problem("problem.meta_altered", grid.name, f"B{r}", display(row_id), {"field": "rows", "expected": "—"})
            )
    book.meta = meta


def _header(grid: Grid, kind: str) -> tuple[int, dict[int, layout.Column]] | None:
    name_key = "title" if kind == layout.TASK else "name"
    for r in range(1, min(HEADER_SEARCH_ROWS, len(grid.rows)) + 1):
        found: dict[int, layout.Column] = {}
        for c in range(1, len(grid.rows[r - 1]) + 1):
            column = layout.column_for_header(kind, grid.value(r, c))
            if column and column.key not in {x.key for x in found.values()}:
                found[c] = column
        keys = {x.key for x in found.values()}
        if {"code", name_key} <= keys and len(keys) >= 3:
            return r, found
    return None


def _parse(column: layout.Column, cell: ReadCell, scan: safety.SheetScan, unit: str) -> object:
    percent_cell = cell.ref in scan.percent
    if column.kind == "status":
        return values.status(cell.value)
    if column.kind == "percent":
        return values.percent(cell.value, percent_cell=percent_cell)
    if column.kind == "number":
        return values.number(cell.value, unit=unit, percent_cell=percent_cell)
    return values.text(cell.value)


def _row(
    grid: Grid, kind: str, r: int, columns: dict[int, layout.Column], problems: list[Problem]
) -> SubmittedRow | None:
    cells = {column.key: grid.cell(r, c) for c, column in columns.items()}
    if all(values.text(cell.value) == "" and cell.ref not in grid.scan.errors for cell in cells.values()):
        return None  # a blank row someone inserted
    unit = layout.canonical(cells["unit"].value) if "unit" in cells else ""
    parsed, failed = {}, False
    for column in columns.values():
        if column.locked:
            continue
        cell = cells[column.key]
        if cell.ref in grid.scan.errors:
            problems.append(Problem("problem.error_cell", grid.name, cell.ref, grid.scan.errors[cell.ref]))
            failed = True
            continue
        try:
            parsed[column.key] = _parse(column, cell, grid.scan, unit)
        except values.CellError as exc:
            problems.append(Problem(exc.code, grid.name, cell.ref, display(cell.value)))
            failed = True
    blank = not failed and all(v in (None, "") for v in parsed.values())
    return SubmittedRow(kind, grid.name, r, cells, parsed, blank)


def _read_rows(grids: list[Grid], kind: str, book: SubmittedWorkbook, taken: set[str]) -> None:
    ordered = sorted(grids, key=lambda g: g.name != layout.SHEETS[kind])  # the named sheet first
    for grid in ordered:
        if grid.name in taken:
            continue
        found = _header(grid, kind)
        if not found:
            continue
        header, columns = found
        taken.add(grid.name)
        book.sheets[kind] = grid.name
        if header > 2:
            book.fixed[f"title.{kind}"] = grid.cell(header - 2, 1)
        for r in range(header + 1, len(grid.rows) + 1):
            row = _row(grid, kind, r, columns, book.problems)
            if row:
                book.rows.append(row)
        return


def _read_guide(grids: list[Grid], book: SubmittedWorkbook, taken: set[str], date1904: bool) -> None:
    info = {label: key for key, label in layout.GUIDE_INFO}
    fields = {label: key for key, label in layout.GUIDE_FIELDS}
    for grid in sorted(grids, key=lambda g: g.name != layout.SHEET_GUIDE):
        labels = {layout.canonical(row[0]) for row in grid.rows if row}
        if grid.name in taken or len(labels & info.keys()) < 2:
            continue
        taken.add(grid.name)
        for r in range(1, len(grid.rows) + 1):
            label = layout.canonical(grid.value(r, 1))
            cell = grid.cell(r, 2)
            if label in info:
                book.fixed[f"guide.{info[label]}"] = cell
            elif label in fields:
                try:
                    book.fields[fields[label]] = (
                        values.day(cell.value, epoch_1904=date1904)
                        if fields[label] == "reported_on"
                        else values.text(cell.value)
                    )
                except values.CellError as exc:
                    book.problems.append(Problem(exc.code, grid.name, cell.ref, display(cell.value)))
        return


def _only(found: set[str]) -> str | None:
    return next(iter(found)) if len(found) == 1 else None


def hints(texts: list[str]) -> dict[str, str]:
    """Region and period named in the file name or a sheet title, where exactly one is."""
    found_regions, found_periods = set(), set()
    for text in texts:
        plain = layout.canonical(text)
        for code in regions.PROVINCES:
            r = regions.BY_CODE[code]
            if r.name in plain or r.short_name in plain or re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])", plain):
                found_regions.add(code)
        found_periods |= periods.codes_in(plain)
    return {k: v for k, v in (("region", _only(found_regions)), ("period", _only(found_periods))) if v}


def read_submission(path: str | Path) -> SubmittedWorkbook:
    """Read a received workbook; never writes it. Raises InputError for an unusable file."""
    path = Path(path)
    safe = safety.open_xlsx(path)
    grids = _grids(path, safe)
    book = SubmittedWorkbook(_facts(path), None, [], {}, [])
    taken = {layout.SHEET_LISTS}
    meta = next((g for g in grids if g.name == layout.SHEET_META or g.value(1, 1) == layout.FORMAT), None)
    if meta:
        taken.add(meta.name)
        _read_meta(meta, book)
    for kind in layout.COLUMNS:
        _read_rows(grids, kind, book, taken)
    _read_guide(grids, book, taken, safe.date1904)
    book.extra_sheets = [g.name for g in grids if g.name not in taken and g.name not in safe.hidden]
    book.hints = hints([path.stem, *(str(c.value) for k, c in book.fixed.items() if k.startswith("title."))])
    return book
