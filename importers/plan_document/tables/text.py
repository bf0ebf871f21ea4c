"""Tables in plain text: a Word table copied into Notepad is a run of lines whose cells are
separated by tabs; a row merged across (a group heading) has none."""

from __future__ import annotations

from workbench import messages

from .grid import SourceTable, plain_rows


def tab_tables(source: str) -> list[SourceTable]:
    """Runs of at least two lines that start with a line with a tab between two cells."""
    lines = source.split("\n")
    tables: list[SourceTable] = []
    n = 0
    while n < len(lines):
        if "\t" not in lines[n].strip():
            n += 1
            continue
        end = n + 1
        while end < len(lines) and lines[end].strip() and ("\t" in lines[end] or _row_follows(lines, end + 1)):
            end += 1
        if end - n >= 2:
            above = next((a for a in range(n - 1, -1, -1) if lines[a].strip()), None)
            rows = [[cell.strip() for cell in line.split("\t")] for line in lines[n:end]]
            tables.append(
                SourceTable(
                    messages.text("plan.table_location", number=len(tables) + 1),
                    n,
                    plain_rows(rows, []),
                    lines[above].strip() if above is not None else "",
                    above,
                )
            )
        n = end
    return tables


def _row_follows(lines: list[str], n: int) -> bool:
    return n < len(lines) and "\t" in lines[n]
