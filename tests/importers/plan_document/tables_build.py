"""Building plan documents with tables for the tests: .docx with merged cells, .xlsx with
merged group rows, .csv in a chosen encoding."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import docx
import openpyxl

Merge = tuple[tuple[int, int], tuple[int, int]]  # (first row, first column), (last row, last column), 0-based


def word(path: Path, *blocks: str | tuple[list[list[str]], list[Merge]]) -> Path:
    """Paragraphs (str) and tables (rows, merges); a merged range takes its first cell's text."""
    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        rows, merges = block
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for (r1, c1), (r2, c2) in merges:
            table.cell(r1, c1).merge(table.cell(r2, c2))
        covered = {(r, c) for (r1, c1), (r2, c2) in merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)}
        starts = {first for first, _ in merges}
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                if (r, c) in covered and (r, c) not in starts:
                    continue
                table.cell(r, c).text = text
    document.save(path)
    return path


def sheet(path: Path, rows: list[list[object]], merges: list[str] = (), *more: tuple[str, list[list[object]]]) -> Path:
    """An .xlsx: the first sheet's rows with merged ranges ("A3:F3"), then more named sheets."""
    book = openpyxl.Workbook()
    first = book.active
    first.title = "分工表"
    for row in rows:
        first.append(row)
    for ref in merges:
        first.merge_cells(ref)
    for name, extra in more:
        ws = book.create_sheet(name)
        for row in extra:
            ws.append(row)
    book.save(path)
    return path


def comma_separated(path: Path, rows: list[list[str]], encoding: str) -> Path:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path
