"""Putting values into cells of any workbook we write: text can never run as a formula,
and never breaks the file.

Every workbook writer (templates, summaries, reports) sets cells through `put`, so text
that a province typed — "=HYPERLINK(…)", "+86 …", "-" bullets, "@…" — stays text when the
file is opened, and stays text when someone later edits the cell (the quote prefix).
Control characters, which XML cannot hold (a form feed from a PDF copy, a vertical tab
from Word), are dropped instead of failing the whole workbook.
"""

from __future__ import annotations

from openpyxl.cell.cell import Cell

from workbench.reporting.layout import writable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def put(cell: Cell, value: object) -> Cell:
    if isinstance(value, str):
        value = writable(value)
    cell.value = value
    if neutralised(value):
        cell.data_type = "s"  # openpyxl would otherwise store a leading = as a formula
        cell.quotePrefix = True
    return cell
