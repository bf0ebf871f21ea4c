"""A task-allocation or indicator sheet (.xlsx, .csv) → the text of its rows and its tables.

A workbook comes from anyone: it is opened by the same checks as a returned template
(size, zip bombs, XML entities, absurd dimensions). Each visible sheet is one table; the
title rows (one text above the header) of the first sheet holding a table stand before
it as the document's front matter, where the title and period are read.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

from importers.submission import safety
from workbench.errors import InputError
from workbench.reporting.layout import column_letter
from workbench.values import display

from .decode import decode
from .tables.grid import SourceTable, plain_rows, row_line

Sheet = tuple[str, list[list[str]], list[tuple[int, int, int, int]]]  # name, cell texts, merged ranges (0-based)


def read_xlsx(path: Path) -> tuple[str, list[SourceTable]]:
    safe = safety.open_xlsx(path)
    sheets = [
        (name, values, safe.sheets.get(name))
        for name, values in safety.read_sheets(path, safe, lambda name: name not in safe.hidden).items()
    ]
    grids: list[Sheet] = []
    for name, values, scan in sheets:
        merges = (
            [(top - 1, left - 1, bottom - 1, right - 1) for top, left, bottom, right in scan.merges] if scan else []
        )
        percent = scan.percent if scan else set()
        texts = [
            [_text(v, f"{column_letter(c + 1)}{r + 1}" in percent) for c, v in enumerate(row)]
            for r, row in enumerate(values)
        ]
        grids.append((name, texts, merges))
    return _document(grids)


def read_csv(path: Path) -> tuple[str, list[SourceTable]]:
    text = decode(path.read_bytes(), str(path))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if len(rows) > safety.MAX_ROWS or any(len(row) > safety.MAX_COLUMNS for row in rows):
        raise InputError(
            "xlsx.absurd_dimension",
            path=str(path),
            file=path.name,
            sheet=path.stem,
            cell=f"{len(rows)}",
            rows=safety.MAX_ROWS,
            columns=safety.MAX_COLUMNS,
        )
    return _document([(path.stem, rows, [])])


def _text(value: object, percent: bool = False) -> str:
    """A cell as its text; a percent cell as shown (Excel stores 80% as 0.8)."""
    if percent and isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{display(value * 100).replace(',', '')}%"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return display(value).replace(",", "")
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    return str(value).strip()


def _document(
    sheets: list[tuple[str, list[list[str]], list[tuple[int, int, int, int]]]],
) -> tuple[str, list[SourceTable]]:
    lines: list[str] = []
    tables = []
    titled = False
    for name, values, merges in sheets:
        values = [[v.strip() for v in row] for row in values]
        top = next((r for r, row in enumerate(values) if sum(1 for v in row if v) > 1), len(values))
        titles = [" ".join(" ".join(v.split()) for v in row if v) for row in values[:top]]
        titles = [t for t in titles if t]
        if not titled and top < len(values):  # the first sheet with a table, not a 填表说明 before it
            lines += titles
            titled = True
        shifted = [(t - top, left, b - top, right) for t, left, b, right in merges if t >= top]
        table = SourceTable(name, len(lines), plain_rows(values[top:], shifted), titles[-1] if titles else "")
        tables.append(table)
        lines += [row_line(row, r) for r, row in enumerate(table.rows)]
    return "\n".join(lines), tables
