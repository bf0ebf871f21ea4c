"""The look shared by every workbook we write: fonts, fills, a title row, a header row,
column widths, row heights for wrapped text, and an A4 landscape page fitted to width.

Only plain cell formatting and page setup: what Excel, WPS and LibreOffice all keep.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Sequence
from copy import copy

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from exporters.cells import put
from workbench.reference.statuses import TaskStatus
from workbench.reporting.summary import NOT_REPORTED

FONT_NAME = "等线"  # Excel's default CJK face; WPS and LibreOffice substitute a close one
BODY = Font(name=FONT_NAME, size=10)
BOLD = Font(name=FONT_NAME, size=10, bold=True)
TITLE = Font(name=FONT_NAME, size=14, bold=True)
NOTE = Font(name=FONT_NAME, size=9, italic=True, color="595959")
HEADER_FONT = Font(name=FONT_NAME, size=10, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
INPUT_FILL = PatternFill("solid", fgColor="FFFFFF")
# The summary's status chart, in the order of TaskStatus; a task with no report is grey.
STATUS_COLOURS = {
    TaskStatus.NOT_STARTED: "A6A6A6",
    TaskStatus.IN_PROGRESS: "2E75B6",
    TaskStatus.DONE: "70AD47",
    TaskStatus.LAGGING: "C00000",
    TaskStatus.ON_HOLD: "ED7D31",
    NOT_REPORTED: "D9D9D9",
}
LAGGING_FILL = PatternFill("solid", fgColor="FFC7CE")
LAGGING_FONT = Font(name=FONT_NAME, size=10, color="9C0006", bold=True)
GOOD_FILL = PatternFill("solid", fgColor="C6EFCE")
_THIN = Side(style="thin", color="A6A6A6")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="top", wrap_text=True)
LINE_HEIGHT = 14.0  # points per line of 10-point CJK text


# Per workbook: (the cell's style before, the styles set) → the style it ends with.
_STYLED: weakref.WeakKeyDictionary[Workbook, dict] = weakref.WeakKeyDictionary()


def styled(cell: Cell, **styles: object) -> Cell:
    """Set a cell's font, fill, border, alignment, number_format or protection.

    openpyxl hashes each style object again on every assignment, which was most of the
    time a template or summary took to write. A combination applied once is remembered as
    the style indices it gave, and the next cell gets a copy of those (as openpyxl's own
    worksheet copy does). The cell's style before is part of the key, so a quote prefix
    set by `put` is kept. The cached entry holds the style objects, so their ids stay theirs.
    """
    made = _STYLED.setdefault(cell.parent.parent, {})
    key = (
        tuple(cell._style) if cell._style else (),
        *((name, value if isinstance(value, str) else id(value)) for name, value in styles.items()),
    )
    found = made.get(key)
    if found is None:
        for name, value in styles.items():
            setattr(cell, name, value)
        made[key] = (copy(cell._style), styles)
    else:
        cell._style = copy(found[0])
    return cell


def title_row(ws: Worksheet, row: int, text: str, columns: int, *, font: Font = TITLE) -> None:
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=max(columns, 1))
    cell = put(ws.cell(row, 1), text)
    cell.font = font
    cell.alignment = Alignment(vertical="center", wrap_text=font is not TITLE)
    ws.row_dimensions[row].height = 24 if font is TITLE else None


def header_row(ws: Worksheet, row: int, headers: Sequence[str]) -> None:
    for col, text in enumerate(headers, 1):
        cell = put(ws.cell(row, col), text)
        cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[row].height = 30


def widths(ws: Worksheet, values: Sequence[float]) -> None:
    for col, width in enumerate(values, 1):
        ws.column_dimensions[get_column_letter(col)].width = width


def display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def fit_height(ws: Worksheet, row: int, texts: Sequence[tuple[object, float]], *, most: int = 28) -> None:
    """Give a row of wrapped text the height its longest cell needs ((text, column width)
    pairs); programs differ in whether they grow rows on opening, so we decide it here.
    *most* keeps within Excel's 409-point row limit."""
    lines = 1
    for text, width in texts:
        # A column of width w holds about 1.15·w display units of 10-point text (CJK = 2).
        per_line = max((width - 1) * 1.15, 1)
        needed = sum(math.ceil(display_width(p) / per_line) or 1 for p in str(text or "").split("\n"))
        lines = max(lines, needed)
    ws.row_dimensions[row].height = min(lines, most) * LINE_HEIGHT + 4


def number_format(value: object, kind: str = "number") -> str:
    """Thousands separators without Excel's trailing dot on whole numbers; years plain."""
    if kind == "year":
        return "0"
    if isinstance(value, float) and not value.is_integer():
        return "#,##0.0##"
    return "#,##0" if isinstance(value, (int, float)) else "General"


def print_setup(ws: Worksheet, *, title_rows: str | None = None, header: str = "") -> None:
    """A4 landscape, fitted to one page wide, header rows repeated on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if title_rows:
        ws.print_title_rows = title_rows
    if header:
        ws.oddHeader.left.text = header.replace("&", "&&")
        ws.oddHeader.left.size = 8
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.oddFooter.center.size = 8
