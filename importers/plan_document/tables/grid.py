"""A table as read from a document or a sheet: a grid of cells with merged cells resolved,
each row one line of the plan's source text."""

from __future__ import annotations

from dataclasses import dataclass

MAX_COLUMNS = 64  # a merged cell's claimed span is cut here: no plan table is wider


@dataclass(frozen=True)
class Cell:
    text: str
    origin: tuple[int, int]  # (row, column) where the merged cell it belongs to starts


@dataclass
class SourceTable:
    location: str  # as shown to the user: "表 2" / "Sheet1"
    first_line: int  # source line of row 0; row i is on line first_line + i
    rows: list[list[Cell]]
    caption: str = ""  # the paragraph just above the table, where a document has one
    caption_line: int | None = None

    def cell(self, row: int, column: int) -> Cell:
        """Rows may be shorter than the table (Word's gridAfter, a sheet's ragged rows)."""
        cells = self.rows[row]
        return cells[column] if column < len(cells) else Cell("", (row, column))

    def text(self, row: int, column: int) -> str:
        return self.cell(row, column).text

    def starts_here(self, row: int, column: int) -> bool:
        """The cell is not the continuation of a cell merged down from a row above."""
        cells = self.rows[row]
        return column < len(cells) and cells[column].origin[0] == row

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def row_line(row: list[Cell], index: int) -> str:
    """A row as one line of text: each cell once, where it starts; cells merged down from
    above stay empty, so the text of a merged cell appears once."""
    texts = []
    for column, cell in enumerate(row):
        if column and cell.origin == row[column - 1].origin:
            continue
        texts.append(" ".join(cell.text.split()) if cell.origin[0] == index else "")
    return "\t".join(texts).rstrip("\t")


def plain_rows(values: list[list[str]], merges: list[tuple[int, int, int, int]]) -> list[list[Cell]]:
    """Rows of a sheet: *merges* (first row, first column, last row, last column, 0-based)
    repeat the first cell's text over the range, as Word's merged cells do."""
    rows = [[Cell(text, (r, c)) for c, text in enumerate(row[:MAX_COLUMNS])] for r, row in enumerate(values)]
    budget = len(rows) * MAX_COLUMNS  # overlapping ranges can claim no more cells than the sheet has
    for top, left, bottom, right in merges:
        budget -= (min(bottom, len(rows) - 1) - top + 1) * (min(right, MAX_COLUMNS - 1) - left + 1)
        if budget < 0:
            break
        if top >= len(rows) or left >= len(rows[top]):
            continue
        first = rows[top][left]
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            row.extend(Cell("", (r, c)) for c in range(len(row), min(right + 1, MAX_COLUMNS)))
            for c in range(left, min(right, len(row) - 1) + 1):
                row[c] = first
    return rows
