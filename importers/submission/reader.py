"""Reading a returned template, or rows copied out of one into a fresh workbook, into a
`SubmittedWorkbook`: metadata, rows by kind, the guide's facts and fields, the problems
found in single cells and what is worth a notice (formulas, columns of the province's own).
Judging the whole (identity, locked content, what changes) is the core's job.

Columns are found by header text and, where the template recorded them, by their place; the
header row wherever blank rows above moved it. Read with python-calamine, which returns
integers as floats, error cells and formulas without a cached value as "", a merged range's
value in its first cell only, and a percent cell's fraction (0.8 for 80%); the safety scan
supplies what it does not tell (error cells, formulas, merged ranges, percent formats, the
1904 date system), so a value the reader cannot see is a problem, never a blank.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from importers.submission import safety, values
from workbench.errors import InputError
from workbench.reference import periods, regions
from workbench.reporting import layout
from workbench.reporting.model import FileFacts, Problem, ReadCell, SubmittedRow, SubmittedWorkbook, listed

HEADER_SEARCH_ROWS = 12
Columns = dict[int, layout.Column]  # sheet column number → template column


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
        return ReadCell(self.name, f"{layout.column_letter(col)}{row}", self.value(row, col))


def display(value: object) -> str:
    text = layout.canonical(value) if not isinstance(value, str) else value.strip()
    return text if len(text) <= 80 else text[:77] + "…"


def _facts(path: Path) -> FileFacts:
    data = path.read_bytes()
    return FileFacts(path, path.name, len(data), hashlib.sha256(data).hexdigest(), data)


def _grids(path: Path, safe: safety.SafeXlsx) -> list[Grid]:
    return [
        Grid(name, rows, safe.sheets.get(name, safety.SheetScan()))
        for name, rows in safety.read_sheets(path, safe).items()
    ]


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


def _header_row(grid: Grid, kind: str) -> int | None:
    """The first row naming the code, the title (or name) and one more column: blank rows
    inserted above it move it down."""
    name_key = "title" if kind == layout.TASK else "name"
    for r in range(1, min(HEADER_SEARCH_ROWS, len(grid.rows)) + 1):
        keys = {c.key for c in map(partial(layout.column_for_header, kind), grid.rows[r - 1]) if c}
        if {"code", name_key} <= keys and len(keys) >= 3:
            return r
    return None


def _columns(grid: Grid, kind: str, header: int, recorded: dict[str, int], book: SubmittedWorkbook) -> Columns:
    """Each template column to at most one sheet column and back. By header text first: the
    template's own header wins (so an inserted 序号 never takes 编号's place), then a header at
    the column's issued place, then the better alias. Then, where no column has moved from where
    the metadata says it was issued, a header that names nothing by its place."""

    def order(found: tuple[int, int, layout.Column]) -> tuple[bool, bool, int, int]:
        rank, c, column = found
        own = rank > len(column.aliases)  # header_rank's top: the template's own header
        return not own, recorded.get(column.key) != c, -rank, c

    candidates = sorted(
        (
            (rank, c, column)
            for c in range(1, len(grid.rows[header - 1]) + 1)
            for column in layout.COLUMNS[kind]
            if (rank := layout.header_rank(column, grid.value(header, c)))
        ),
        key=order,
    )
    columns: Columns = {}
    for _, c, column in candidates:
        if c not in columns and column not in columns.values():
            columns[c] = column
    if recorded and all(recorded.get(column.key) == c for c, column in columns.items()):
        for column in layout.COLUMNS[kind]:
            c = recorded.get(column.key, 0)
            if c and c not in columns and column not in columns.values():
                columns[c] = column
                cell = grid.cell(header, c)
                book.notices.append(
                    Problem(
                        "notice.header_by_position", grid.name, cell.ref, display(cell.value), {"column": column.header}
                    )
                )
    for column in layout.COLUMNS[kind]:
        if not column.locked and column not in columns.values():
            book.problems.append(
                Problem("problem.missing_column", params={"sheet": grid.name, "column": column.header, "row": header})
            )
    return columns


def _added_columns(grid: Grid, header: int, columns: Columns, book: SubmittedWorkbook) -> None:
    """A column of the province's own is not read: say so, at its header or its first value."""
    width = max(map(len, grid.rows[header - 1 :]))
    for c in (c for c in range(1, width + 1) if c not in columns):
        r = next((r for r in range(header, len(grid.rows) + 1) if values.text(grid.value(r, c))), None)
        if r:
            book.notices.append(
                Problem("notice.added_column", grid.name, grid.cell(r, c).ref, display(grid.value(r, c)))
            )


def _unseen(grid: Grid, cell: ReadCell, merged: safety.Merge | None) -> Problem | None:
    """Why the reader cannot see what the cell shows, if it cannot: an error, a formula saved
    without its result, or a merged range whose value shows here but belongs to a row above."""
    if cell.ref in grid.scan.errors:
        return Problem("problem.error_cell", grid.name, cell.ref, grid.scan.errors[cell.ref])
    if cell.ref in grid.scan.uncached:
        formula = grid.scan.formulas[cell.ref]  # "" where it is shared from a cell above
        return Problem("problem.formula_no_value", grid.name, cell.ref, display(f"={formula}") if formula else "")
    if merged and values.text(grid.value(merged[0], merged[1])):  # an empty range hides nothing
        first = grid.cell(merged[0], merged[1])
        area = f"{first.ref}:{layout.column_letter(merged[3])}{merged[2]}"
        return Problem(
            "problem.merged_cell", grid.name, cell.ref, display(first.value), {"range": area, "row": merged[0]}
        )
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
    grid: Grid,
    kind: str,
    r: int,
    columns: Columns,
    covered: dict[tuple[int, int], safety.Merge],
    book: SubmittedWorkbook,
) -> SubmittedRow | None:
    cells = {column.key: grid.cell(r, c) for c, column in columns.items()}
    if all(values.text(x.value) == "" and not grid.scan.hides(x.ref) for x in cells.values()):
        return None  # a blank row someone inserted (a merged range may run over it)
    unit = layout.canonical(cells["unit"].value) if "unit" in cells else ""
    parsed, failed = {}, False
    for c, column in columns.items():
        if column.locked:
            continue
        cell = cells[column.key]
        if problem := _unseen(grid, cell, covered.get((r, c))):
            book.problems.append(problem)
            failed = True
            continue
        try:
            parsed[column.key] = _parse(column, cell, grid.scan, unit)
        except values.CellError as exc:
            book.problems.append(Problem(exc.code, grid.name, cell.ref, display(cell.value)))
            failed = True
    blank = not failed and all(v in (None, "") for v in parsed.values())
    return SubmittedRow(kind, grid.name, r, cells, parsed, blank)


def _formulas_taken(grid: Grid, refs: list[str], book: SubmittedWorkbook) -> None:
    """Formulas whose saved results were read: worth a look, they may be out of date."""
    taken = [ref for ref in refs if ref in grid.scan.formulas]
    if taken:
        params = {"sheet": grid.name, "count": len(taken), "cells": listed(taken)}
        book.notices.append(Problem("notice.formulas", params=params))


def _read_rows(grids: list[Grid], kind: str, book: SubmittedWorkbook, taken: set[str]) -> None:
    recorded = layout.recorded_columns((book.meta or {}).get(layout.COLUMNS_META[kind]))
    ordered = sorted(grids, key=lambda g: g.name != layout.SHEETS[kind])  # the named sheet first
    for grid in ordered:
        if grid.name in taken:
            continue
        header = _header_row(grid, kind)
        if header is None:
            if grid.name == layout.SHEETS[kind] and any(map(any, grid.rows)):
                taken.add(grid.name)  # its own problem, not an extra sheet
                name = layout.COLUMNS[kind][1].header  # 任务 or 指标
                book.problems.append(
                    Problem("problem.no_header", params={"sheet": grid.name, "name": name, "rows": HEADER_SEARCH_ROWS})
                )
                return
            continue
        taken.add(grid.name)
        book.sheets[kind] = grid.name
        columns = _columns(grid, kind, header, recorded, book)
        _added_columns(grid, header, columns, book)
        title = next((r for r in range(1, header) if values.text(grid.value(r, 1))), None)
        if header > 2 and title:
            book.fixed[f"title.{kind}"] = grid.cell(title, 1)
        rows = range(header + 1, len(grid.rows) + 1)
        covered = grid.scan.covered({c for c, column in columns.items() if not column.locked}, rows)
        read = [row for row in (_row(grid, kind, r, columns, covered, book) for r in rows) if row]
        book.rows += read
        _formulas_taken(grid, [row.cells[k].ref for row in read for k in row.values], book)
        return


def _read_guide(grids: list[Grid], book: SubmittedWorkbook, taken: set[str], date1904: bool) -> None:
    info = {label: key for key, label in layout.GUIDE_INFO}
    fields = {label: key for key, label in layout.GUIDE_FIELDS}
    for grid in sorted(grids, key=lambda g: g.name != layout.SHEET_GUIDE):
        labels = {layout.canonical(row[0]) for row in grid.rows if row}
        if grid.name in taken or len(labels & info.keys()) < 2:
            continue
        taken.add(grid.name)
        read = []
        for r in range(1, len(grid.rows) + 1):
            label = layout.canonical(grid.value(r, 1))
            cell = grid.cell(r, 2)
            if label in info:
                book.fixed[f"guide.{info[label]}"] = cell
            elif label in fields:
                if problem := _unseen(grid, cell, None):
                    book.problems.append(problem)
                    continue
                try:
                    book.fields[fields[label]] = (
                        values.day(cell.value, epoch_1904=date1904)
                        if fields[label] == "reported_on"
                        else values.text(cell.value)
                    )
                    read.append(cell.ref)
                except values.CellError as exc:
                    book.problems.append(Problem(exc.code, grid.name, cell.ref, display(cell.value)))
        _formulas_taken(grid, read, book)
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


def template_meta(path: str | Path) -> dict[str, str] | None:
    """A workbook's hidden template metadata alone (within the reader's limits), to tell a template another office
    issued from a return; None where it has none or the file cannot be read."""
    path = Path(path)
    try:
        safe = safety.open_xlsx(path)
        found = safety.read_sheets(path, safe, lambda name: name == layout.SHEET_META, skip_empty_area=True)
    except InputError:
        return None
    if layout.SHEET_META not in found:
        return None
    grid = Grid(layout.SHEET_META, found[layout.SHEET_META], safety.SheetScan())
    book = SubmittedWorkbook(FileFacts(path, path.name, 0, ""), None, [], {}, [])
    _read_meta(grid, book)
    return book.meta
